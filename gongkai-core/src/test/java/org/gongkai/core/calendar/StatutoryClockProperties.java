package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.core.calendar.StatutoryClock.Deadline;
import org.gongkai.core.calendar.StatutoryClock.Event;
import org.gongkai.core.calendar.StatutoryClock.Extended;
import org.gongkai.core.calendar.StatutoryClock.Pause;
import org.gongkai.core.calendar.StatutoryClock.PauseEnded;
import org.gongkai.core.calendar.StatutoryClock.PauseStarted;
import org.gongkai.core.calendar.StatutoryClock.Received;
import org.gongkai.core.calendar.StatutoryClock.Stopped;
import org.gongkai.core.calendar.StatutoryClock.SupplementReceived;
import org.gongkai.core.calendar.StatutoryClock.SupplementRequested;

/**
 * The deadline rules hold for any request history: random receipt dates 2019–2026 and random
 * sequences of 补正, extension, consultation/fee pauses and reply, in the order the request module
 * allows them (supplement first, then extension, then pauses, then the reply).
 */
class StatutoryClockProperties {

    static final WorkingCalendar CAL = new WorkingCalendar(BundledSchedules.load());
    static final StatutoryClock CLOCK = new StatutoryClock(CAL);

    static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    static final LocalDate LAST = LocalDate.of(2026, 12, 31);

    record PauseSpec(int gap, int length, Pause kind) {
    }

    /**
     * A request's history, as offsets in calendar days.
     *
     * @param supplementAfter null for no 补正; else days from receipt to the notice
     * @param extension       null for no extension; else 1–20 working days
     * @param stopGap         null for a request still open; else days after the last pause to the reply
     * @param lastPauseOpen   the last pause has not ended: today is where it would have ended
     */
    record Plan(LocalDate received, Integer supplementAfter, int supplementTakes, Integer extension,
                int extensionGap, List<PauseSpec> pauses, Integer stopGap, boolean lastPauseOpen) {

        boolean hasOpenPause() {
            return lastPauseOpen && !pauses.isEmpty();
        }

        List<Event> events(boolean withPauses, boolean withExtension) {
            List<Event> out = new ArrayList<>();
            out.add(new Received(received));
            LocalDate t = received;
            if (supplementAfter != null) {
                LocalDate asked = t.plusDays(supplementAfter);
                out.add(new SupplementRequested(asked, asked.plusDays(15)));
                t = asked.plusDays(supplementTakes);
                out.add(new SupplementReceived(t));
            }
            if (extension != null) {
                t = t.plusDays(extensionGap);
                if (withExtension) {
                    out.add(new Extended(t, extension));
                }
            }
            for (int i = 0; i < pauses.size(); i++) {
                PauseSpec p = pauses.get(i);
                LocalDate start = t.plusDays(p.gap());
                LocalDate end = start.plusDays(p.length());
                if (withPauses) {
                    out.add(new PauseStarted(start, p.kind()));
                    if (!(hasOpenPause() && i == pauses.size() - 1)) {
                        out.add(new PauseEnded(end));
                    }
                }
                t = end;
            }
            if (stopGap != null && !hasOpenPause()) {
                out.add(new Stopped(t.plusDays(stopGap)));
            }
            return out;
        }

        /** Where an open pause would end; otherwise a few days after the last event. */
        LocalDate today() {
            LocalDate t = received.plusDays((supplementAfter == null ? 0 : supplementAfter + supplementTakes)
                    + (extension == null ? 0 : extensionGap));
            for (PauseSpec p : pauses) {
                t = t.plusDays(p.gap() + p.length());
            }
            return hasOpenPause() ? t : t.plusDays(60);
        }

        /** Working days removed by the pauses, counted directly on the calendar. */
        int pausedWorkingDays() {
            LocalDate t = received.plusDays((supplementAfter == null ? 0 : supplementAfter + supplementTakes)
                    + (extension == null ? 0 : extensionGap));
            int k = 0;
            for (PauseSpec p : pauses) {
                LocalDate start = t.plusDays(p.gap());
                LocalDate end = start.plusDays(p.length());
                k += CAL.workingDaysBetween(start, end);
                t = end;
            }
            return k;
        }

        LocalDate countFrom() {
            return supplementAfter == null ? received : received.plusDays(supplementAfter + supplementTakes);
        }

        Deadline compute(boolean withPauses, boolean withExtension) {
            return CLOCK.compute(events(withPauses, withExtension), today());
        }
    }

    @Provide
    Arbitrary<Plan> plans() {
        int span = (int) (LAST.toEpochDay() - FIRST.toEpochDay());
        Arbitrary<LocalDate> received = Arbitraries.integers().between(0, span).map(FIRST::plusDays);
        Arbitrary<PauseSpec> pause = Combinators.combine(Arbitraries.integers().between(0, 15),
                Arbitraries.integers().between(0, 35), Arbitraries.of(Pause.class)).as(PauseSpec::new);
        return Combinators.combine(
                received,
                Arbitraries.integers().between(0, 10).injectNull(0.6),
                Arbitraries.integers().between(1, 30),
                Arbitraries.integers().between(1, StatutoryClock.MAX_EXTENSION_WORKING_DAYS).injectNull(0.4),
                Arbitraries.integers().between(0, 20),
                pause.list().ofMaxSize(3),
                Arbitraries.integers().between(0, 40).injectNull(0.4),
                Arbitraries.of(true, false)).as(Plan::new);
    }

    @Property(tries = 400)
    @Label("the due date is a working day after receipt, exactly 20 + extension + paused working days after the count start")
    void dueDateIsAWorkingDay(@ForAll("plans") Plan plan) {
        Deadline dl = plan.compute(true, true);
        assertThat(dl.dueOn()).isNotNull();
        assertThat(CAL.isWorkingDay(dl.dueOn())).isTrue();
        assertThat(dl.dueOn()).isAfter(plan.received());
        assertThat(dl.countFrom()).isEqualTo(plan.countFrom());
        int extension = plan.extension() == null ? 0 : plan.extension();
        assertThat(CAL.workingDaysBetween(dl.countFrom(), dl.dueOn()))
                .isEqualTo(StatutoryClock.REPLY_WORKING_DAYS + extension + plan.pausedWorkingDays());
        assertThat(dl.extensionDays()).isEqualTo(extension);
    }

    @Property(tries = 400)
    @Label("a pause never moves the due date earlier, and moves it by exactly its working days")
    void pausesOnlyMoveLater(@ForAll("plans") Plan plan) {
        LocalDate without = plan.compute(false, true).dueOn();
        LocalDate with = plan.compute(true, true).dueOn();
        assertThat(with).isAfterOrEqualTo(without);
        assertThat(CAL.workingDaysBetween(without, with)).isEqualTo(plan.pausedWorkingDays());
    }

    @Property(tries = 400)
    @Label("条例第三十三条第二款: an extension of n moves the due date by exactly n working days")
    void extensionMovesByN(@ForAll("plans") Plan plan) {
        LocalDate without = plan.compute(true, false).dueOn();
        LocalDate with = plan.compute(true, true).dueOn();
        int n = plan.extension() == null ? 0 : plan.extension();
        assertThat(CAL.workingDaysBetween(without, with)).isEqualTo(n);
        assertThat(with).isEqualTo(CAL.addWorkingDays(without, n));
    }

    @Property(tries = 300)
    @Label("compute is a pure function: same events, calendar and today give the same deadline")
    void pure(@ForAll("plans") Plan plan) {
        Deadline a = plan.compute(true, true);
        Deadline b = plan.compute(true, true);
        Deadline c = new StatutoryClock(new WorkingCalendar(BundledSchedules.load()))
                .compute(List.copyOf(plan.events(true, true)), plan.today());
        assertThat(b).isEqualTo(a);
        assertThat(c).isEqualTo(a);
    }

    @Property(tries = 300)
    @Label("late exactly when replied after the due date; stopped means closed, open means not stopped")
    void lateFlag(@ForAll("plans") Plan plan) {
        Deadline dl = plan.compute(true, true);
        if (dl.stoppedOn() == null) {
            assertThat(dl.isOpen()).isTrue();
            assertThat(dl.late()).isFalse();
        } else {
            assertThat(dl.isOpen()).isFalse();
            assertThat(dl.late()).isEqualTo(dl.stoppedOn().isAfter(dl.dueOn()));
        }
        assertThat(dl.steps()).isNotEmpty();
        assertThat(dl.steps().get(dl.steps().size() - 1).dueOn()).isEqualTo(dl.dueOn());
    }

    @Property(tries = 300)
    @Label("the 补正 notice is due on the 7th working day after receipt, whatever else happens")
    void supplementNoticeDue(@ForAll("plans") Plan plan) {
        Deadline dl = plan.compute(true, true);
        assertThat(CAL.workingDaysBetween(plan.received(), dl.supplementNoticeDueOn())).isEqualTo(7);
        assertThat(CAL.isWorkingDay(dl.supplementNoticeDueOn())).isTrue();
    }
}
