package org.gongkai.request;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestState;
import org.gongkai.request.internal.RequestRepository;
import org.gongkai.request.internal.TrackingNumbers;
import org.springframework.stereotype.Service;

/**
 * What the public may do: submit the online form (through {@link RequestService#submitOnline}) and
 * follow one request with its tracking number and query code. A wrong number or code gives the same
 * empty answer, so the lookup does not reveal which tracking numbers exist.
 */
@Service
public class PublicRequests {

    /** Timeline entries an applicant sees; notes, assignments and consulted parties stay internal. */
    static final Set<RequestAction> PUBLIC_ACTIONS = Set.of(RequestAction.REGISTER, RequestAction.REQUEST_SUPPLEMENT,
            RequestAction.SUPPLEMENT_RECEIVED, RequestAction.EXTEND, RequestAction.CONSULT_START,
            RequestAction.CONSULT_END, RequestAction.FEE_NOTICE, RequestAction.FEE_PAID, RequestAction.REPLY,
            RequestAction.DELIVERED, RequestAction.CLOSE);

    private final RequestService service;
    private final RequestRepository requests;

    public PublicRequests(RequestService service, RequestRepository requests) {
        this.service = service;
        this.requests = requests;
    }

    public Registered submit(OnlineApplication application) {
        return service.submitOnline(application);
    }

    public Optional<ApplicantView> lookup(String trackingNo, String code) {
        if (trackingNo == null || code == null) {
            return Optional.empty();
        }
        return requests.byTrackingNo(trackingNo.strip().toUpperCase())
                .filter(r -> TrackingNumbers.matches(r.trackingNo(), code, r.secretHash()))
                .map(r -> {
                    List<RequestEvent> events = requests.events(r.id());
                    RequestState state = events.isEmpty() ? null : service.lifecycle().replay(events, service.today());
                    List<RequestEvent> shown = events.stream().filter(e -> PUBLIC_ACTIONS.contains(e.action()))
                            .map(PublicRequests::withoutInternals).toList();
                    RequestView.Letter letter = requests.letter(r.id()).filter(RequestView.Letter::isSigned)
                            .filter(l -> state != null && state.repliedOn() != null).orElse(null);
                    List<RequestView.RequestFile> files = letter == null ? List.of() : requests.files(r.id());
                    return new ApplicantView(r.trackingNo(), r.agencyName(), r.status(), r.submittedAt(),
                            r.applicant().masked(), r.description(), state, shown, letter, files);
                });
    }

    /** The file of a request, if the code matches and the reply released it. */
    public Optional<String[]> file(String trackingNo, String code, long fileId) {
        return lookup(trackingNo, code).filter(v -> v.files().stream().anyMatch(f -> f.id() == fileId))
                .flatMap(v -> requests.byTrackingNo(v.trackingNo()))
                .flatMap(r -> requests.file(r.id(), fileId));
    }

    private static RequestEvent withoutInternals(RequestEvent e) {
        // who was consulted and internal notes are not the applicant's business (第十五条 third parties)
        return new RequestEvent(e.action(), e.on(), e.at(), 0, null, e.channel(), e.workingDays(),
                e.action() == RequestAction.EXTEND ? e.reason() : null, null, e.replyType(), e.ground(), e.until(),
                e.consultation(), null, e.feeYuan(), null);
    }
}
