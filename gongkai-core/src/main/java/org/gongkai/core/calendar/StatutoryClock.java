package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reply deadline of a request for information (依申请公开), computed from what happened to it.
 *
 * <p>The rules, each from the 条例 (2019) unless noted:
 * <ul>
 *   <li>第三十三条第二款: reply within {@value #REPLY_WORKING_DAYS} working days of receipt. The day of
 *       receipt is not counted (民法典 第二百零一条), so the due date is the 20th working day after it.</li>
 *   <li>第三十条: a supplement notice (补正) goes out within {@value #SUPPLEMENT_NOTICE_WORKING_DAYS}
 *       working days of receipt; the count restarts from the day the supplemented application is
 *       received, and there is no due date while the applicant is supplementing.</li>
 *   <li>第三十三条第二款: one extension of at most {@value #MAX_EXTENSION_WORKING_DAYS} working days,
 *       counted on from the old due date.</li>
 *   <li>第三十三条第三款: time spent consulting a third party (第三十二条) or another agency (第三十四条)
 *       is not counted; 国办函〔2020〕109号 gives the applicant {@value #FEE_PAYMENT_WORKING_DAYS} working
 *       days from the day after the fee notice to pay, and we do not count that time either (the
 *       spec marks this as our reading). A pause from day A to day B removes every working day in
 *       (A, B] from the count: the due date moves later by that many working days.</li>
 * </ul>
 * Every step is returned with the due date it produced, so the officer and the applicant can see how
 * the date came about. Pure function of the events, the calendar and today.
 */
public final class StatutoryClock {

    /** 条例 第三十三条第二款. */
    public static final int REPLY_WORKING_DAYS = 20;
    /** 条例 第三十三条第二款: 延长的期限最长不得超过20个工作日. */
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    /** 条例 第三十条: 7个工作日内一次性告知. */
    public static final int SUPPLEMENT_NOTICE_WORKING_DAYS = 7;
    /** 条例 第三十二条、第三十四条: the consulted party answers within 15 working days. */
    public static final int CONSULTATION_WORKING_DAYS = 15;
    /** 国办函〔2020〕109号: 收到收费通知次日起20个工作日内缴纳. */
    public static final int FEE_PAYMENT_WORKING_DAYS = 20;
    /** Requests due within this many working days are flagged as due soon in the queues. */
    public static final int DUE_SOON_WORKING_DAYS = 3;

    /** What stops the clock for a while. */
    public enum Pause {
        /** 第三十二条 征求第三方意见. */
        THIRD_PARTY_CONSULTATION,
        /** 第三十四条 征求其他机关意见. */
        AGENCY_CONSULTATION,
        /** 109号: waiting for the processing fee. */
        FEE_PAYMENT
    }

    /** What the clock listens to; the request module maps its events to these. */
    public sealed interface Event permits Received, SupplementRequested, SupplementReceived, Extended,
            PauseStarted, PauseEnded, Stopped {
        LocalDate on();
    }

    /** The date of receipt under 第三十一条 for the channel used. */
    public record Received(LocalDate on) implements Event {
    }

    /** 补正告知 sent; the applicant has until {@code supplementBy}. */
    public record SupplementRequested(LocalDate on, LocalDate supplementBy) implements Event {
    }

    /** The supplemented application arrived: the count restarts from here. */
    public record SupplementReceived(LocalDate on) implements Event {
    }

    public record Extended(LocalDate on, int workingDays) implements Event {
    }

    public record PauseStarted(LocalDate on, Pause pause) implements Event {
    }

    public record PauseEnded(LocalDate on) implements Event {
    }

    /** Replied (or otherwise ended): the clock stops. An open pause ends the same day. */
    public record Stopped(LocalDate on) implements Event {
    }

    public enum Phase { RUNNING, PAUSED, AWAITING_SUPPLEMENT, STOPPED }

    public enum StepKind {
        /** Receipt: 20 working days from the day after. */
        RECEIVED,
        /** 补正 notice: no due date until the supplement arrives. */
        SUPPLEMENT_REQUESTED,
        /** Supplement received: 20 working days again, from the day after. */
        SUPPLEMENT_RECEIVED,
        /** Extension by {@code workingDays}. */
        EXTENDED,
        /** A finished pause from {@code on} to {@code until}: {@code workingDays} not counted. */
        PAUSED,
        /** A pause still open: counted as if it ended {@code until} (today). */
        PAUSE_OPEN,
        /** The clock stopped (reply). */
        STOPPED
    }

    /**
     * One line of the explanation.
     *
     * @param dueOn the due date after this step (null while waiting for a supplement)
     */
    public record Step(StepKind kind, LocalDate on, LocalDate until, int workingDays, Pause pause, LocalDate dueOn) {
    }

    /**
     * The computed deadline.
     *
     * @param dueOn                 null only while waiting for a supplement (no count runs then)
     * @param provisional           the count crosses dates whose holiday notice is not loaded
     * @param supplementNoticeDueOn the last day for a 补正 notice (第三十条)
     * @param pauseEndsBy           the last day of an open pause's period (fee: payment; consultation: reply)
     * @param late                  stopped after the due date
     */
    public record Deadline(LocalDate receivedOn, LocalDate countFrom, LocalDate dueOn, boolean provisional,
                           Phase phase, Pause openPause, LocalDate pausedSince, LocalDate pauseEndsBy,
                           LocalDate supplementNoticeDueOn, LocalDate supplementBy, int extensionDays,
                           LocalDate stoppedOn, boolean late, List<Step> steps,
                           List<WorkingCalendar.NamedDay> holidaysSkipped,
                           List<WorkingCalendar.NamedDay> workingWeekends) {

        public boolean isOpen() {
            return phase != Phase.STOPPED;
        }

        /** Open and past its due date. */
        public boolean overdueOn(LocalDate today) {
            return isOpen() && dueOn != null && today.isAfter(dueOn);
        }

        /** Open, not overdue, and due within {@value #DUE_SOON_WORKING_DAYS} working days. */
        public boolean dueSoonOn(LocalDate today, WorkingCalendar calendar) {
            return isOpen() && dueOn != null && !today.isAfter(dueOn)
                    && calendar.workingDaysBetween(today, dueOn) <= DUE_SOON_WORKING_DAYS;
        }
    }

    private final WorkingCalendar calendar;

    public StatutoryClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The due date when nothing but receipt has happened. */
    public LocalDate replyDueOn(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, REPLY_WORKING_DAYS);
    }

    /**
     * @param events in the order they happened; the first must be {@link Received}
     * @param today  for an open pause, which is counted as if it ended today
     */
    public Deadline compute(List<? extends Event> events, LocalDate today) {
        if (events.isEmpty() || !(events.get(0) instanceof Received first)) {
            throw new IllegalArgumentException("the first event must be the receipt");
        }
        LocalDate receivedOn = first.on();
        LocalDate countFrom = receivedOn;
        int extra = 0;
        int extensionDays = 0;
        Phase phase = Phase.RUNNING;
        Pause openPause = null;
        LocalDate pausedSince = null;
        LocalDate supplementBy = null;
        LocalDate stoppedOn = null;
        LocalDate dueAtStop = null;
        List<Step> steps = new ArrayList<>();
        for (Event e : events) {
            if (e instanceof Received r) {
                if (r != first) {
                    throw new IllegalArgumentException("received twice");
                }
                steps.add(new Step(StepKind.RECEIVED, r.on(), null, REPLY_WORKING_DAYS, null, due(countFrom, extra)));
            } else if (e instanceof SupplementRequested s) {
                phase = Phase.AWAITING_SUPPLEMENT;
                supplementBy = s.supplementBy();
                steps.add(new Step(StepKind.SUPPLEMENT_REQUESTED, s.on(), s.supplementBy(), 0, null, null));
            } else if (e instanceof SupplementReceived s) {
                countFrom = s.on();
                extra = 0;
                extensionDays = 0;
                phase = Phase.RUNNING;
                steps.add(new Step(StepKind.SUPPLEMENT_RECEIVED, s.on(), null, REPLY_WORKING_DAYS, null,
                        due(countFrom, extra)));
            } else if (e instanceof Extended x) {
                extra += x.workingDays();
                extensionDays += x.workingDays();
                steps.add(new Step(StepKind.EXTENDED, x.on(), null, x.workingDays(), null, due(countFrom, extra)));
            } else if (e instanceof PauseStarted p) {
                phase = Phase.PAUSED;
                openPause = p.pause();
                pausedSince = p.on();
            } else if (e instanceof PauseEnded p) {
                int k = calendar.workingDaysBetween(pausedSince, p.on());
                extra += k;
                steps.add(new Step(StepKind.PAUSED, pausedSince, p.on(), k, openPause, due(countFrom, extra)));
                phase = Phase.RUNNING;
                openPause = null;
                pausedSince = null;
            } else if (e instanceof Stopped s) {
                if (phase == Phase.PAUSED) {
                    int k = calendar.workingDaysBetween(pausedSince, s.on());
                    extra += k;
                    steps.add(new Step(StepKind.PAUSED, pausedSince, s.on(), k, openPause, due(countFrom, extra)));
                    openPause = null;
                    pausedSince = null;
                }
                boolean counting = phase != Phase.AWAITING_SUPPLEMENT;
                dueAtStop = counting ? due(countFrom, extra) : null;
                phase = Phase.STOPPED;
                stoppedOn = s.on();
                steps.add(new Step(StepKind.STOPPED, s.on(), null, 0, null, dueAtStop));
            }
        }
        LocalDate dueOn;
        LocalDate pauseEndsBy = null;
        if (phase == Phase.PAUSED) {
            LocalDate assumedEnd = today.isAfter(pausedSince) ? today : pausedSince;
            int k = calendar.workingDaysBetween(pausedSince, assumedEnd);
            dueOn = due(countFrom, extra + k);
            steps.add(new Step(StepKind.PAUSE_OPEN, pausedSince, assumedEnd, k, openPause, dueOn));
            int period = openPause == Pause.FEE_PAYMENT ? FEE_PAYMENT_WORKING_DAYS : CONSULTATION_WORKING_DAYS;
            pauseEndsBy = calendar.addWorkingDays(pausedSince, period);
        } else if (phase == Phase.AWAITING_SUPPLEMENT) {
            dueOn = null;
        } else if (phase == Phase.STOPPED) {
            dueOn = dueAtStop;
        } else {
            dueOn = due(countFrom, extra);
        }
        LocalDate horizon = dueOn != null ? dueOn : (supplementBy != null ? supplementBy : countFrom);
        if (pauseEndsBy != null && pauseEndsBy.isAfter(horizon)) {
            horizon = pauseEndsBy;
        }
        boolean provisional = !calendar.isCovered(receivedOn.minusDays(1), horizon);
        boolean late = stoppedOn != null && dueOn != null && stoppedOn.isAfter(dueOn);
        return new Deadline(receivedOn, countFrom, dueOn, provisional, phase, openPause, pausedSince, pauseEndsBy,
                calendar.addWorkingDays(receivedOn, SUPPLEMENT_NOTICE_WORKING_DAYS), supplementBy, extensionDays,
                stoppedOn, late, List.copyOf(steps),
                dueOn == null ? List.of() : calendar.weekdaysOffBetween(countFrom, dueOn),
                dueOn == null ? List.of() : calendar.weekendWorkDaysBetween(countFrom, dueOn));
    }

    private LocalDate due(LocalDate countFrom, int extra) {
        return calendar.addWorkingDays(countFrom, REPLY_WORKING_DAYS + extra);
    }
}
