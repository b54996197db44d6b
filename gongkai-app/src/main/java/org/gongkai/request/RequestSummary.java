package org.gongkai.request;

import java.time.LocalDate;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;

/**
 * A line of a queue: what an officer needs to pick the next request. The applicant's name only; no
 * other personal data.
 *
 * @param status    {@link RequestStatuses} name (SUBMITTED before confirmation, else a core RequestStatus)
 * @param overdue   open and past its due date today
 * @param dueSoon   open and due within 3 working days
 */
public record RequestSummary(long id, String trackingNo, String agencyCode, String agencyName, Channel channel,
                             LocalDate receivedOn, ApplicantType applicantType, String applicantName,
                             String description, String status, LocalDate dueOn, boolean provisional,
                             boolean overdue, boolean dueSoon, ReplyType replyType, ReplyGround ground,
                             LocalDate repliedOn, String assignee) {

    public boolean isOpen() {
        return RequestStatuses.isOpen(status);
    }
}
