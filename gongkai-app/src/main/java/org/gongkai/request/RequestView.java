package org.gongkai.request;

import java.time.Instant;
import java.util.List;
import org.gongkai.core.request.Channel;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.core.request.RequestState;

/**
 * A request as an officer sees it.
 *
 * @param personalDataVisible whether {@code applicant} is in full (handling officers) or masked
 * @param state               null while an online submission waits for confirmation
 * @param events              the timeline, oldest first
 */
public record RequestView(long id, String trackingNo, long agencyId, String agencyCode, String agencyName,
                          Channel channel, Instant submittedAt, String status, Applicant applicant,
                          boolean personalDataVisible, String description, String purpose, String preferredForm,
                          String delivery, RequestState state, List<RequestEvent> events, Letter letter,
                          List<RequestFile> files, List<Appeal> appeals, String duplicateOfTrackingNo, int version) {

    public boolean isSubmitted() {
        return RequestStatuses.SUBMITTED.equals(status);
    }

    public boolean isOpen() {
        return RequestStatuses.isOpen(status);
    }

    /** The reply letter (答复书) with its sign-off. */
    public record Letter(String replyType, String ground, String body, String status, String draftedBy,
                         Instant draftedAt, String signedBy, Instant signedAt, int version) {
        public boolean isSigned() {
            return "SIGNED".equals(status);
        }
    }

    public record RequestFile(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                              Instant uploadedAt) {
    }

    /**
     * 行政复议 or 行政诉讼 against the reply (annual report section 四).
     *
     * @param kind   RECONSIDERATION (行政复议), LITIGATION (未经复议直接起诉), LITIGATION_AFTER_RECONSIDERATION (复议后起诉)
     * @param result UPHELD (维持), CORRECTED (纠正), OTHER (其他), PENDING (尚未审结)
     */
    public record Appeal(long id, String kind, java.time.LocalDate filedOn, String result,
                         java.time.LocalDate decidedOn, String note, String recordedBy, Instant recordedAt) {
    }
}
