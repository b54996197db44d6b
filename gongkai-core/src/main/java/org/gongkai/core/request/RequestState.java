package org.gongkai.core.request;

import java.time.LocalDate;
import org.gongkai.core.calendar.StatutoryClock;

/**
 * A request as its events describe it.
 *
 * @param supplementNoticeLate the 补正 notice went out after the 7 working days of 第三十条
 * @param lastEventOn          the date of the latest event (new events may not go before it)
 */
public record RequestState(RequestStatus status, Channel channel, LocalDate receivedOn,
                           StatutoryClock.Deadline deadline, boolean supplementRequested,
                           boolean supplementNoticeLate, boolean extended, ConsultationKind openConsultation,
                           Long feeYuan, LocalDate feeNoticeOn, LocalDate feePaidOn, ReplyType replyType,
                           ReplyGround ground, LocalDate repliedOn, LocalDate deliveredOn, LocalDate archivedOn,
                           String assignee, LocalDate lastEventOn) {

    public boolean isOpen() {
        return status.isOpen();
    }

    public LocalDate dueOn() {
        return deadline.dueOn();
    }
}
