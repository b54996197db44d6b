package org.gongkai.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.core.calendar.StatutoryClock;
import org.gongkai.core.calendar.WorkingCalendar;
import org.gongkai.core.request.Channel;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestLifecycle;
import org.gongkai.core.request.RequestRefusal;
import org.gongkai.core.request.RequestState;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.Page;
import org.gongkai.request.internal.ApplicationCheck;
import org.gongkai.request.internal.RequestRepository;
import org.gongkai.request.internal.RequestRepository.Row;
import org.gongkai.request.internal.TrackingNumbers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering requests and acting on them, for the back office and the API alike. One transaction
 * per action: the event, the derived row and the module event happen together or not at all; the
 * request row is locked first, so two officers acting at once are serialised. Who may do what:
 * <ul>
 *   <li>the agency's {@link Role#REQUEST_OFFICER}s handle its requests and see applicants' personal data;</li>
 *   <li>its signers and administrators, and the county administrator, see them with personal data masked;</li>
 *   <li>anyone else gets "not found".</li>
 * </ul>
 */
@Service
public class RequestService {

    /** Default time given to supplement, when the officer names none (a "reasonable" period, 第三十条). */
    public static final int DEFAULT_SUPPLEMENT_WORKING_DAYS = 15;

    private final RequestRepository requests;
    private final TrackingNumbers trackingNumbers;
    private final ApplicationCheck check;
    private final HolidayCalendar calendar;
    private final AgencyService agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RequestService(RequestRepository requests, TrackingNumbers trackingNumbers, ApplicationCheck check,
                          HolidayCalendar calendar, AgencyService agencies, ApplicationEventPublisher events,
                          Clock clock) {
        this.requests = requests;
        this.trackingNumbers = trackingNumbers;
        this.check = check;
        this.calendar = calendar;
        this.agencies = agencies;
        this.events = events;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ rules in force

    public RequestLifecycle lifecycle() {
        return new RequestLifecycle(new StatutoryClock(calendar.current()));
    }

    public WorkingCalendar workingCalendar() {
        return calendar.current();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ intake

    /** Staff register an application received by any channel, with its date of receipt (第三十一条). */
    @Transactional
    public Registered register(NewRequest r, Officer by) {
        if (r == null) {
            throw new BadInputException("description", "error.unreadable");
        }
        Agency agency = agencyToHandle(r.agency(), by);
        if (r.channel() == null) {
            throw new BadInputException("channel", "request.channel.required");
        }
        LocalDate today = today();
        checkReceivedOn(r.receivedOn(), today);
        check.applicant(r.applicant(), r.delivery());
        check.texts(r.description(), r.purpose(), r.preferredForm(), r.delivery());
        String reason = blankToNull(r.receivedReason());
        if (r.channel() == Channel.ONLINE && !r.receivedOn().equals(today) && reason == null) {
            // 第三十一条第（三）项: the date both sides confirm; a different date needs its reason on file
            throw new BadInputException("receivedReason", "request.receivedReason.required");
        }
        TrackingNumbers.Issued issued = trackingNumbers.issue(today);
        Instant now = clock.instant();
        long id = requests.insert(issued.trackingNo(), issued.secretHash(), agency.id(), r.channel(), now, r.receivedOn(),
                check.clean(r.applicant()), r.description().strip(), blankToNull(r.purpose()), r.preferredForm(),
                r.delivery(), "IN_PROGRESS");
        RequestEvent registered = RequestEvent.of(RequestAction.REGISTER, r.receivedOn()).withChannel(r.channel())
                .withReason(reason).by(by.id(), by.displayName(), now);
        requests.append(id, registered);
        refresh(id);
        events.publishEvent(new RequestEventRecorded(id, issued.trackingNo(), agency.id(), RequestAction.REGISTER,
                r.receivedOn()));
        return new Registered(view(requests.byId(id).orElseThrow(), by), issued.secretCode());
    }

    /** An applicant submits the online form; it waits for the office to confirm it. */
    @Transactional
    public Registered submitOnline(OnlineApplication a) {
        if (a == null) {
            throw new BadInputException("description", "error.unreadable");
        }
        Agency agency = agencies.byCode(a.agency() == null ? "" : a.agency().strip())
                .orElseThrow(() -> new BadInputException("agency", "request.agency.required"));
        check.applicant(a.applicant(), a.delivery());
        check.texts(a.description(), a.purpose(), a.preferredForm(), a.delivery());
        TrackingNumbers.Issued issued = trackingNumbers.issue(today());
        long id = requests.insert(issued.trackingNo(), issued.secretHash(), agency.id(), Channel.ONLINE, clock.instant(),
                null, check.clean(a.applicant()), a.description().strip(), blankToNull(a.purpose()), a.preferredForm(),
                a.delivery(), RequestStatuses.SUBMITTED);
        events.publishEvent(new RequestSubmitted(id, issued.trackingNo(), agency.id()));
        return new Registered(view(requests.byId(id).orElseThrow(), null), issued.secretCode());
    }

    /**
     * The office confirms an online submission: that day (or, with a reason, another day) becomes the
     * date of receipt (第三十一条第（三）项) and the clock starts.
     */
    @Transactional
    public RequestView confirm(String trackingNo, LocalDate receivedOn, String reason, Officer by) {
        Row row = handled(lock(trackingNo), by);
        if (!RequestStatuses.SUBMITTED.equals(row.status())) {
            throw new ConflictException("request.alreadyConfirmed");
        }
        LocalDate today = today();
        LocalDate on = receivedOn == null ? today : receivedOn;
        checkReceivedOn(on, today);
        if (on.isBefore(row.submittedAt().atZone(clock.getZone()).toLocalDate())) {
            throw new BadInputException("receivedOn", "request.receivedOn.beforeSubmission");
        }
        String why = blankToNull(reason);
        if (!on.equals(today) && why == null) {
            throw new BadInputException("receivedReason", "request.receivedReason.required");
        }
        requests.setReceived(row.id(), on);
        requests.append(row.id(), RequestEvent.of(RequestAction.REGISTER, on).withChannel(Channel.ONLINE)
                .withReason(why).by(by.id(), by.displayName(), clock.instant()));
        refresh(row.id());
        events.publishEvent(new RequestEventRecorded(row.id(), row.trackingNo(), row.agencyId(), RequestAction.REGISTER, on));
        return get(trackingNo, by);
    }

    // ------------------------------------------------------------------ acting

    /**
     * Records an action. Refused actions change nothing and say why: a 400 naming the field for bad input,
     * a 409 for an action the request's state does not allow.
     */
    @Transactional
    public RequestView act(String trackingNo, RequestCommand c, Officer by) {
        if (c == null || c.type() == null) {
            throw new BadInputException("type", "request.action.unknown", "");
        }
        if (c.type() == RequestAction.REGISTER) {
            throw new BadInputException("type", "request.action.unknown", c.type().name());
        }
        Row row = handled(lock(trackingNo), by);
        if (RequestStatuses.SUBMITTED.equals(row.status())) {
            throw new ConflictException("request.notConfirmed");
        }
        LocalDate today = today();
        RequestLifecycle lifecycle = lifecycle();
        List<RequestEvent> history = requests.events(row.id());
        RequestState state = lifecycle.replay(history, today);
        RequestEvent proposed = proposal(c, state, lifecycle, row);
        try {
            lifecycle.decide(state, proposed, today);
        } catch (RequestRefusal refusal) {
            throw refused(refusal);
        }
        requests.append(row.id(), proposed.by(by.id(), by.displayName(), clock.instant()));
        if (c.type() == RequestAction.REPLY && c.ground() == ReplyGround.REPEATED && c.repeatOf() != null) {
            requests.setDuplicateOf(row.id(), requests.byTrackingNo(c.repeatOf().strip()).map(Row::id).orElse(null));
        }
        refresh(row.id());
        events.publishEvent(new RequestEventRecorded(row.id(), row.trackingNo(), row.agencyId(), c.type(), proposed.on()));
        return get(trackingNo, by);
    }

    private RequestEvent proposal(RequestCommand c, RequestState state, RequestLifecycle lifecycle, Row row) {
        RequestEvent e = RequestEvent.of(c.type(), c.on() == null ? today() : c.on()).withNote(blankToNull(c.note()));
        switch (c.type()) {
            case EXTEND -> e = e.withExtension(c.workingDays() == null ? 0 : c.workingDays(), blankToNull(c.approver()),
                    blankToNull(c.reason()));
            case REQUEST_SUPPLEMENT -> e = e.withUntil(c.until() != null ? c.until()
                    : lifecycle.clock().calendar().addWorkingDays(e.on(), DEFAULT_SUPPLEMENT_WORKING_DAYS));
            case CONSULT_START -> e = e.withConsultation(c.consultation(), blankToNull(c.party()));
            case ASSIGN -> e = e.withParty(blankToNull(c.party()));
            case FEE_NOTICE -> {
                if (c.feeYuan() != null) {
                    e = e.withFee(c.feeYuan());
                }
            }
            case REPLY -> {
                e = e.withReply(c.replyType(), c.ground());
                if (c.ground() == ReplyGround.REPEATED) {
                    String earlier = blankToNull(c.repeatOf());
                    if (earlier == null || requests.byTrackingNo(earlier).filter(r -> r.agencyId() == row.agencyId()
                            && r.replyType() != null).isEmpty()) {
                        throw new BadInputException("repeatOf", "request.repeatOf.required");
                    }
                    e = e.withParty(earlier);
                }
            }
            default -> { }
        }
        return e;
    }

    // ------------------------------------------------------------------ reading

    public RequestView get(String trackingNo, Officer by) {
        Row row = requests.byTrackingNo(trackingNo == null ? "" : trackingNo.strip())
                .orElseThrow(() -> new NotFoundException("request.notFound", trackingNo));
        return view(visible(row, by), by);
    }

    /** The officer's queue: open requests first by due date, or all, filtered. */
    public Page<RequestSummary> queue(Officer by, String agencyCode, String status, boolean openOnly, String query,
                                      Integer page, Integer size) {
        List<Long> scope = scope(by, agencyCode);
        String q = blankToNull(query);
        String st = blankToNull(status);
        int p = Page.clampPage(page);
        int s = Page.clampSize(size, 30, 200);
        List<Row> rows = requests.list(scope, st, openOnly, q, (p - 1) * s, s);
        long total = requests.count(scope, st, openOnly, q);
        return new Page<>(rows.stream().map(this::summary).toList(), total, p, s);
    }

    /**
     * Earlier requests of the same applicant to the same agency (handling officers only), newest first,
     * answered ones marked: the officer decides whether this one repeats one of them (第三十六条第（六）项).
     */
    public List<EarlierRequest> earlierFromSameApplicant(String trackingNo, Officer by) {
        Row row = handled(requests.byTrackingNo(trackingNo).orElseThrow(
                () -> new NotFoundException("request.notFound", trackingNo)), by);
        List<EarlierRequest> out = new ArrayList<>();
        for (Row r : requests.sameApplicant(row.agencyId(), row.id(), row.applicant())) {
            out.add(new EarlierRequest(summary(r), DescriptionSimilarity.of(row.description(), r.description())));
        }
        out.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return out;
    }

    /** An earlier request and how alike its description is (0–1, character bigram overlap). */
    public record EarlierRequest(RequestSummary request, double similarity) {
        public boolean likelyRepeat() {
            return similarity >= DescriptionSimilarity.LIKELY_REPEAT && request.replyType() != null;
        }
    }

    /** How many applications this applicant made to the agency in the request's month (for 按件计收). */
    public int applicationsInMonth(String trackingNo, Officer by) {
        Row row = handled(requests.byTrackingNo(trackingNo).orElseThrow(
                () -> new NotFoundException("request.notFound", trackingNo)), by);
        LocalDate day = row.receivedOn() == null ? today() : row.receivedOn();
        return requests.countInMonth(row.agencyId(), row.applicant(), day);
    }

    /**
     * The county supervisor's view: every agency with its open, overdue, due-soon and unconfirmed
     * requests, and this year's replies and late replies. Agencies with no request at all are listed
     * too (with zeros), so a silent agency is visible.
     */
    public List<AgencyLoad> overview(Officer by) {
        if (!by.isCountyAdmin()) {
            throw new org.gongkai.platform.ForbiddenException("error.forbidden.countyAdmin");
        }
        LocalDate today = today();
        java.util.Map<Long, long[]> load = new java.util.HashMap<>();
        for (long[] l : requests.loadByAgency(today, calendar.current().addWorkingDays(today,
                StatutoryClock.DUE_SOON_WORKING_DAYS), today.withDayOfYear(1))) {
            load.put(l[0], l);
        }
        List<AgencyLoad> out = new ArrayList<>();
        for (Agency a : agencies.all()) {
            long[] l = load.getOrDefault(a.id(), new long[7]);
            out.add(new AgencyLoad(a.code(), a.name(), l[1], l[2], l[3], l[4], l[5], l[6]));
        }
        out.sort((x, y) -> Long.compare(y.overdue() * 1000 + y.dueSoon(), x.overdue() * 1000 + x.dueSoon()));
        return out;
    }

    /** One agency's request load; see {@link #overview}. */
    public record AgencyLoad(String agencyCode, String agencyName, long open, long overdue, long dueSoon,
                             long unconfirmed, long repliedThisYear, long lateThisYear) {
    }

    /**
     * The 信息处理费 for this request by one method (国办函〔2020〕109号 第三条: one method per application,
     * never both): BY_COUNT — the fee of this application as the applicant's nth this calendar month
     * (第四条); BY_PAGES — the fee for {@code pages} pages (第五条). The basis is worded for the notice.
     */
    public FeeQuote processingFee(String trackingNo, String method, Integer pages, Officer by) {
        if ("BY_COUNT".equals(method)) {
            int nth = applicationsInMonth(trackingNo, by);
            return new FeeQuote(org.gongkai.core.fee.ProcessingFee.byCount(Math.max(1, nth)), "BY_COUNT", nth);
        }
        if ("BY_PAGES".equals(method)) {
            handled(requests.byTrackingNo(trackingNo).orElseThrow(
                    () -> new NotFoundException("request.notFound", trackingNo)), by);
            if (pages == null || pages < 0 || pages > 10_000_000) {
                throw new BadInputException("pages", "fee.pages.invalid");
            }
            return new FeeQuote(org.gongkai.core.fee.ProcessingFee.byPages(pages), "BY_PAGES", pages);
        }
        throw new BadInputException("feeMethod", "fee.method.invalid");
    }

    /** A computed fee: the amount, the method and its basis (the nth application, or the pages). */
    public record FeeQuote(long yuan, String method, int basis) {
    }

    // ------------------------------------------------------------------ derived state

    /** Re-derives the stored status and dates of a request from its events (today's calendar). */
    @Transactional
    public void refresh(long id) {
        Row row = requests.byId(id).orElseThrow();
        List<RequestEvent> history = requests.events(id);
        if (history.isEmpty()) {
            return;
        }
        RequestState s = lifecycle().replay(history, today());
        requests.refresh(id, s.status().name(), s.dueOn(), s.deadline().provisional(), s.replyType(), s.ground(),
                s.repliedOn(), s.assignee() == null ? row.assignee() : s.assignee());
    }

    /** Re-derives every open request (after a calendar change, and daily: open pauses move due dates). */
    public int refreshOpen() {
        List<Long> ids = requests.openIds();
        ids.forEach(this::refresh);
        return ids.size();
    }

    /**
     * Ends requests whose applicant let a period pass (no supplement: （六）1; no payment: （六）2),
     * recorded by the system on the day after the period. Returns how many ended.
     */
    @Transactional
    public int endLapsed() {
        int ended = 0;
        LocalDate today = today();
        RequestLifecycle lifecycle = lifecycle();
        for (long id : requests.openIds()) {
            List<RequestEvent> history = requests.events(id);
            if (history.isEmpty()) {
                continue; // a record imported without its history (e.g. from an earlier system): nothing to derive
            }
            Optional<RequestEvent> lapse = lifecycle.lapse(lifecycle.replay(history, today), today);
            if (lapse.isPresent()) {
                Row row = requests.byId(id).orElseThrow();
                RequestEvent e = lapse.get().withNote("system").by(0, "系统", clock.instant());
                requests.append(id, e);
                refresh(id);
                events.publishEvent(new RequestEventRecorded(id, row.trackingNo(), row.agencyId(), RequestAction.REPLY, e.on()));
                ended++;
            }
        }
        return ended;
    }

    // ------------------------------------------------------------------ helpers shared with the module

    /** The request row, locked, if it exists. */
    Row lock(String trackingNo) {
        return requests.lock(trackingNo == null ? "" : trackingNo.strip())
                .orElseThrow(() -> new NotFoundException("request.notFound", trackingNo));
    }

    /** Only the agency's request officers handle its requests. */
    static Row handled(Row row, Officer by) {
        if (!canHandle(row.agencyId(), by)) {
            if (canView(row.agencyId(), by)) {
                throw new org.gongkai.platform.ForbiddenException("request.forbidden.handle");
            }
            throw new NotFoundException("request.notFound", row.trackingNo());
        }
        return row;
    }

    static Row visible(Row row, Officer by) {
        if (!canView(row.agencyId(), by)) {
            throw new NotFoundException("request.notFound", row.trackingNo());
        }
        return row;
    }

    public static boolean canHandle(long agencyId, Officer by) {
        return by != null && by.agencyId() == agencyId && by.has(Role.REQUEST_OFFICER);
    }

    public static boolean canView(long agencyId, Officer by) {
        return by != null && (canHandle(agencyId, by) || by.isCountyAdmin()
                || (by.agencyId() == agencyId && (by.has(Role.SIGNER) || by.has(Role.AGENCY_ADMIN))));
    }

    private List<Long> scope(Officer by, String agencyCode) {
        String code = blankToNull(agencyCode);
        if (by.isCountyAdmin()) {
            return code == null ? null : List.of(agencies.requireByCode(code).id());
        }
        if (!canView(by.agencyId(), by)) {
            return List.of();
        }
        return List.of(by.agencyId());
    }

    private Agency agencyToHandle(String code, Officer by) {
        String c = blankToNull(code);
        Agency agency = c == null ? agencies.requireById(by.agencyId())
                : agencies.byCode(c).orElseThrow(() -> new BadInputException("agency", "agency.notFound", code));
        if (!canHandle(agency.id(), by)) {
            throw canView(agency.id(), by) ? new org.gongkai.platform.ForbiddenException("request.forbidden.handle")
                    : new NotFoundException("agency.notFound", code);
        }
        return agency;
    }

    private static void checkReceivedOn(LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null) {
            throw new BadInputException("receivedOn", "request.receivedOn.required");
        }
        if (receivedOn.isAfter(today)) {
            throw new BadInputException("receivedOn", "request.receivedOn.future");
        }
        if (receivedOn.getYear() < HolidayCalendar.FIRST_YEAR) {
            throw new BadInputException("receivedOn", "request.receivedOn.tooEarly", HolidayCalendar.FIRST_YEAR);
        }
    }

    RequestView view(Row row, Officer by) {
        boolean full = canHandle(row.agencyId(), by);
        List<RequestEvent> history = requests.events(row.id());
        RequestState state = history.isEmpty() ? null : lifecycle().replay(history, today());
        String duplicateOf = row.duplicateOf() == null ? null
                : requests.byId(row.duplicateOf()).map(Row::trackingNo).orElse(null);
        return new RequestView(row.id(), row.trackingNo(), row.agencyId(), row.agencyCode(), row.agencyName(),
                row.channel(), row.submittedAt(), row.status(), full ? row.applicant() : row.applicant().masked(), full,
                row.description(), row.purpose(), row.preferredForm(), row.delivery(), state, history,
                requests.letter(row.id()).orElse(null), requests.files(row.id()), requests.appeals(row.id()),
                duplicateOf, row.version());
    }

    RequestSummary summary(Row r) {
        LocalDate today = today();
        WorkingCalendar cal = calendar.current();
        boolean open = RequestStatuses.isOpen(r.status());
        boolean counting = open && r.dueOn() != null;
        boolean overdue = counting && today.isAfter(r.dueOn());
        boolean dueSoon = counting && !overdue
                && cal.workingDaysBetween(today, r.dueOn()) <= StatutoryClock.DUE_SOON_WORKING_DAYS;
        return new RequestSummary(r.id(), r.trackingNo(), r.agencyCode(), r.agencyName(), r.channel(), r.receivedOn(),
                r.applicant().type(), r.applicant().name(), r.description(), r.status(), r.dueOn(), r.provisional(),
                overdue, dueSoon, r.replyType(), r.ground(), r.repliedOn(), r.assignee());
    }

    private static BadInputException badInput(String field, RequestRefusal r) {
        return new BadInputException(field, "request.refused." + r.reason().name());
    }

    /** Input problems are 400 with the field; state problems are 409. */
    static RuntimeException refused(RequestRefusal r) {
        return switch (r.reason()) {
            case DATE_REQUIRED, BEFORE_RECEIPT, BEFORE_PREVIOUS, IN_FUTURE -> badInput("on", r);
            case EXTENSION_OUT_OF_RANGE -> badInput("workingDays", r);
            case APPROVER_REQUIRED -> badInput("approver", r);
            case REASON_REQUIRED -> badInput("reason", r);
            case CONSULTATION_KIND_REQUIRED -> badInput("consultation", r);
            case PARTY_REQUIRED -> badInput("party", r);
            case FEE_REQUIRED -> badInput("feeYuan", r);
            case REPLY_TYPE_REQUIRED -> badInput("replyType", r);
            case GROUND_REQUIRED, GROUND_MISMATCH -> badInput("ground", r);
            case SUPPLEMENT_DEADLINE_INVALID -> badInput("until", r);
            default -> new ConflictException("request.refused." + r.reason().name());
        };
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }


}
