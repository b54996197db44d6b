package org.gongkai.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestState;
import org.gongkai.request.internal.RequestRepository;
import org.springframework.stereotype.Service;

/**
 * For notifications only (system use, no officer): whom to tell about a request and what to say. The
 * applicant's email is the only personal data handed out, and only to send them their own news.
 */
@Service
public class RequestContacts {

    /**
     * @param email     null when the applicant gave none (no mail is sent then)
     * @param lastEvent the latest event, for the wording of the notice
     */
    public record Contact(long requestId, String trackingNo, long agencyId, String agencyName, String applicantName,
                          String email, String status, LocalDate receivedOn, LocalDate dueOn, boolean provisional,
                          RequestState state, RequestEvent lastEvent) {
    }

    private final RequestRepository requests;
    private final RequestService service;

    public RequestContacts(RequestRepository requests, RequestService service) {
        this.requests = requests;
        this.service = service;
    }

    public Optional<Contact> contact(long requestId) {
        return requests.byId(requestId).map(r -> {
            List<RequestEvent> events = requests.events(r.id());
            RequestState state = events.isEmpty() ? null : service.lifecycle().replay(events, service.today());
            return new Contact(r.id(), r.trackingNo(), r.agencyId(), r.agencyName(), r.applicant().name(),
                    r.applicant().email(), r.status(), r.receivedOn(),
                    state == null ? null : state.dueOn(), state != null && state.deadline().provisional(), state,
                    events.isEmpty() ? null : events.get(events.size() - 1));
        });
    }

    /**
     * The open requests of an agency that need attention today: overdue, due within 3 working days, and
     * online submissions not yet confirmed (for the officers' daily digest). No personal data but names.
     */
    public List<RequestSummary> needingAttention(long agencyId) {
        return requests.list(List.of(agencyId), null, true, null, 0, 500).stream().map(service::summary)
                .filter(s -> s.overdue() || s.dueSoon() || RequestStatuses.SUBMITTED.equals(s.status())).toList();
    }
}
