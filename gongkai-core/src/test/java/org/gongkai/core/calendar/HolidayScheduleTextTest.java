package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.calendar.HolidayScheduleText.InvalidScheduleText;
import org.gongkai.core.calendar.HolidayScheduleText.LineProblem;
import org.gongkai.core.calendar.HolidayScheduleText.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text form an administrator types a year's notice in: one day or range per line, days off in one
 * field and 调休 working days in the other. Bad lines are reported all at once, by field and line number.
 */
class HolidayScheduleTextTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static List<LineProblem> problems(int year, String off, String work) {
        InvalidScheduleText e = catchThrowableOfType(() -> HolidayScheduleText.parse(year, off, work, List.of()),
                InvalidScheduleText.class);
        assertThat(e).as("parse should have failed").isNotNull();
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        return e.problems();
    }

    @Test
    @DisplayName("a range line names every day in it, ends included")
    void range() {
        HolidaySchedule s = HolidayScheduleText.parse(2027, "2027-02-06~2027-02-13 春节", "2027-02-14 春节",
                List.of("https://example.org/notice"));
        assertThat(s.year()).isEqualTo(2027);
        assertThat(s.offDays()).hasSize(8).containsEntry(d("2027-02-06"), "春节").containsEntry(d("2027-02-13"), "春节")
                .doesNotContainKey(d("2027-02-05")).doesNotContainKey(d("2027-02-14"));
        assertThat(s.workDays()).containsExactly(Map.entry(d("2027-02-14"), "春节"));
        assertThat(s.sources()).containsExactly("https://example.org/notice");
    }

    @Test
    @DisplayName("single days, spaces around the separator, ～ and 至, names with 、, no name at all")
    void variants() {
        String off = String.join("\n",
                "2027-01-01 元旦",
                "2027-04-03 ~ 2027-04-05 清明节",
                "2027-05-01～2027-05-02 劳动节",
                "2027-10-01至2027-10-03 国庆节、中秋节",
                "2027-06-09");
        HolidaySchedule s = HolidayScheduleText.parse(2027, off, "", List.of());
        assertThat(s.offDays()).hasSize(1 + 3 + 2 + 3 + 1)
                .containsEntry(d("2027-01-01"), "元旦")
                .containsEntry(d("2027-04-04"), "清明节")
                .containsEntry(d("2027-05-02"), "劳动节")
                .containsEntry(d("2027-10-03"), "国庆节、中秋节")
                .containsEntry(d("2027-06-09"), "");
        assertThat(s.workDays()).isEmpty();
    }

    @Test
    @DisplayName("comments (#) and blank lines are skipped; CRLF and surrounding spaces are fine")
    void commentsAndBlankLines() {
        String off = "# 国务院办公厅关于2027年部分节假日安排的通知\r\n\r\n   \r\n  2027-01-01 元旦  \r\n#2027-01-02 not read\r\n";
        HolidaySchedule s = HolidayScheduleText.parse(2027, off, null, List.of());
        assertThat(s.offDays()).containsExactly(Map.entry(d("2027-01-01"), "元旦"));
        assertThat(HolidayScheduleText.parse(2027, null, null, List.of()).offDays()).isEmpty();
    }

    @Test
    @DisplayName("the end of December before the notice's year belongs to it (2019's notice moved 2018-12-29..31)")
    void previousDecember() {
        HolidaySchedule s = HolidayScheduleText.parse(2019, "2018-12-30~2019-01-01 元旦", "2018-12-29 元旦", List.of());
        assertThat(s.offDays()).containsOnlyKeys(d("2018-12-30"), d("2018-12-31"), d("2019-01-01"));
        assertThat(s.workDays()).containsOnlyKeys(d("2018-12-29"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"春节 2027-02-06", "2027/02/06 春节", "27-02-06 春节", "2027-2-6 春节",
            "2027-02-06~ 春节", "2027-02-06~2027-02 春节",
            // a mistyped range end must not turn into a one-day entry named "~2027-2-13 春节"
            "2027-02-06~2027-2-13 春节", "2027-02-06 至 2027-2-13 春节"})
    void unreadable(String line) {
        assertThat(problems(2027, line, "")).containsExactly(new LineProblem("off", 1, line, Problem.UNREADABLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-30 春节", "2027-13-01", "2027-02-28~2027-02-29 春节", "2027-04-31"})
    void badDate(String line) {
        assertThat(problems(2027, line, "")).containsExactly(new LineProblem("off", 1, line, Problem.BAD_DATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-13~2027-02-06 春节", "2027-01-01~2027-03-01 太长"})
    void badRange(String line) {
        assertThat(problems(2027, line, "")).containsExactly(new LineProblem("off", 1, line, Problem.BAD_RANGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-01 国庆节", "2026-11-30", "2028-01-01 元旦", "2027-12-31~2028-01-01 元旦"})
    void wrongYear(String line) {
        assertThat(problems(2027, line, "")).containsExactly(new LineProblem("off", 1, line, Problem.WRONG_YEAR));
    }

    @Test
    @DisplayName("a day both off and working is refused, with the line of the working day")
    void bothOffAndWork() {
        assertThat(problems(2027, "2027-02-06~2027-02-13 春节", "# 调休\n2027-02-07 春节"))
                .containsExactly(new LineProblem("work", 2, "2027-02-07", Problem.BOTH_OFF_AND_WORK));
    }

    @Test
    @DisplayName("a 调休 working day must be a Saturday or Sunday (2027-02-15 is a Monday)")
    void workdayNotWeekend() {
        assertThat(d("2027-02-15").getDayOfWeek()).hasToString("MONDAY");
        assertThat(problems(2027, "", "2027-02-14 春节\n2027-02-15 春节"))
                .containsExactly(new LineProblem("work", 2, "2027-02-15", Problem.WORKDAY_NOT_WEEKEND));
    }

    @Test
    @DisplayName("every bad line is reported at once, by field and 1-based line number, good ones are not")
    void everyProblemAtOnce() {
        String off = String.join("\n",
                "# 2027",                        // 1
                "2027-01-01 元旦",               // 2 fine
                "春节",                           // 3 unreadable
                "",                              // 4
                "2027-02-30 春节",               // 5 bad date
                "2027-02-13~2027-02-06 春节",    // 6 bad range
                "2026-10-01 国庆节",             // 7 wrong year
                "2027-10-01~2027-10-07 国庆节"); // 8 fine
        String work = String.join("\n",
                "2027-10-09 国庆节",             // 1 Sat, fine
                "x",                             // 2 unreadable
                "2027-10-02 国庆节",             // 3 Sat but also off
                "2027-10-08 国庆节");            // 4 Friday
        assertThat(problems(2027, off, work))
                .extracting(LineProblem::field, LineProblem::line, LineProblem::problem)
                .containsExactly(
                        tuple("off", 3, Problem.UNREADABLE),
                        tuple("off", 5, Problem.BAD_DATE),
                        tuple("off", 6, Problem.BAD_RANGE),
                        tuple("off", 7, Problem.WRONG_YEAR),
                        tuple("work", 2, Problem.UNREADABLE),
                        tuple("work", 3, Problem.BOTH_OFF_AND_WORK),
                        tuple("work", 4, Problem.WORKDAY_NOT_WEEKEND));
        assertThat(problems(2027, off, work).get(0).text()).isEqualTo("春节");
    }

    @Test
    @DisplayName("format: consecutive days of one holiday become one range; gaps and other names split")
    void format() {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        days.put(d("2027-10-03"), "国庆节");
        days.put(d("2027-10-01"), "国庆节");
        days.put(d("2027-10-02"), "国庆节");
        days.put(d("2027-10-04"), "中秋节");
        days.put(d("2027-10-06"), "中秋节");
        days.put(d("2027-06-09"), "");
        assertThat(HolidayScheduleText.format(days)).isEqualTo(
                "2027-06-09\n"
                        + "2027-10-01~2027-10-03 国庆节\n"
                        + "2027-10-04 中秋节\n"
                        + "2027-10-06 中秋节\n");
        assertThat(HolidayScheduleText.format(Map.of())).isEmpty();
    }

    @Test
    @DisplayName("format of the bundled 2026 schedule reads like the notice (regulations.md §8)")
    void format2026() {
        HolidaySchedule s2026 = BundledSchedules.load().stream().filter(s -> s.year() == 2026).findFirst().orElseThrow();
        assertThat(HolidayScheduleText.format(s2026.offDays())).isEqualTo("""
                2026-01-01~2026-01-03 元旦
                2026-02-15~2026-02-23 春节
                2026-04-04~2026-04-06 清明节
                2026-05-01~2026-05-05 劳动节
                2026-06-19~2026-06-21 端午节
                2026-09-25~2026-09-27 中秋节
                2026-10-01~2026-10-07 国庆节
                """);
        assertThat(HolidayScheduleText.format(s2026.workDays())).isEqualTo("""
                2026-01-04 元旦
                2026-02-14 春节
                2026-02-28 春节
                2026-05-09 劳动节
                2026-09-20 国庆节
                2026-10-10 国庆节
                """);
    }

    @Test
    @DisplayName("parse(format(x)) == x for every bundled schedule 2019–2026 (调休 days: weekends only)")
    void roundTripOfEveryBundledSchedule() {
        List<HolidaySchedule> bundled = BundledSchedules.load();
        assertThat(bundled).hasSize(8);
        for (HolidaySchedule s : bundled) {
            HolidaySchedule back = HolidayScheduleText.parse(s.year(), HolidayScheduleText.format(s.offDays()),
                    HolidayScheduleText.format(s.weekendWorkDays()), s.sources());
            assertThat(back.offDays()).as("off days of %d", s.year()).isEqualTo(s.offDays());
            assertThat(back.workDays()).as("work days of %d", s.year()).isEqualTo(s.weekendWorkDays());
            assertThat(back.sources()).isEqualTo(s.sources());
        }
    }

    @Test
    @DisplayName("2020's dataset lists Monday 2020-02-03 as a work day: the text form refuses it")
    void weekdayWorkDayOf2020IsRefusedByTheText() {
        HolidaySchedule s2020 = BundledSchedules.load().stream().filter(s -> s.year() == 2020).findFirst().orElseThrow();
        assertThat(s2020.workDays()).containsKey(d("2020-02-03"));
        assertThat(s2020.weekendWorkDays()).doesNotContainKey(d("2020-02-03")).hasSize(6);
        assertThatThrownBy(() -> HolidayScheduleText.parse(2020, HolidayScheduleText.format(s2020.offDays()),
                HolidayScheduleText.format(s2020.workDays()), List.of()))
                .isInstanceOfSatisfying(InvalidScheduleText.class, e -> assertThat(e.problems())
                        .extracting(LineProblem::text, LineProblem::problem)
                        .containsExactly(tuple("2020-02-03", Problem.WORKDAY_NOT_WEEKEND)));
    }
}
