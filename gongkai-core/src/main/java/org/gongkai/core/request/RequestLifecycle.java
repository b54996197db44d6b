package org.gongkai.core.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.calendar.StatutoryClock;
import org.gongkai.core.request.RequestRefusal.Reason;

/**
 * The life of a request for information (依申请公开), as rules over its append-only events: {@link #replay}
 * derives the state (status, dates, reply), {@link #decide} checks a proposed action and refuses what
 * the 条例 does not allow, and {@link #lapse} tells when a request has ended by itself (no supplement
 * by the deadline given: （六）1; fee not paid in time: （六）2).
 */
public final class RequestLifecycle {

    private final StatutoryClock clock;

    public RequestLifecycle(StatutoryClock clock) {
        this.clock = clock;
    }

    public StatutoryClock clock() {
        return clock;
    }

    public RequestState replay(List<RequestEvent> events, LocalDate today) {
        if (events.isEmpty() || events.get(0).action() != RequestAction.REGISTER) {
            throw new IllegalArgumentException("a request starts with REGISTER");
        }
        RequestEvent first = events.get(0);
        List<StatutoryClock.Event> clockEvents = new ArrayList<>();
        clockEvents.add(new StatutoryClock.Received(first.on()));
        RequestStatus status = RequestStatus.IN_PROGRESS;
        boolean supplementRequested = false;
        boolean supplementLate = false;
        boolean extended = false;
        ConsultationKind consultation = null;
        Long fee = null;
        LocalDate feeNoticeOn = null;
        LocalDate feePaidOn = null;
        ReplyType replyType = null;
        ReplyGround ground = null;
        LocalDate repliedOn = null;
        LocalDate deliveredOn = null;
        LocalDate archivedOn = null;
        String assignee = null;
        LocalDate last = first.on();
        LocalDate supplementNoticeDue = clock.calendar()
                .addWorkingDays(first.on(), StatutoryClock.SUPPLEMENT_NOTICE_WORKING_DAYS);
        for (RequestEvent e : events.subList(1, events.size())) {
            last = e.on().isAfter(last) ? e.on() : last;
            switch (e.action()) {
                case REGISTER -> throw new IllegalArgumentException("registered twice");
                case ASSIGN -> assignee = e.party();
                case NOTE -> { }
                case REQUEST_SUPPLEMENT -> {
                    status = RequestStatus.AWAITING_SUPPLEMENT;
                    supplementRequested = true;
                    supplementLate = e.on().isAfter(supplementNoticeDue);
                    clockEvents.add(new StatutoryClock.SupplementRequested(e.on(), e.until()));
                }
                case SUPPLEMENT_RECEIVED -> {
                    status = RequestStatus.IN_PROGRESS;
                    clockEvents.add(new StatutoryClock.SupplementReceived(e.on()));
                }
                case EXTEND -> {
                    extended = true;
                    clockEvents.add(new StatutoryClock.Extended(e.on(), e.workingDays()));
                }
                case CONSULT_START -> {
                    status = RequestStatus.CONSULTING;
                    consultation = e.consultation();
                    clockEvents.add(new StatutoryClock.PauseStarted(e.on(), e.consultation().pause()));
                }
                case CONSULT_END -> {
                    status = RequestStatus.IN_PROGRESS;
                    consultation = null;
                    clockEvents.add(new StatutoryClock.PauseEnded(e.on()));
                }
                case FEE_NOTICE -> {
                    status = RequestStatus.AWAITING_FEE;
                    fee = e.feeYuan();
                    feeNoticeOn = e.on();
                    clockEvents.add(new StatutoryClock.PauseStarted(e.on(), StatutoryClock.Pause.FEE_PAYMENT));
                }
                case FEE_PAID -> {
                    status = RequestStatus.IN_PROGRESS;
                    feePaidOn = e.on();
                    clockEvents.add(new StatutoryClock.PauseEnded(e.on()));
                }
                case REPLY -> {
                    status = RequestStatus.REPLIED;
                    consultation = null;
                    replyType = e.replyType();
                    ground = e.ground();
                    repliedOn = e.on();
                    clockEvents.add(new StatutoryClock.Stopped(e.on()));
                }
                case DELIVERED -> {
                    status = RequestStatus.DELIVERED;
                    deliveredOn = e.on();
                }
                case CLOSE -> {
                    status = RequestStatus.ARCHIVED;
                    archivedOn = e.on();
                }
            }
        }
        return new RequestState(status, first.channel(), first.on(), clock.compute(clockEvents, today),
                supplementRequested, supplementLate, extended, consultation, fee, feeNoticeOn, feePaidOn, replyType,
                ground, repliedOn, deliveredOn, archivedOn, assignee, last);
    }

    /**
     * Checks {@code proposed} against the state and returns it if allowed.
     *
     * @throws RequestRefusal naming what is wrong; nothing is to be recorded then
     */
    public RequestEvent decide(RequestState state, RequestEvent proposed, LocalDate today) {
        LocalDate on = proposed.on();
        if (on == null) {
            throw new RequestRefusal(Reason.DATE_REQUIRED);
        }
        if (on.isBefore(state.receivedOn())) {
            throw new RequestRefusal(Reason.BEFORE_RECEIPT);
        }
        if (on.isBefore(state.lastEventOn())) {
            throw new RequestRefusal(Reason.BEFORE_PREVIOUS);
        }
        if (on.isAfter(today)) {
            throw new RequestRefusal(Reason.IN_FUTURE);
        }
        RequestStatus status = state.status();
        switch (proposed.action()) {
            case REGISTER -> throw new RequestRefusal(Reason.NOT_ALLOWED_IN_STATUS);
            case NOTE -> { }
            case ASSIGN -> {
                requireOpen(state);
                if (blank(proposed.party())) {
                    throw new RequestRefusal(Reason.PARTY_REQUIRED);
                }
            }
            case REQUEST_SUPPLEMENT -> {
                requireOpen(state);
                if (state.supplementRequested()) {
                    throw new RequestRefusal(Reason.SUPPLEMENT_ALREADY_REQUESTED);
                }
                requireStatus(status, RequestStatus.IN_PROGRESS);
                if (proposed.until() == null || !proposed.until().isAfter(on)) {
                    throw new RequestRefusal(Reason.SUPPLEMENT_DEADLINE_INVALID);
                }
            }
            case SUPPLEMENT_RECEIVED -> {
                requireOpen(state);
                requireStatus(status, RequestStatus.AWAITING_SUPPLEMENT);
            }
            case EXTEND -> {
                requireOpen(state);
                if (state.extended()) {
                    throw new RequestRefusal(Reason.ALREADY_EXTENDED);
                }
                if (status == RequestStatus.AWAITING_SUPPLEMENT) {
                    throw new RequestRefusal(Reason.NOT_ALLOWED_IN_STATUS);
                }
                Integer days = proposed.workingDays();
                if (days == null || days < 1 || days > StatutoryClock.MAX_EXTENSION_WORKING_DAYS) {
                    throw new RequestRefusal(Reason.EXTENSION_OUT_OF_RANGE);
                }
                if (blank(proposed.approver())) {
                    throw new RequestRefusal(Reason.APPROVER_REQUIRED);
                }
                if (blank(proposed.reason())) {
                    throw new RequestRefusal(Reason.REASON_REQUIRED);
                }
                if (on.isAfter(state.dueOn())) {
                    throw new RequestRefusal(Reason.EXTENSION_AFTER_DUE);
                }
            }
            case CONSULT_START -> {
                requireOpen(state);
                requireStatus(status, RequestStatus.IN_PROGRESS);
                if (proposed.consultation() == null) {
                    throw new RequestRefusal(Reason.CONSULTATION_KIND_REQUIRED);
                }
                if (blank(proposed.party())) {
                    throw new RequestRefusal(Reason.PARTY_REQUIRED);
                }
            }
            case CONSULT_END -> {
                requireOpen(state);
                requireStatus(status, RequestStatus.CONSULTING);
            }
            case FEE_NOTICE -> {
                requireOpen(state);
                if (state.feeNoticeOn() != null) {
                    throw new RequestRefusal(Reason.FEE_ALREADY_NOTIFIED);
                }
                requireStatus(status, RequestStatus.IN_PROGRESS);
                if (proposed.feeYuan() == null || proposed.feeYuan() <= 0) {
                    throw new RequestRefusal(Reason.FEE_REQUIRED);
                }
                if (on.isAfter(state.dueOn())) {
                    throw new RequestRefusal(Reason.FEE_NOTICE_AFTER_DUE);
                }
            }
            case FEE_PAID -> {
                requireOpen(state);
                requireStatus(status, RequestStatus.AWAITING_FEE);
                if (on.isAfter(state.deadline().pauseEndsBy())) {
                    throw new RequestRefusal(Reason.FEE_PAYMENT_LATE);
                }
            }
            case REPLY -> {
                requireOpen(state);
                ReplyType type = proposed.replyType();
                if (type == null) {
                    throw new RequestRefusal(Reason.REPLY_TYPE_REQUIRED);
                }
                if (type.hasGrounds() && proposed.ground() == null) {
                    throw new RequestRefusal(Reason.GROUND_REQUIRED);
                }
                if (proposed.ground() != null && proposed.ground().type() != type) {
                    throw new RequestRefusal(Reason.GROUND_MISMATCH);
                }
            }
            case DELIVERED -> requireStatus(status, RequestStatus.REPLIED, Reason.NOT_REPLIED);
            case CLOSE -> {
                if (status != RequestStatus.REPLIED && status != RequestStatus.DELIVERED) {
                    throw new RequestRefusal(Reason.NOT_REPLIED);
                }
            }
        }
        return proposed;
    }

    /**
     * The event that ends a request by itself, if its applicant let a period pass: no supplement by the
     * deadline given (第三十条 视为放弃申请 → （六）1) or no payment within the payment period
     * (国办函〔2020〕109号 → （六）2). Dated the day after the period ended.
     */
    public Optional<RequestEvent> lapse(RequestState state, LocalDate today) {
        StatutoryClock.Deadline d = state.deadline();
        if (state.status() == RequestStatus.AWAITING_SUPPLEMENT && d.supplementBy() != null
                && today.isAfter(d.supplementBy())) {
            return Optional.of(RequestEvent.of(RequestAction.REPLY, d.supplementBy().plusDays(1))
                    .withReply(ReplyType.OTHER, ReplyGround.NO_SUPPLEMENT));
        }
        if (state.status() == RequestStatus.AWAITING_FEE && d.pauseEndsBy() != null && today.isAfter(d.pauseEndsBy())) {
            return Optional.of(RequestEvent.of(RequestAction.REPLY, d.pauseEndsBy().plusDays(1))
                    .withReply(ReplyType.OTHER, ReplyGround.FEE_NOT_PAID));
        }
        return Optional.empty();
    }

    private static void requireOpen(RequestState state) {
        if (!state.isOpen()) {
            throw new RequestRefusal(Reason.ALREADY_REPLIED);
        }
    }

    private static void requireStatus(RequestStatus actual, RequestStatus wanted) {
        requireStatus(actual, wanted, Reason.NOT_ALLOWED_IN_STATUS);
    }

    private static void requireStatus(RequestStatus actual, RequestStatus wanted, Reason reason) {
        if (actual != wanted) {
            throw new RequestRefusal(reason);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
