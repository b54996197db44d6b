package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** addWorkingDays and workingDaysBetween agree with each other for any date 2019–2026. */
class WorkingCalendarProperties {

    static final WorkingCalendar CAL = new WorkingCalendar(BundledSchedules.load());
    static final LocalDate FIRST = LocalDate.of(2018, 12, 20);

    @Provide
    Arbitrary<LocalDate> dates() {
        int span = (int) (LocalDate.of(2026, 12, 31).toEpochDay() - FIRST.toEpochDay());
        return Arbitraries.integers().between(0, span).map(FIRST::plusDays);
    }

    @Property(tries = 500)
    @Label("workingDaysBetween(a, addWorkingDays(a, n)) == n, and the result is the first such day")
    void betweenInvertsAdd(@ForAll("dates") LocalDate a, @ForAll @IntRange(min = 0, max = 60) int n) {
        LocalDate b = CAL.addWorkingDays(a, n);
        assertThat(CAL.workingDaysBetween(a, b)).isEqualTo(n);
        if (n == 0) {
            assertThat(b).isEqualTo(a);
        } else {
            assertThat(CAL.isWorkingDay(b)).isTrue();
            assertThat(CAL.workingDaysBetween(a, b.minusDays(1))).isEqualTo(n - 1);
        }
    }

    @Property(tries = 500)
    @Label("addWorkingDays(addWorkingDays(a, m), n) == addWorkingDays(a, m + n)")
    void addIsAdditive(@ForAll("dates") LocalDate a, @ForAll @IntRange(min = 0, max = 40) int m,
                       @ForAll @IntRange(min = 0, max = 40) int n) {
        assertThat(CAL.addWorkingDays(CAL.addWorkingDays(a, m), n)).isEqualTo(CAL.addWorkingDays(a, m + n));
    }

    @Property(tries = 500)
    @Label("(a, c] = (a, b] + (b, c] for a <= b <= c; empty when c <= a")
    void betweenIsAdditive(@ForAll("dates") LocalDate a, @ForAll @IntRange(min = 0, max = 90) int x,
                           @ForAll @IntRange(min = 0, max = 90) int y) {
        LocalDate b = a.plusDays(x);
        LocalDate c = b.plusDays(y);
        assertThat(CAL.workingDaysBetween(a, c)).isEqualTo(CAL.workingDaysBetween(a, b) + CAL.workingDaysBetween(b, c));
        assertThat(CAL.workingDaysBetween(c, a)).isZero();
        assertThat(CAL.workingDaysBetween(a, c)).isBetween(0, x + y);
    }

    @Property(tries = 300)
    @Label("isCovered(from, to) is true exactly when every day in (from, to] is covered")
    void rangeCoverage(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 0, max = 400) int length) {
        LocalDate to = from.plusDays(length);
        boolean each = true;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            each &= CAL.isCovered(d);
        }
        assertThat(CAL.isCovered(from, to)).isEqualTo(each);
    }
}
