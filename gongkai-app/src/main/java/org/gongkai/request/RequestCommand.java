package org.gongkai.request;

import java.time.LocalDate;
import org.gongkai.core.request.ConsultationKind;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;

/**
 * An action an officer takes on a request, with the fields that action needs (see
 * {@link org.gongkai.core.request.RequestLifecycle#decide}).
 *
 * @param until        REQUEST_SUPPLEMENT: the deadline given to the applicant (default: 15 working days)
 * @param party        CONSULT_START: the third party or agency consulted; ASSIGN: department or officer
 * @param repeatOf     REPLY NOT_PROCESSED/REPEATED: the tracking number of the earlier request answered
 */
public record RequestCommand(RequestAction type, LocalDate on, Integer workingDays, String approver, String reason,
                             ReplyType replyType, ReplyGround ground, LocalDate until, ConsultationKind consultation,
                             String party, Long feeYuan, String note, String repeatOf) {

    public static RequestCommand of(RequestAction type, LocalDate on) {
        return new RequestCommand(type, on, null, null, null, null, null, null, null, null, null, null, null);
    }
}
