package org.gongkai.core.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to a request, as recorded (append-only). Which fields are set depends on
 * the action; {@link RequestLifecycle#decide} checks them.
 *
 * @param on          the date the law counts (e.g. the day the notice went out), back-fillable
 * @param at          when it was recorded
 * @param workingDays EXTEND: the extension
 * @param reason      EXTEND: why; REGISTER: why the receipt date differs from the day it was entered
 * @param approver    EXTEND: 政府信息公开工作机构负责人 who agreed (第三十三条第二款)
 * @param until       REQUEST_SUPPLEMENT: the deadline given to the applicant
 * @param party       CONSULT_START: whom; ASSIGN: to whom
 * @param feeYuan     FEE_NOTICE: the amount
 * @param note        free text (opinion, fee basis, delivery method …)
 */
public record RequestEvent(RequestAction action, LocalDate on, Instant at, long actorId, String actorName,
                           Channel channel, Integer workingDays, String reason, String approver,
                           ReplyType replyType, ReplyGround ground, LocalDate until,
                           ConsultationKind consultation, String party, Long feeYuan, String note) {

    /** A proposal: the fields an action needs, who and when filled in by the caller. */
    public static RequestEvent of(RequestAction action, LocalDate on) {
        return new RequestEvent(action, on, null, 0, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    public RequestEvent by(long actorId, String actorName, Instant at) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, workingDays, reason, approver,
                replyType, ground, until, consultation, party, feeYuan, note);
    }

    public RequestEvent withChannel(Channel c) {
        return new RequestEvent(action, on, at, actorId, actorName, c, workingDays, reason, approver, replyType,
                ground, until, consultation, party, feeYuan, note);
    }

    public RequestEvent withExtension(int days, String approver, String reason) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, days, reason, approver, replyType,
                ground, until, consultation, party, feeYuan, note);
    }

    public RequestEvent withReason(String r) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, workingDays, r, approver, replyType,
                ground, until, consultation, party, feeYuan, note);
    }

    public RequestEvent withReply(ReplyType type, ReplyGround g) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, workingDays, reason, approver, type, g,
                until, consultation, party, feeYuan, note);
    }

    public RequestEvent withUntil(LocalDate u) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, workingDays, reason, approver, replyType,
                ground, u, consultation, party, feeYuan, note);
    }

    public RequestEvent withConsultation(ConsultationKind kind, String p) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, workingDays, reason, approver, replyType,
                ground, until, kind, p, feeYuan, note);
    }

    public RequestEvent withParty(String p) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, workingDays, reason, approver, replyType,
                ground, until, consultation, p, feeYuan, note);
    }

    public RequestEvent withFee(long yuan) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, workingDays, reason, approver, replyType,
                ground, until, consultation, party, yuan, note);
    }

    public RequestEvent withNote(String n) {
        return new RequestEvent(action, on, at, actorId, actorName, channel, workingDays, reason, approver, replyType,
                ground, until, consultation, party, feeYuan, n);
    }
}
