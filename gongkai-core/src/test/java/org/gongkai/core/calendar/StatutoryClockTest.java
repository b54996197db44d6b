package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.calendar.StatutoryClock.Deadline;
import org.gongkai.core.calendar.StatutoryClock.Event;
import org.gongkai.core.calendar.StatutoryClock.Extended;
import org.gongkai.core.calendar.StatutoryClock.Pause;
import org.gongkai.core.calendar.StatutoryClock.PauseEnded;
import org.gongkai.core.calendar.StatutoryClock.PauseStarted;
import org.gongkai.core.calendar.StatutoryClock.Phase;
import org.gongkai.core.calendar.StatutoryClock.Received;
import org.gongkai.core.calendar.StatutoryClock.Step;
import org.gongkai.core.calendar.StatutoryClock.StepKind;
import org.gongkai.core.calendar.StatutoryClock.Stopped;
import org.gongkai.core.calendar.StatutoryClock.SupplementReceived;
import org.gongkai.core.calendar.StatutoryClock.SupplementRequested;
import org.gongkai.core.calendar.WorkingCalendar.NamedDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reply deadline of 条例第三十三条 with 第三十条 (补正), 第三十二条/第三十四条 (consultation) and the fee
 * payment period of 国办函〔2020〕109号. All expected dates were counted by hand from the 2026 table of
 * regulations.md §8 (元旦 01-01..03 off, Sun 01-04 worked; 清明 04-04..06 off; 中秋 09-25..27 off;
 * 国庆 10-01..07 off, Sun 09-20 and Sat 10-10 worked); each count is shown in a comment.
 */
class StatutoryClockTest {

    static final WorkingCalendar CAL = new WorkingCalendar(BundledSchedules.load());
    static final StatutoryClock CLOCK = new StatutoryClock(CAL);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Deadline compute(LocalDate today, Event... events) {
        return CLOCK.compute(List.of(events), today);
    }

    @Test
    void constants() {
        assertThat(StatutoryClock.REPLY_WORKING_DAYS).isEqualTo(20);
        assertThat(StatutoryClock.MAX_EXTENSION_WORKING_DAYS).isEqualTo(20);
        assertThat(StatutoryClock.SUPPLEMENT_NOTICE_WORKING_DAYS).isEqualTo(7);
        assertThat(StatutoryClock.CONSULTATION_WORKING_DAYS).isEqualTo(15);
        assertThat(StatutoryClock.FEE_PAYMENT_WORKING_DAYS).isEqualTo(20);
        assertThat(CLOCK.calendar()).isSameAs(CAL);
    }

    @Test
    @DisplayName("条例第三十三条: 20 working days from the day after receipt (Mon 2026-03-02 → Mon 03-30)")
    void basicTwentyDays() {
        // Mar 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), Mon 30 (20)
        Deadline dl = compute(d("2026-03-05"), new Received(d("2026-03-02")));
        assertThat(dl.dueOn()).isEqualTo(d("2026-03-30"));
        assertThat(CLOCK.replyDueOn(d("2026-03-02"))).isEqualTo(d("2026-03-30"));
        assertThat(dl.receivedOn()).isEqualTo(d("2026-03-02"));
        assertThat(dl.countFrom()).isEqualTo(d("2026-03-02"));
        assertThat(dl.phase()).isEqualTo(Phase.RUNNING);
        assertThat(dl.isOpen()).isTrue();
        assertThat(dl.provisional()).isFalse();
        assertThat(dl.late()).isFalse();
        assertThat(dl.extensionDays()).isZero();
        assertThat(dl.holidaysSkipped()).isEmpty();
        assertThat(dl.workingWeekends()).isEmpty();
        assertThat(dl.steps()).containsExactly(
                new Step(StepKind.RECEIVED, d("2026-03-02"), null, 20, null, d("2026-03-30")));
    }

    @Test
    @DisplayName("条例第三十三条 across 国庆 2026: received 09-30 → due 11-03, the skipped and worked days listed")
    void acrossNationalDay() {
        Deadline dl = compute(d("2026-10-08"), new Received(d("2026-09-30")));
        assertThat(dl.dueOn()).isEqualTo(d("2026-11-03"));
        assertThat(dl.holidaysSkipped()).extracting(NamedDay::date).containsExactly(
                d("2026-10-01"), d("2026-10-02"), d("2026-10-05"), d("2026-10-06"), d("2026-10-07"));
        assertThat(dl.holidaysSkipped()).extracting(NamedDay::holiday).containsOnly("国庆节");
        assertThat(dl.workingWeekends()).containsExactly(new NamedDay(d("2026-10-10"), "国庆节", true));
        // 第三十条: Oct 8, 9, Sat 10, 12, 13, 14, 15
        assertThat(dl.supplementNoticeDueOn()).isEqualTo(d("2026-10-15"));
    }

    @Test
    void theFirstEventMustBeTheReceipt() {
        assertThatThrownBy(() -> CLOCK.compute(List.of(), d("2026-03-02")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> compute(d("2026-03-02"), new Extended(d("2026-03-02"), 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> compute(d("2026-03-02"), new Received(d("2026-03-02")), new Received(d("2026-03-03"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("条例第三十条: no due date while the applicant supplements; 20 days again from the supplement")
    void supplement() {
        Received r = new Received(d("2026-03-02"));
        SupplementRequested asked = new SupplementRequested(d("2026-03-05"), d("2026-03-20"));
        Deadline waiting = compute(d("2026-03-10"), r, asked);
        assertThat(waiting.dueOn()).isNull();
        assertThat(waiting.phase()).isEqualTo(Phase.AWAITING_SUPPLEMENT);
        assertThat(waiting.isOpen()).isTrue();
        assertThat(waiting.supplementBy()).isEqualTo(d("2026-03-20"));
        assertThat(waiting.overdueOn(d("2026-12-31"))).as("no count runs while supplementing").isFalse();
        assertThat(waiting.dueSoonOn(d("2026-03-19"), CAL)).isFalse();
        assertThat(waiting.holidaysSkipped()).isEmpty();
        // Mar 3, 4, 5, 6, 9, 10, 11
        assertThat(waiting.supplementNoticeDueOn()).isEqualTo(d("2026-03-11"));

        // restart from Mon 03-16: Mar 17–20 (4), 23–27 (9), 30, 31, Apr 1–3 (14), Apr 4–6 清明 off,
        // Apr 7–10 (18), 13 (19), 14 (20)
        Deadline restarted = compute(d("2026-03-16"), r, asked, new SupplementReceived(d("2026-03-16")));
        assertThat(restarted.dueOn()).isEqualTo(d("2026-04-14"));
        assertThat(restarted.countFrom()).isEqualTo(d("2026-03-16"));
        assertThat(restarted.receivedOn()).isEqualTo(d("2026-03-02"));
        assertThat(restarted.phase()).isEqualTo(Phase.RUNNING);
        assertThat(restarted.supplementNoticeDueOn()).as("always from the first receipt").isEqualTo(d("2026-03-11"));
        assertThat(restarted.holidaysSkipped()).containsExactly(new NamedDay(d("2026-04-06"), "清明节", false));
        assertThat(restarted.steps()).extracting(Step::kind, Step::dueOn).containsExactly(
                tuple(StepKind.RECEIVED, d("2026-03-30")),
                tuple(StepKind.SUPPLEMENT_REQUESTED, null),
                tuple(StepKind.SUPPLEMENT_RECEIVED, d("2026-04-14")));
        assertThat(restarted.steps().get(1).until()).isEqualTo(d("2026-03-20"));
    }

    @Test
    @DisplayName("条例第三十三条第二款: an extension counts on from the old due date (11-03 + 10 = 11-17)")
    void extension() {
        // Nov 4, 5, 6 (3), 9–13 (8), 16, 17 (10)
        Deadline dl = compute(d("2026-10-20"), new Received(d("2026-09-30")), new Extended(d("2026-10-20"), 10));
        assertThat(dl.dueOn()).isEqualTo(d("2026-11-17"));
        assertThat(dl.extensionDays()).isEqualTo(10);
        assertThat(CAL.workingDaysBetween(d("2026-11-03"), dl.dueOn())).isEqualTo(10);
        assertThat(dl.steps()).extracting(Step::kind, Step::workingDays, Step::dueOn).containsExactly(
                tuple(StepKind.RECEIVED, 20, d("2026-11-03")),
                tuple(StepKind.EXTENDED, 10, d("2026-11-17")));
        // the longest total is 20 + 20 = 40 working days
        Deadline longest = compute(d("2026-03-10"), new Received(d("2026-03-02")), new Extended(d("2026-03-10"), 20));
        assertThat(CAL.workingDaysBetween(d("2026-03-02"), longest.dueOn())).isEqualTo(40);
    }

    @Test
    @DisplayName("条例第三十三条第三款: a consultation from A to B removes exactly the working days in (A, B]")
    void finishedPause() {
        // (Tue 03-10, Fri 03-20]: Mar 11, 12, 13, 16–20 = 8 working days; 03-30 + 8: Mar 31 (1),
        // Apr 1–3 (4), Apr 6 off, Apr 7–10 (8) → 04-10
        Deadline dl = compute(d("2026-03-25"), new Received(d("2026-03-02")),
                new PauseStarted(d("2026-03-10"), Pause.THIRD_PARTY_CONSULTATION), new PauseEnded(d("2026-03-20")));
        assertThat(dl.dueOn()).isEqualTo(d("2026-04-10"));
        assertThat(dl.phase()).isEqualTo(Phase.RUNNING);
        assertThat(dl.openPause()).isNull();
        assertThat(dl.pausedSince()).isNull();
        assertThat(dl.pauseEndsBy()).isNull();
        assertThat(dl.steps()).containsExactly(
                new Step(StepKind.RECEIVED, d("2026-03-02"), null, 20, null, d("2026-03-30")),
                new Step(StepKind.PAUSED, d("2026-03-10"), d("2026-03-20"), 8, Pause.THIRD_PARTY_CONSULTATION,
                        d("2026-04-10")));
    }

    @Test
    @DisplayName("a pause over a weekend and holidays only removes its working days ((09-24, 10-09]: 5)")
    void pauseOverHolidays() {
        // (Thu 09-24, Fri 10-09]: Sep 25–27 off, 28, 29, 30 (3), Oct 1–7 off, 8, 9 (5) = 5
        assertThat(CAL.workingDaysBetween(d("2026-09-24"), d("2026-10-09"))).isEqualTo(5);
        Deadline without = compute(d("2026-09-14"), new Received(d("2026-09-14")));
        Deadline with = compute(d("2026-10-12"), new Received(d("2026-09-14")),
                new PauseStarted(d("2026-09-24"), Pause.AGENCY_CONSULTATION), new PauseEnded(d("2026-10-09")));
        // Sep 14 + 20: Sep 15–18 (4), Sun 20 (5), 21–24 (9), 28–30 (12), Oct 8, 9 (14), Sat 10 (15), 12–16 (20)
        assertThat(without.dueOn()).isEqualTo(d("2026-10-16"));
        // + 5: Oct 19–23
        assertThat(with.dueOn()).isEqualTo(d("2026-10-23"));
    }

    @Test
    @DisplayName("an open consultation counts as if it ended today and tells when the 15 working days end")
    void openConsultation() {
        Received r = new Received(d("2026-03-02"));
        PauseStarted p = new PauseStarted(d("2026-03-10"), Pause.AGENCY_CONSULTATION);
        Deadline dl = compute(d("2026-03-20"), r, p);
        assertThat(dl.phase()).isEqualTo(Phase.PAUSED);
        assertThat(dl.openPause()).isEqualTo(Pause.AGENCY_CONSULTATION);
        assertThat(dl.pausedSince()).isEqualTo(d("2026-03-10"));
        assertThat(dl.dueOn()).as("same as if it had ended on 03-20").isEqualTo(d("2026-04-10"));
        // 第三十四条: Mar 11–13 (3), 16–20 (8), 23–27 (13), 30, 31 (15)
        assertThat(dl.pauseEndsBy()).isEqualTo(d("2026-03-31"));
        assertThat(dl.steps()).last().isEqualTo(new Step(StepKind.PAUSE_OPEN, d("2026-03-10"), d("2026-03-20"), 8,
                Pause.AGENCY_CONSULTATION, d("2026-04-10")));
        // on the day it started nothing is removed yet (today not after the start)
        Deadline sameDay = compute(d("2026-03-10"), r, p);
        assertThat(sameDay.dueOn()).isEqualTo(d("2026-03-30"));
        assertThat(sameDay.steps()).last().extracting(Step::until, Step::workingDays).containsExactly(d("2026-03-10"), 0);
        // a day later the due date moves one working day: 03-30 → 03-31
        assertThat(compute(d("2026-03-11"), r, p).dueOn()).isEqualTo(d("2026-03-31"));
        // over a weekend it does not move: today Sat 03-14 and Sun 03-15 count like Fri 03-13
        assertThat(compute(d("2026-03-15"), r, p).dueOn()).isEqualTo(compute(d("2026-03-13"), r, p).dueOn());
    }

    @Test
    @DisplayName("条例第三十二条: a third-party consultation also has 15 working days")
    void openThirdPartyConsultation() {
        Deadline dl = compute(d("2026-03-12"), new Received(d("2026-03-02")),
                new PauseStarted(d("2026-03-10"), Pause.THIRD_PARTY_CONSULTATION));
        assertThat(dl.pauseEndsBy()).isEqualTo(d("2026-03-31"));
    }

    @Test
    @DisplayName("国办函〔2020〕109号: an open fee pause ends by the 20th working day after the notice")
    void openFeePause() {
        // Mar 11–13 (3), 16–20 (8), 23–27 (13), 30, 31 (15), Apr 1–3 (18), Apr 6 off, 7 (19), 8 (20)
        Deadline dl = compute(d("2026-03-12"), new Received(d("2026-03-02")),
                new PauseStarted(d("2026-03-10"), Pause.FEE_PAYMENT));
        assertThat(dl.openPause()).isEqualTo(Pause.FEE_PAYMENT);
        assertThat(dl.pauseEndsBy()).isEqualTo(d("2026-04-08"));
        // (03-10, 03-12] = 2 days: 03-30 + 2 = 04-01
        assertThat(dl.dueOn()).isEqualTo(d("2026-04-01"));
    }

    @Test
    @DisplayName("a reply during a pause closes the pause the same day")
    void stoppedDuringAPause() {
        Deadline dl = compute(d("2026-03-25"), new Received(d("2026-03-02")),
                new PauseStarted(d("2026-03-10"), Pause.THIRD_PARTY_CONSULTATION), new Stopped(d("2026-03-20")));
        assertThat(dl.phase()).isEqualTo(Phase.STOPPED);
        assertThat(dl.isOpen()).isFalse();
        assertThat(dl.openPause()).isNull();
        assertThat(dl.pausedSince()).isNull();
        assertThat(dl.pauseEndsBy()).isNull();
        assertThat(dl.stoppedOn()).isEqualTo(d("2026-03-20"));
        assertThat(dl.dueOn()).isEqualTo(d("2026-04-10"));
        assertThat(dl.late()).isFalse();
        assertThat(dl.steps()).extracting(Step::kind, Step::on, Step::until, Step::workingDays, Step::dueOn)
                .containsExactly(
                        tuple(StepKind.RECEIVED, d("2026-03-02"), null, 20, d("2026-03-30")),
                        tuple(StepKind.PAUSED, d("2026-03-10"), d("2026-03-20"), 8, d("2026-04-10")),
                        tuple(StepKind.STOPPED, d("2026-03-20"), null, 0, d("2026-04-10")));
        // and today no longer matters once stopped
        assertThat(compute(d("2026-12-01"), new Received(d("2026-03-02")),
                new PauseStarted(d("2026-03-10"), Pause.THIRD_PARTY_CONSULTATION), new Stopped(d("2026-03-20"))))
                .isEqualTo(dl);
    }

    @Test
    @DisplayName("supplement + consultation + extension in one request, across 中秋/国庆 2026")
    void everythingAtOnce() {
        List<Event> events = List.of(
                new Received(d("2026-09-01")),
                new SupplementRequested(d("2026-09-04"), d("2026-09-18")),
                new SupplementReceived(d("2026-09-15")),
                new PauseStarted(d("2026-09-22"), Pause.AGENCY_CONSULTATION),
                new PauseEnded(d("2026-10-09")),
                new Extended(d("2026-10-20"), 15),
                new Stopped(d("2026-11-16")));
        Deadline dl = CLOCK.compute(events, d("2026-11-27"));
        // RECEIVED, Tue 09-01 + 20: Sep 2–4 (3), 7–11 (8), 14–18 (13), Sun 20 (14), 21–24 (18),
        //   25–27 中秋 off, 28 (19), 29 (20)
        // SUPPLEMENT_RECEIVED, Tue 09-15 + 20: Sep 16–18 (3), Sun 20 (4), 21–24 (8), 28–30 (11),
        //   Oct 1–7 off, 8, 9 (13), Sat 10 (14), 12–16 (19), 19 (20)
        // PAUSED (09-22, 10-09]: Sep 23, 24, 28, 29, 30, Oct 8, 9 = 7 → Oct 19 + 7: 20–23 (4), 26–28 (7)
        // EXTENDED 15 → Oct 28 + 15: 29, 30 (2), Nov 2–6 (7), 9–13 (12), 16–18 (15)
        assertThat(dl.steps()).extracting(Step::kind, Step::workingDays, Step::dueOn).containsExactly(
                tuple(StepKind.RECEIVED, 20, d("2026-09-29")),
                tuple(StepKind.SUPPLEMENT_REQUESTED, 0, null),
                tuple(StepKind.SUPPLEMENT_RECEIVED, 20, d("2026-10-19")),
                tuple(StepKind.PAUSED, 7, d("2026-10-28")),
                tuple(StepKind.EXTENDED, 15, d("2026-11-18")),
                tuple(StepKind.STOPPED, 0, d("2026-11-18")));
        assertThat(dl.dueOn()).isEqualTo(d("2026-11-18"));
        assertThat(dl.countFrom()).isEqualTo(d("2026-09-15"));
        assertThat(dl.extensionDays()).isEqualTo(15);
        assertThat(dl.late()).as("replied 11-16, due 11-18").isFalse();
        assertThat(dl.provisional()).isFalse();
        assertThat(dl.supplementBy()).isEqualTo(d("2026-09-18"));
        // 第三十条, Sep 2, 3, 4, 7, 8, 9, 10
        assertThat(dl.supplementNoticeDueOn()).isEqualTo(d("2026-09-10"));
        assertThat(dl.holidaysSkipped()).extracting(NamedDay::date, NamedDay::holiday).containsExactly(
                tuple(d("2026-09-25"), "中秋节"),
                tuple(d("2026-10-01"), "国庆节"), tuple(d("2026-10-02"), "国庆节"),
                tuple(d("2026-10-05"), "国庆节"), tuple(d("2026-10-06"), "国庆节"), tuple(d("2026-10-07"), "国庆节"));
        assertThat(dl.workingWeekends()).containsExactly(
                new NamedDay(d("2026-09-20"), "国庆节", true), new NamedDay(d("2026-10-10"), "国庆节", true));
    }

    @Test
    @DisplayName("a reply after the due date is late; on the due date it is not")
    void late() {
        assertThat(compute(d("2026-11-30"), new Received(d("2026-09-30")), new Stopped(d("2026-11-03"))).late()).isFalse();
        Deadline late = compute(d("2026-11-30"), new Received(d("2026-09-30")), new Stopped(d("2026-11-04")));
        assertThat(late.late()).isTrue();
        assertThat(late.overdueOn(d("2026-11-30"))).as("closed requests are never overdue").isFalse();
        // a reply while awaiting a supplement (e.g. （四）3) has no due date and is not late
        Deadline duringSupplement = compute(d("2026-12-01"), new Received(d("2026-03-02")),
                new SupplementRequested(d("2026-03-05"), d("2026-03-20")), new Stopped(d("2026-11-30")));
        assertThat(duringSupplement.dueOn()).isNull();
        assertThat(duringSupplement.late()).isFalse();
        assertThat(duringSupplement.phase()).isEqualTo(Phase.STOPPED);
    }

    @Test
    @DisplayName("overdue after the due date; due soon within 3 working days")
    void overdueAndDueSoon() {
        Deadline dl = compute(d("2026-10-20"), new Received(d("2026-09-30"))); // due Tue 11-03
        assertThat(dl.overdueOn(d("2026-11-03"))).isFalse();
        assertThat(dl.overdueOn(d("2026-11-04"))).isTrue();
        // (Wed 10-28, 11-03] = 29, 30, Nov 2, 3 = 4 → not yet; (Thu 10-29, 11-03] = 3 → soon
        assertThat(dl.dueSoonOn(d("2026-10-28"), CAL)).isFalse();
        assertThat(dl.dueSoonOn(d("2026-10-29"), CAL)).isTrue();
        // the weekend before counts like Friday 10-30: (10-31, 11-03] = 2
        assertThat(dl.dueSoonOn(d("2026-10-31"), CAL)).isTrue();
        assertThat(dl.dueSoonOn(d("2026-11-03"), CAL)).isTrue();
        assertThat(dl.dueSoonOn(d("2026-11-04"), CAL)).as("overdue, not due soon").isFalse();
        Deadline stopped = compute(d("2026-10-20"), new Received(d("2026-09-30")), new Stopped(d("2026-10-20")));
        assertThat(stopped.dueSoonOn(d("2026-11-02"), CAL)).isFalse();
        assertThat(stopped.overdueOn(d("2026-11-04"))).isFalse();
    }

    @Test
    @DisplayName("provisional: the due date falls in 2027, whose notice is not loaded")
    void provisionalInAnUnloadedYear() {
        // Thu 2026-12-10, weekends only after 12-24: Dec 11 (1), 14–18 (6), 21–25 (11), 28–31 (15),
        // Fri 2027-01-01 counted (16), Jan 4–7 (20)
        Deadline dl = compute(d("2026-12-10"), new Received(d("2026-12-10")));
        assertThat(dl.dueOn()).isEqualTo(d("2027-01-07"));
        assertThat(dl.provisional()).isTrue();

        List<HolidaySchedule> with2027 = new ArrayList<>(BundledSchedules.load());
        with2027.add(new HolidaySchedule(2027, Map.of(d("2027-01-01"), "元旦"), Map.of(), List.of("test")));
        Deadline known = new StatutoryClock(new WorkingCalendar(with2027))
                .compute(List.of(new Received(d("2026-12-10"))), d("2026-12-10"));
        // 元旦 2027-01-01 now off: one day later
        assertThat(known.dueOn()).isEqualTo(d("2027-01-08"));
        assertThat(known.provisional()).isFalse();
        assertThat(known.holidaysSkipped()).containsExactly(new NamedDay(d("2027-01-01"), "元旦", false));
    }

    @Test
    @DisplayName("provisional from 12-25 on, even without leaving 2026 (late-December rule)")
    void provisionalInLateDecember() {
        // Wed 11-25: Nov 26, 27 (2), Nov 30–Dec 4 (7), 7–11 (12), 14–18 (17), 21–23 (20) → 12-23
        assertThat(compute(d("2026-11-25"), new Received(d("2026-11-25"))).dueOn()).isEqualTo(d("2026-12-23"));
        assertThat(compute(d("2026-11-25"), new Received(d("2026-11-25"))).provisional()).isFalse();
        // Fri 11-27: Nov 30–Dec 4 (5), 7–11 (10), 14–18 (15), 21–25 (20) → 12-25
        Deadline dl = compute(d("2026-11-27"), new Received(d("2026-11-27")));
        assertThat(dl.dueOn()).isEqualTo(d("2026-12-25"));
        assertThat(dl.provisional()).isTrue();
    }

    @Test
    @DisplayName("an open fee pause whose payment period reaches 2027 makes the result provisional")
    void provisionalThroughThePausePeriod() {
        // received Mon 11-02: due 11-30 (Nov 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), 30 (20));
        // fee notice 11-26, 20 working days to pay: Nov 27 (1), 30 (2), Dec 1–4 (6), 7–11 (11), 14–18 (16),
        // 21–24 (20) → 12-24 is still covered; notice 11-27 → 12-25, not covered
        Deadline covered = compute(d("2026-11-26"), new Received(d("2026-11-02")),
                new PauseStarted(d("2026-11-26"), Pause.FEE_PAYMENT));
        assertThat(covered.dueOn()).isEqualTo(d("2026-11-30"));
        assertThat(covered.pauseEndsBy()).isEqualTo(d("2026-12-24"));
        assertThat(covered.provisional()).isFalse();
        Deadline notCovered = compute(d("2026-11-27"), new Received(d("2026-11-02")),
                new PauseStarted(d("2026-11-27"), Pause.FEE_PAYMENT));
        assertThat(notCovered.pauseEndsBy()).isEqualTo(d("2026-12-25"));
        assertThat(notCovered.provisional()).isTrue();
    }
}
