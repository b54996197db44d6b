package org.gongkai.request;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestState;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.FileStore;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.request.internal.LetterTemplates;
import org.gongkai.request.internal.RequestRepository;
import org.gongkai.request.internal.RequestRepository.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What goes out with a reply and what comes after it: the reply letter (drafted from the template of
 * its type, edited by the handling officer, signed off by a signer of the agency — not the person who
 * drafted it), the files released, and 行政复议/行政诉讼 records against the reply (annual report §四).
 */
@Service
public class ReplyService {

    static final Set<String> APPEAL_KINDS = Set.of("RECONSIDERATION", "LITIGATION", "LITIGATION_AFTER_RECONSIDERATION");
    static final Set<String> APPEAL_RESULTS = Set.of("UPHELD", "CORRECTED", "OTHER", "PENDING");
    static final int MAX_LETTER = 20_000;
    private static final org.gongkai.core.proof.rules.PlaceholderCheck PLACEHOLDERS =
            new org.gongkai.core.proof.rules.PlaceholderCheck();

    private final RequestRepository requests;
    private final RequestService service;
    private final LetterTemplates templates;
    private final AgencyService agencies;
    private final FileStore files;
    private final Clock clock;

    public ReplyService(RequestRepository requests, RequestService service, LetterTemplates templates,
                        AgencyService agencies, FileStore files, Clock clock) {
        this.requests = requests;
        this.service = service;
        this.templates = templates;
        this.agencies = agencies;
        this.files = files;
        this.clock = clock;
    }

    /** (Re)drafts the letter from the template of {@code type}/{@code ground}; replaces an unsigned or signed draft. */
    @Transactional
    public RequestView draftLetter(String trackingNo, ReplyType type, ReplyGround ground, Officer by) {
        Row row = RequestService.handled(service.lock(trackingNo), by);
        RequestState state = openState(row);
        checkType(type, ground);
        Agency agency = agencies.requireById(row.agencyId());
        Agency county = agencies.root().orElse(null);
        String repeatOf = null;
        if (ground == ReplyGround.REPEATED) {
            repeatOf = service.earlierFromSameApplicant(row.trackingNo(), by).stream()
                    .filter(RequestService.EarlierRequest::likelyRepeat).map(e -> e.request().trackingNo())
                    .findFirst().orElse(null);
        }
        String body = templates.draft(agency, county, row.trackingNo(), row.applicant().name(), row.description(), state,
                type, ground, repeatOf, service.today());
        requests.saveLetter(row.id(), type.name(), ground == null ? null : ground.name(), body, by.displayName(),
                clock.instant());
        return service.get(trackingNo, by);
    }

    /** Saves the officer's edits; a signed letter that is edited must be signed again. */
    @Transactional
    public RequestView saveLetter(String trackingNo, String body, Integer version, Officer by) {
        Row row = RequestService.handled(service.lock(trackingNo), by);
        openState(row);
        RequestView.Letter letter = requests.letter(row.id())
                .orElseThrow(() -> new ConflictException("letter.none"));
        if (body == null || body.isBlank()) {
            throw new BadInputException("letter", "letter.body.required");
        }
        if (body.length() > MAX_LETTER) {
            throw new BadInputException("letter", "request.field.tooLong", MAX_LETTER);
        }
        if (version != null && version != letter.version()) {
            throw new ConflictException("letter.changedMeanwhile");
        }
        requests.saveLetter(row.id(), letter.replyType(), letter.ground(), body.replace("\r\n", "\n"), by.displayName(),
                clock.instant());
        return service.get(trackingNo, by);
    }

    /** 签发: a signer of the agency, not the officer who drafted the letter, signs it off. */
    @Transactional
    public RequestView signLetter(String trackingNo, Officer by) {
        Row row = RequestService.visible(service.lock(trackingNo), by);
        if (by.agencyId() != row.agencyId() || !by.has(Role.SIGNER)) {
            throw new ForbiddenException("letter.signerRequired");
        }
        openState(row);
        RequestView.Letter letter = requests.letter(row.id()).orElseThrow(() -> new ConflictException("letter.none"));
        if (letter.isSigned()) {
            throw new ConflictException("letter.alreadySigned");
        }
        if (letter.draftedBy().equals(by.displayName())) {
            throw new ConflictException("letter.sameSigner");
        }
        // a template's 【请填写…】 parts must not go out to the applicant: the proofreader's placeholder rules decide
        long unfilled = PLACEHOLDERS.check(letter.body(), org.gongkai.core.proof.ProofContext.on(service.today()))
                .stream().filter(f -> f.severity() == org.gongkai.core.proof.Severity.BLOCK).count();
        if (unfilled > 0) {
            throw new ConflictException("letter.unfilled", unfilled);
        }
        requests.signLetter(row.id(), by.displayName(), clock.instant());
        return service.get(trackingNo, by);
    }

    /** Attaches a file to be released with the reply (handling officers, before the reply). */
    @Transactional
    public RequestView addFile(String trackingNo, String name, byte[] content, Officer by) {
        Row row = RequestService.handled(service.lock(trackingNo), by);
        openState(row);
        FileStore.Stored f = files.store(name, content);
        requests.addFile(row.id(), f.name(), f.mediaType(), f.size(), f.sha256(), by.displayName(), clock.instant());
        return service.get(trackingNo, by);
    }

    /** A released file's location on disk and type, for those who may see the request. */
    public FileDownload file(String trackingNo, long fileId, Officer by) {
        Row row = RequestService.visible(requests.byTrackingNo(trackingNo).orElseThrow(
                () -> new NotFoundException("request.notFound", trackingNo)), by);
        String[] f = requests.file(row.id(), fileId).orElseThrow(() -> new NotFoundException("error.notFound"));
        return new FileDownload(files.path(f[0]), f[1], f[2]);
    }

    /** Resolves a file for the applicant's status page (PublicRequests checked the code). */
    public FileDownload publicFile(String[] stored) {
        return new FileDownload(files.path(stored[0]), stored[1], stored[2]);
    }

    public record FileDownload(Path path, String contentType, String fileName) {
    }

    /** Records a 行政复议 or 行政诉讼 against the reply of an answered request. */
    @Transactional
    public RequestView addAppeal(String trackingNo, String kind, LocalDate filedOn, String result, LocalDate decidedOn,
                                 String note, Officer by) {
        Row row = RequestService.handled(service.lock(trackingNo), by);
        RequestState state = stateOf(row);
        if (state == null || state.repliedOn() == null) {
            throw new ConflictException("appeal.notReplied");
        }
        checkAppeal(kind, filedOn, result, decidedOn, state.repliedOn());
        requests.addAppeal(row.id(), kind, filedOn, result, decidedOn, blank(note) ? null : note.strip(),
                by.displayName(), clock.instant());
        return service.get(trackingNo, by);
    }

    /** Records the outcome of an appeal (e.g. 尚未审结 → 结果纠正). */
    @Transactional
    public RequestView updateAppeal(String trackingNo, long appealId, String result, LocalDate decidedOn, String note,
                                    Officer by) {
        Row row = RequestService.handled(service.lock(trackingNo), by);
        RequestView.Appeal appeal = requests.appeals(row.id()).stream().filter(a -> a.id() == appealId).findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        checkAppeal(appeal.kind(), appeal.filedOn(), result, decidedOn, appeal.filedOn());
        requests.updateAppeal(row.id(), appealId, result, decidedOn, blank(note) ? appeal.note() : note.strip());
        return service.get(trackingNo, by);
    }

    private void checkAppeal(String kind, LocalDate filedOn, String result, LocalDate decidedOn, LocalDate notBefore) {
        if (kind == null || !APPEAL_KINDS.contains(kind)) {
            throw new BadInputException("kind", "appeal.kind.invalid");
        }
        if (filedOn == null) {
            throw new BadInputException("filedOn", "request.field.required");
        }
        if (filedOn.isBefore(notBefore) || filedOn.isAfter(service.today())) {
            throw new BadInputException("filedOn", "appeal.filedOn.invalid");
        }
        if (result == null || !APPEAL_RESULTS.contains(result)) {
            throw new BadInputException("result", "appeal.result.invalid");
        }
        if ("PENDING".equals(result) && decidedOn != null) {
            throw new BadInputException("decidedOn", "appeal.decidedOn.pending");
        }
        if (!"PENDING".equals(result) && decidedOn == null) {
            throw new BadInputException("decidedOn", "appeal.decidedOn.required");
        }
        if (decidedOn != null && (decidedOn.isBefore(filedOn) || decidedOn.isAfter(service.today()))) {
            throw new BadInputException("decidedOn", "appeal.decidedOn.invalid");
        }
    }

    private RequestState openState(Row row) {
        RequestState state = stateOf(row);
        if (state == null) {
            throw new ConflictException("request.notConfirmed");
        }
        if (!state.isOpen()) {
            throw new ConflictException("request.refused.ALREADY_REPLIED");
        }
        return state;
    }

    private RequestState stateOf(Row row) {
        List<RequestEvent> events = requests.events(row.id());
        return events.isEmpty() ? null : service.lifecycle().replay(events, service.today());
    }

    private static void checkType(ReplyType type, ReplyGround ground) {
        if (type == null) {
            throw new BadInputException("replyType", "request.refused.REPLY_TYPE_REQUIRED");
        }
        if (type.hasGrounds() && ground == null) {
            throw new BadInputException("ground", "request.refused.GROUND_REQUIRED");
        }
        if (ground != null && ground.type() != type) {
            throw new BadInputException("ground", "request.refused.GROUND_MISMATCH");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
