package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.calendar.WorkingCalendar.NamedDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Working days as the 条例 counts them (第三十条、第三十二条、第三十三条 say 工作日), checked against the
 * State Council's notices as written out in regulations.md §8 — not against the bundled JSON, so that a
 * wrong data file fails here. Every expected date below was counted by hand on a paper calendar from
 * those tables; the comments show the count.
 */
class WorkingCalendarTest {

    static final WorkingCalendar CAL = new WorkingCalendar(BundledSchedules.load());

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    @DisplayName("isWorkingDay against the notices (regulations.md §8)")
    class AgainstTheNotices {

        /** Every 调休 Saturday/Sunday of 2024–2026, copied from the "Adjusted working days" columns. */
        @ParameterizedTest(name = "{0} ({1}, {2}) is a working day")
        @CsvSource({
                // 2024
                "2024-02-04, SUNDAY, 春节",
                "2024-02-18, SUNDAY, 春节",
                "2024-04-07, SUNDAY, 清明节",
                "2024-04-28, SUNDAY, 劳动节",
                "2024-05-11, SATURDAY, 劳动节",
                "2024-09-14, SATURDAY, 中秋节",
                "2024-09-29, SUNDAY, 国庆节",
                "2024-10-12, SATURDAY, 国庆节",
                // 2025
                "2025-01-26, SUNDAY, 春节",
                "2025-02-08, SATURDAY, 春节",
                "2025-04-27, SUNDAY, 劳动节",
                "2025-09-28, SUNDAY, 国庆节、中秋节",
                "2025-10-11, SATURDAY, 国庆节、中秋节",
                // 2026 (notice of 2025-11-04)
                "2026-01-04, SUNDAY, 元旦",
                "2026-02-14, SATURDAY, 春节",
                "2026-02-28, SATURDAY, 春节",
                "2026-05-09, SATURDAY, 劳动节",
                "2026-09-20, SUNDAY, 国庆节",
                "2026-10-10, SATURDAY, 国庆节",
        })
        void adjustedWeekendDaysAreWorkingDays(LocalDate day, DayOfWeek dow, String holiday) {
            assertThat(day.getDayOfWeek()).as("the table's weekday").isEqualTo(dow);
            assertThat(CAL.isWorkingDay(day)).isTrue();
            assertThat(CAL.isCovered(day)).isTrue();
            assertThat(CAL.holidayName(day)).contains(holiday);
        }

        /** The "Weekday holidays in 2024/2025/2026" lines of regulations.md §8, range by range. */
        @ParameterizedTest(name = "{0}…{1} are days off")
        @CsvSource({
                "2024-01-01, 2024-01-01",
                "2024-02-12, 2024-02-16",
                "2024-04-04, 2024-04-05",
                "2024-05-01, 2024-05-03",
                "2024-06-10, 2024-06-10",
                "2024-09-16, 2024-09-17",
                "2024-10-01, 2024-10-04",
                "2024-10-07, 2024-10-07",
                "2025-01-01, 2025-01-01",
                "2025-01-28, 2025-01-31",
                "2025-02-03, 2025-02-04",
                "2025-04-04, 2025-04-04",
                "2025-05-01, 2025-05-02",
                "2025-05-05, 2025-05-05",
                "2025-06-02, 2025-06-02",
                "2025-10-01, 2025-10-03",
                "2025-10-06, 2025-10-08",
                "2026-01-01, 2026-01-02",
                "2026-02-16, 2026-02-20",
                "2026-02-23, 2026-02-23",
                "2026-04-06, 2026-04-06",
                "2026-05-01, 2026-05-01",
                "2026-05-04, 2026-05-05",
                "2026-06-19, 2026-06-19",
                "2026-09-25, 2026-09-25",
                "2026-10-01, 2026-10-02",
                "2026-10-05, 2026-10-07",
        })
        void weekdayHolidaysAreNotWorkingDays(LocalDate from, LocalDate to) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                assertThat(HolidaySchedule.isWeekend(day)).as("%s is listed as a weekday", day).isFalse();
                assertThat(CAL.isWorkingDay(day)).as("%s", day).isFalse();
                assertThat(CAL.holidayName(day)).as("%s has a holiday name", day).isPresent();
            }
        }

        @Test
        @DisplayName("the weekday holidays of 2024–2026 are exactly those of the spec (none extra)")
        void noOtherWeekdayIsOff() {
            // Counted from the "Weekday holidays" lines: 2024: 1+5+2+3+1+2+4+1 = 19;
            // 2025: 1+4+2+1+2+1+1+3+3 = 18; 2026: 2+5+1+1+1+2+1+1+2+3 = 19.
            assertThat(CAL.weekdaysOffBetween(d("2023-12-31"), d("2024-12-31"))).hasSize(19);
            assertThat(CAL.weekdaysOffBetween(d("2024-12-31"), d("2025-12-31"))).hasSize(18);
            assertThat(CAL.weekdaysOffBetween(d("2025-12-31"), d("2026-12-31"))).hasSize(19);
            // and the 调休 weekends: 8 in 2024, 5 in 2025, 6 in 2026
            assertThat(CAL.weekendWorkDaysBetween(d("2023-12-31"), d("2024-12-31"))).hasSize(8);
            assertThat(CAL.weekendWorkDaysBetween(d("2024-12-31"), d("2025-12-31"))).hasSize(5);
            assertThat(CAL.weekendWorkDaysBetween(d("2025-12-31"), d("2026-12-31"))).hasSize(6);
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-02", "2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06",
                "2024-07-15", "2025-11-19", "2019-08-08", "2022-12-30"})
        void ordinaryWeekdaysAreWorkingDays(LocalDate day) {
            assertThat(HolidaySchedule.isWeekend(day)).isFalse();
            assertThat(CAL.isWorkingDay(day)).isTrue();
            assertThat(CAL.holidayName(day)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-03-07", "2026-03-08", "2024-07-13", "2025-11-23", "2019-08-10",
                // a weekend just next to a holiday but not a 调休 day: 2026-10-11 (Sun after the Sat worked)
                "2026-10-11", "2026-03-01"})
        void ordinaryWeekendsAreNotWorkingDays(LocalDate day) {
            assertThat(HolidaySchedule.isWeekend(day)).isTrue();
            assertThat(CAL.isWorkingDay(day)).isFalse();
        }

        @Test
        @DisplayName("2020-02-01 (Sat), a 调休 day of the first 2020 notice, was cancelled by the COVID extension")
        void covidExtensionCancelledTheSaturday() {
            assertThat(d("2020-02-01").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
            assertThat(CAL.isWorkingDay(d("2020-02-01"))).isFalse();
            assertThat(CAL.holidayName(d("2020-02-01"))).contains("春节");
            // 春节 2020 as extended: 01-24 … 02-02 off, back to work on Monday 02-03
            for (LocalDate day = d("2020-01-24"); !day.isAfter(d("2020-02-02")); day = day.plusDays(1)) {
                assertThat(CAL.isWorkingDay(day)).as("%s", day).isFalse();
            }
            assertThat(CAL.isWorkingDay(d("2020-02-03"))).isTrue();
            assertThat(CAL.isWorkingDay(d("2020-01-19"))).as("Sun 01-19 was worked").isTrue();
        }

        @Test
        @DisplayName("the 2019 notice moves 2018-12-29 (Sat, worked) and 2018-12-30/31 (off)")
        void december2018FromThe2019Notice() {
            assertThat(CAL.isWorkingDay(d("2018-12-29"))).isTrue();
            assertThat(CAL.isWorkingDay(d("2018-12-30"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2018-12-31"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2019-01-01"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2019-01-02"))).isTrue();
        }
    }

    @Nested
    @DisplayName("addWorkingDays: 民法典第二百零一条, the first day is not counted")
    class AddWorkingDays {

        @Test
        void nZeroReturnsTheStartEvenOnAHoliday() {
            assertThat(CAL.addWorkingDays(d("2026-03-02"), 0)).isEqualTo(d("2026-03-02"));
            assertThat(CAL.addWorkingDays(d("2026-10-03"), 0)).isEqualTo(d("2026-10-03"));
        }

        @Test
        void theStartDayIsNotCounted() {
            // Mon 2026-03-02 + 1 = Tue 03-03 (not the Monday itself); Fri 03-06 + 1 = Mon 03-09
            assertThat(CAL.addWorkingDays(d("2026-03-02"), 1)).isEqualTo(d("2026-03-03"));
            assertThat(CAL.addWorkingDays(d("2026-03-06"), 1)).isEqualTo(d("2026-03-09"));
            // Mon + 5 = next Mon
            assertThat(CAL.addWorkingDays(d("2026-03-02"), 5)).isEqualTo(d("2026-03-09"));
        }

        @Test
        void negativeIsRejected() {
            assertThatThrownBy(() -> CAL.addWorkingDays(d("2026-03-02"), -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("条例第三十三条: received Wed 2026-09-30 → 20th working day is 2026-11-03 (国庆 2026)")
        void acrossNationalDay2026() {
            // Oct 1–7 off; Oct 8 (1), 9 (2), Sat 10 worked (3), 12–16 (8), 19–23 (13), 26–30 (18), Nov 2 (19), Nov 3 (20)
            assertThat(CAL.addWorkingDays(d("2026-09-30"), 20)).isEqualTo(d("2026-11-03"));
        }

        @Test
        @DisplayName("条例第三十三条: received Tue 2026-02-10 → due 2026-03-16 (春节 2026, Sat 02-14 and 02-28 worked)")
        void acrossSpringFestival2026() {
            // Feb 11, 12, 13 (3), Sat 14 worked (4), 15–23 off, 24–27 (8), Sat 28 worked (9),
            // Mar 2–6 (14), 9–13 (19), Mon Mar 16 (20)
            assertThat(CAL.addWorkingDays(d("2026-02-10"), 20)).isEqualTo(d("2026-03-16"));
            // and the 第三十条 7 days: Feb 11, 12, 13, 14, 24, 25, 26
            assertThat(CAL.addWorkingDays(d("2026-02-10"), 7)).isEqualTo(d("2026-02-26"));
        }

        @Test
        @DisplayName("receipt on a day off (Sat 2026-10-03, 国庆) counts from the next working day")
        void receiptOnAHoliday() {
            // Oct 4–7 off, then the same count as from 09-30: 2026-11-03
            assertThat(CAL.addWorkingDays(d("2026-10-03"), 20)).isEqualTo(d("2026-11-03"));
            assertThat(CAL.addWorkingDays(d("2026-10-03"), 1)).isEqualTo(d("2026-10-08"));
        }

        @Test
        @DisplayName("receipt on a 调休 Saturday (2026-10-10) counts from Monday 10-12")
        void receiptOnAnAdjustedSaturday() {
            // Oct 12–16 (5), 19–23 (10), 26–30 (15), Nov 2–6 (20)
            assertThat(CAL.addWorkingDays(d("2026-10-10"), 20)).isEqualTo(d("2026-11-06"));
        }

        @Test
        @DisplayName("year boundary: received Sat 2025-12-20 → 2026-01-19 (元旦 01-01..03 off, Sun 01-04 worked)")
        void acrossTheYearBoundary() {
            // Dec 22–26 (5), 29, 30, 31 (8), Jan 1–3 off, Sun Jan 4 (9), Jan 5–9 (14), 12–16 (19), Mon 19 (20)
            assertThat(CAL.addWorkingDays(d("2025-12-20"), 20)).isEqualTo(d("2026-01-19"));
            assertThat(CAL.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
            assertThat(CAL.isCovered(d("2025-12-20"), d("2026-01-19"))).isTrue();
        }

        @Test
        @DisplayName("the result is always a working day, counted exhaustively over 2024–2026")
        void resultIsAWorkingDay() {
            for (LocalDate start = d("2024-01-01"); start.isBefore(d("2026-12-01")); start = start.plusDays(1)) {
                for (int n : new int[] {1, 2, 7, 15, 20, 40}) {
                    LocalDate due = CAL.addWorkingDays(start, n);
                    assertThat(CAL.isWorkingDay(due)).as("%s + %d = %s", start, n, due).isTrue();
                    assertThat(due).isAfter(start);
                    assertThat(CAL.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
                    // and it is the first such day: the day before has one working day fewer
                    assertThat(CAL.workingDaysBetween(start, due.minusDays(1))).isEqualTo(n - 1);
                }
            }
        }
    }

    @Nested
    @DisplayName("workingDaysBetween counts (a, b]")
    class WorkingDaysBetween {

        @Test
        void countsTheHalfOpenInterval() {
            // (Mon 03-02, Fri 03-06] = Tue..Fri
            assertThat(CAL.workingDaysBetween(d("2026-03-02"), d("2026-03-06"))).isEqualTo(4);
            // (Sun 03-01, Sun 03-08] = Mon..Fri
            assertThat(CAL.workingDaysBetween(d("2026-03-01"), d("2026-03-08"))).isEqualTo(5);
            // the 国庆 example in reverse
            assertThat(CAL.workingDaysBetween(d("2026-09-30"), d("2026-11-03"))).isEqualTo(20);
            // (Wed 09-30, Sun 10-11] = Sat 10-10 only
            assertThat(CAL.workingDaysBetween(d("2026-09-30"), d("2026-10-11"))).isEqualTo(3);
        }

        @Test
        void zeroWhenTheEndIsNotAfterTheStart() {
            assertThat(CAL.workingDaysBetween(d("2026-03-04"), d("2026-03-04"))).isZero();
            assertThat(CAL.workingDaysBetween(d("2026-03-10"), d("2026-03-02"))).isZero();
        }
    }

    @Nested
    @DisplayName("coverage: what is exact and what is provisional")
    class Coverage {

        /** A made-up 2027 notice: 元旦 2027-01-01 (Fri) off, plus 2026-12-28 (Mon) off to show its reach back. */
        static HolidaySchedule fake2027() {
            return new HolidaySchedule(2027,
                    Map.of(d("2027-01-01"), "元旦", d("2026-12-28"), "元旦"),
                    Map.of(d("2027-01-09"), "元旦"), List.of("test"));
        }

        @Test
        void loadedYearsAre2019To2026() {
            assertThat(CAL.loadedYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
            assertThat(CAL.schedule(2026)).isPresent();
            assertThat(CAL.schedule(2027)).isEmpty();
        }

        @Test
        @DisplayName("2027 is not loaded: weekends only, and not covered")
        void unloadedYearIsWeekendsOnly() {
            // Fri 2027-01-01 would be 元旦, but no notice is loaded: counted as a working day
            assertThat(CAL.isCovered(d("2027-01-01"))).isFalse();
            assertThat(CAL.isCovered(d("2027-03-01"))).isFalse();
            assertThat(CAL.isWorkingDay(d("2027-01-01"))).isTrue();
            assertThat(CAL.isWorkingDay(d("2027-01-02"))).isFalse();
            // Fri 01-01 + 5 = Fri 01-08 by weekends only
            assertThat(CAL.addWorkingDays(d("2027-01-01"), 5)).isEqualTo(d("2027-01-08"));
            assertThat(WorkingCalendar.weekendsOnly().loadedYears()).isEmpty();
            assertThat(WorkingCalendar.weekendsOnly().isWorkingDay(d("2026-10-01"))).isTrue();
            assertThat(WorkingCalendar.weekendsOnly().isCovered(d("2026-03-02"))).isFalse();
        }

        @Test
        @DisplayName("from 12-25 on a date needs next year's notice too (LATE_DECEMBER_DAY)")
        void lateDecemberNeedsNextYear() {
            assertThat(WorkingCalendar.LATE_DECEMBER_DAY).isEqualTo(25);
            assertThat(CAL.isCovered(d("2026-12-24"))).isTrue();
            assertThat(CAL.isCovered(d("2026-12-25"))).isFalse();
            assertThat(CAL.isCovered(d("2026-12-28"))).isFalse();
            // 2025's late December is covered: 2026 is loaded
            assertThat(CAL.isCovered(d("2025-12-28"))).isTrue();
            // a year before the first loaded notice is not covered, even where that notice names days
            assertThat(CAL.isCovered(d("2018-12-30"))).isFalse();
        }

        @Test
        @DisplayName("with a 2027 notice added, 2026-12-28 is covered and the notice's days apply")
        void addingNextYearCoversLateDecember() {
            List<HolidaySchedule> all = new ArrayList<>(BundledSchedules.load());
            all.add(fake2027());
            WorkingCalendar cal = new WorkingCalendar(all);
            assertThat(cal.isCovered(d("2026-12-28"))).isTrue();
            assertThat(cal.isCovered(d("2027-03-01"))).isTrue();
            assertThat(cal.isCovered(d("2027-12-25"))).as("2028 still missing").isFalse();
            assertThat(cal.isWorkingDay(d("2026-12-28"))).isFalse();
            assertThat(cal.isWorkingDay(d("2027-01-01"))).isFalse();
            assertThat(cal.isWorkingDay(d("2027-01-09"))).as("Sat made a working day").isTrue();
            assertThat(cal.holidayName(d("2026-12-28"))).contains("元旦");
            // without the 2027 notice the same Monday is an ordinary working day
            assertThat(CAL.isWorkingDay(d("2026-12-28"))).isTrue();
        }

        @Test
        @DisplayName("isCovered(from, to) looks at (from, to]")
        void rangeCoverage() {
            assertThat(CAL.isCovered(d("2026-12-01"), d("2026-12-24"))).isTrue();
            assertThat(CAL.isCovered(d("2026-12-01"), d("2026-12-25"))).isFalse();
            assertThat(CAL.isCovered(d("2026-12-24"), d("2027-01-10"))).isFalse();
            // empty ranges are covered, even in unloaded years
            assertThat(CAL.isCovered(d("2027-05-05"), d("2027-05-05"))).isTrue();
            assertThat(CAL.isCovered(d("2027-05-05"), d("2027-05-01"))).isTrue();
            // from itself is excluded: (2018-12-31, 2019-06-30] lies wholly in 2019
            assertThat(CAL.isCovered(d("2018-12-31"), d("2019-06-30"))).isTrue();
            assertThat(CAL.isCovered(d("2018-12-30"), d("2019-06-30"))).isFalse();
            // many years at once
            assertThat(CAL.isCovered(d("2019-01-01"), d("2026-12-24"))).isTrue();
        }

        @Test
        @DisplayName("isCovered(from, to) agrees with isCovered(d) for every d in (from, to]")
        void rangeCoverageAgreesWithDayCoverage() {
            List<HolidaySchedule> with2027 = new ArrayList<>(BundledSchedules.load());
            with2027.add(fake2027());
            for (WorkingCalendar cal : List.of(CAL, new WorkingCalendar(with2027))) {
                for (LocalDate from = d("2026-11-01"); from.isBefore(d("2028-01-10")); from = from.plusDays(3)) {
                    for (int len : new int[] {0, 1, 10, 30, 70}) {
                        LocalDate to = from.plusDays(len);
                        boolean each = true;
                        for (LocalDate x = from.plusDays(1); !x.isAfter(to); x = x.plusDays(1)) {
                            each &= cal.isCovered(x);
                        }
                        assertThat(cal.isCovered(from, to)).as("(%s, %s]", from, to).isEqualTo(each);
                    }
                }
            }
        }

        @Test
        void twoSchedulesForOneYearAreRejected() {
            List<HolidaySchedule> all = new ArrayList<>(BundledSchedules.load());
            all.add(new HolidaySchedule(2026, Map.of(), Map.of(), List.of()));
            assertThatThrownBy(() -> new WorkingCalendar(all)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void scheduleRejectsADayBothOffAndWorkingAndDaysOfOtherYears() {
            assertThatThrownBy(() -> new HolidaySchedule(2027, Map.of(d("2027-02-06"), "春节"),
                    Map.of(d("2027-02-06"), "春节"), List.of())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HolidaySchedule(2027, Map.of(d("2026-11-30"), "x"), Map.of(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HolidaySchedule(2027, Map.of(), Map.of(d("2028-01-01"), "x"), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new HolidaySchedule(1800, Map.of(), Map.of(), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            // the end of the previous December is allowed (元旦 arrangements)
            assertThat(new HolidaySchedule(2027, Map.of(d("2026-12-31"), "元旦"), Map.of(), List.of()).offDays())
                    .containsKey(d("2026-12-31"));
        }
    }

    @Nested
    @DisplayName("named days, for the explanation of a deadline")
    class NamedDays {

        @Test
        @DisplayName("(2026-09-30, 2026-11-03]: five weekdays of 国庆节 off, Sat 10-10 worked")
        void nationalDay2026() {
            assertThat(CAL.weekdaysOffBetween(d("2026-09-30"), d("2026-11-03"))).containsExactly(
                    new NamedDay(d("2026-10-01"), "国庆节", false),
                    new NamedDay(d("2026-10-02"), "国庆节", false),
                    new NamedDay(d("2026-10-05"), "国庆节", false),
                    new NamedDay(d("2026-10-06"), "国庆节", false),
                    new NamedDay(d("2026-10-07"), "国庆节", false));
            assertThat(CAL.weekendWorkDaysBetween(d("2026-09-30"), d("2026-11-03"))).containsExactly(
                    new NamedDay(d("2026-10-10"), "国庆节", true));
        }

        @Test
        @DisplayName("the interval is (from, to]: from excluded, to included")
        void halfOpen() {
            assertThat(CAL.weekdaysOffBetween(d("2026-10-01"), d("2026-10-05")))
                    .extracting(NamedDay::date).containsExactly(d("2026-10-02"), d("2026-10-05"));
            assertThat(CAL.weekendWorkDaysBetween(d("2026-10-10"), d("2026-10-31"))).isEmpty();
            assertThat(CAL.weekendWorkDaysBetween(d("2026-10-09"), d("2026-10-10"))).hasSize(1);
        }

        @Test
        @DisplayName("春节 2026: 02-16..20 and 02-23 off, Sat 02-14 and 02-28 worked; weekend days off are not listed")
        void springFestival2026() {
            assertThat(CAL.weekdaysOffBetween(d("2026-02-10"), d("2026-03-16")))
                    .extracting(NamedDay::date, NamedDay::holiday)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(d("2026-02-16"), "春节"),
                            org.assertj.core.groups.Tuple.tuple(d("2026-02-17"), "春节"),
                            org.assertj.core.groups.Tuple.tuple(d("2026-02-18"), "春节"),
                            org.assertj.core.groups.Tuple.tuple(d("2026-02-19"), "春节"),
                            org.assertj.core.groups.Tuple.tuple(d("2026-02-20"), "春节"),
                            org.assertj.core.groups.Tuple.tuple(d("2026-02-23"), "春节"));
            assertThat(CAL.weekendWorkDaysBetween(d("2026-02-10"), d("2026-03-16")))
                    .extracting(NamedDay::date).containsExactly(d("2026-02-14"), d("2026-02-28"));
        }

        @Test
        void holidayNames() {
            assertThat(CAL.holidayName(d("2026-02-17"))).contains("春节");
            assertThat(CAL.holidayName(d("2026-02-21"))).as("a weekend day off").contains("春节");
            assertThat(CAL.holidayName(d("2026-09-25"))).contains("中秋节");
            assertThat(CAL.holidayName(d("2026-10-10"))).as("a 调休 day carries its holiday").contains("国庆节");
            assertThat(CAL.holidayName(d("2025-10-08"))).contains("国庆节、中秋节");
            assertThat(CAL.holidayName(d("2026-04-06"))).contains("清明节");
            assertThat(CAL.holidayName(d("2026-06-19"))).contains("端午节");
            assertThat(CAL.holidayName(d("2026-05-01"))).contains("劳动节");
            assertThat(CAL.holidayName(d("2026-01-01"))).contains("元旦");
            assertThat(CAL.holidayName(d("2026-03-03"))).isEmpty();
            assertThat(CAL.holidayName(d("2026-03-07"))).as("an ordinary Saturday").isEmpty();
        }
    }
}
