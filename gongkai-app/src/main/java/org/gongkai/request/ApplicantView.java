package org.gongkai.request;

import java.time.Instant;
import java.util.List;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestState;

/**
 * What an applicant sees with tracking number + query code: their request (personal data masked, in
 * case someone else holds the code), its status and due date with the computation, the public part of
 * the timeline (no internal notes, no consulted parties' names), the signed reply letter and the files
 * released with it.
 */
public record ApplicantView(String trackingNo, String agencyName, String status, Instant submittedAt,
                            Applicant applicant, String description, RequestState state,
                            List<RequestEvent> events, RequestView.Letter letter, List<RequestView.RequestFile> files) {
}
