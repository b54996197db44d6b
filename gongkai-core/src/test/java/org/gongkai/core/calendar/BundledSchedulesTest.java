package org.gongkai.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shipped schedules ({@code holidays-cn.json}) against the tables of regulations.md §8, year by year.
 * The expected days are typed in from the spec, not read from the JSON.
 */
class BundledSchedulesTest {

    static final Map<Integer, HolidaySchedule> BY_YEAR = BundledSchedules.load().stream()
            .collect(Collectors.toMap(HolidaySchedule::year, s -> s));

    /**
     * Days of {@code year} written as in the spec: "MM-DD", "MM-DD..MM-DD", or a full ISO date for the
     * previous December.
     */
    static TreeSet<LocalDate> days(int year, String spec) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (String part : spec.split(";")) {
            String[] ends = part.strip().split("\\.\\.");
            LocalDate from = date(year, ends[0]);
            LocalDate to = ends.length == 1 ? from : date(year, ends[1]);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                out.add(d);
            }
        }
        return out;
    }

    static LocalDate date(int year, String s) {
        return s.length() == 5 ? LocalDate.parse(year + "-" + s) : LocalDate.parse(s);
    }

    @Test
    @DisplayName("the eight notices 2019–2026 are loaded, each with its notice addresses")
    void eightYears() {
        List<HolidaySchedule> all = BundledSchedules.load();
        assertThat(all).extracting(HolidaySchedule::year)
                .containsExactlyInAnyOrder(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(all).allSatisfy(s -> assertThat(s.sources()).isNotEmpty()
                .allSatisfy(u -> assertThat(u).contains("gov.cn")));
        assertThat(BY_YEAR.get(2026).sources()).containsExactly(
                "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm");
        // 2019 and 2020 each had a second notice (劳动节 change; 春节 extension)
        assertThat(BY_YEAR.get(2019).sources()).hasSize(2);
        assertThat(BY_YEAR.get(2020).sources()).hasSize(2);
    }

    /** regulations.md §8, "Off days" and "Adjusted working days" per year. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2019 | 2018-12-30..2018-12-31; 01-01; 02-04..02-10; 04-05; 05-01..05-04; 06-07; 09-13; 10-01..10-07"
                    + " | 2018-12-29; 02-02; 02-03; 04-28; 05-05; 09-29; 10-12",
            // 2020: the dataset also lists Monday 02-03 as a work day (noted in the spec)
            "2020 | 01-01; 01-24..02-02; 04-04..04-06; 05-01..05-05; 06-25..06-27; 10-01..10-08"
                    + " | 01-19; 02-03; 04-26; 05-09; 06-28; 09-27; 10-10",
            "2021 | 01-01..01-03; 02-11..02-17; 04-03..04-05; 05-01..05-05; 06-12..06-14; 09-19..09-21; 10-01..10-07"
                    + " | 02-07; 02-20; 04-25; 05-08; 09-18; 09-26; 10-09",
            "2022 | 01-01..01-03; 01-31..02-06; 04-03..04-05; 04-30..05-04; 06-03..06-05; 09-10..09-12; 10-01..10-07"
                    + " | 01-29; 01-30; 04-02; 04-24; 05-07; 10-08; 10-09",
            "2023 | 2022-12-31; 01-01..01-02; 01-21..01-27; 04-05; 04-29..05-03; 06-22..06-24; 09-29..10-06"
                    + " | 01-28; 01-29; 04-23; 05-06; 06-25; 10-07; 10-08",
            "2024 | 01-01; 02-10..02-17; 04-04..04-06; 05-01..05-05; 06-10; 09-15..09-17; 10-01..10-07"
                    + " | 02-04; 02-18; 04-07; 04-28; 05-11; 09-14; 09-29; 10-12",
            "2025 | 01-01; 01-28..02-04; 04-04..04-06; 05-01..05-05; 05-31..06-02; 10-01..10-08"
                    + " | 01-26; 02-08; 04-27; 09-28; 10-11",
            "2026 | 01-01..01-03; 02-15..02-23; 04-04..04-06; 05-01..05-05; 06-19..06-21; 09-25..09-27; 10-01..10-07"
                    + " | 01-04; 02-14; 02-28; 05-09; 09-20; 10-10",
    })
    void matchesTheSpecTables(int year, String off, String work) {
        HolidaySchedule s = BY_YEAR.get(year);
        assertThat(new TreeSet<>(s.offDays().keySet())).isEqualTo(days(year, off));
        assertThat(new TreeSet<>(s.workDays().keySet())).isEqualTo(days(year, work));
    }

    @Test
    @DisplayName("2019's notice reaches back into 2018: 12-29 worked, 12-30/31 off, all 元旦")
    void nineteenIncludesLateDecember2018() {
        HolidaySchedule s = BY_YEAR.get(2019);
        assertThat(s.offDays()).containsEntry(LocalDate.parse("2018-12-30"), "元旦")
                .containsEntry(LocalDate.parse("2018-12-31"), "元旦")
                .containsEntry(LocalDate.parse("2019-01-01"), "元旦");
        assertThat(s.workDays()).containsEntry(LocalDate.parse("2018-12-29"), "元旦");
        assertThat(BY_YEAR.get(2023).offDays()).containsEntry(LocalDate.parse("2022-12-31"), "元旦");
    }

    @Test
    @DisplayName("every day carries the name of its holiday")
    void namesAttached() {
        for (HolidaySchedule s : BY_YEAR.values()) {
            assertThat(s.offDays().values()).as("off %d", s.year()).allSatisfy(n -> assertThat(n).isNotBlank());
            assertThat(s.workDays().values()).as("work %d", s.year()).allSatisfy(n -> assertThat(n).isNotBlank());
        }
        assertThat(BY_YEAR.get(2026).offDays()).containsEntry(LocalDate.parse("2026-02-17"), "春节")
                .containsEntry(LocalDate.parse("2026-10-01"), "国庆节")
                .containsEntry(LocalDate.parse("2026-09-25"), "中秋节");
        assertThat(BY_YEAR.get(2020).offDays()).containsEntry(LocalDate.parse("2020-02-01"), "春节");
        assertThat(BY_YEAR.get(2025).workDays()).containsEntry(LocalDate.parse("2025-10-11"), "国庆节、中秋节");
    }

    @Test
    @DisplayName("only 2020-02-03 is a weekday among the 调休 days")
    void onlyOneWeekdayWorkDay() {
        for (HolidaySchedule s : BY_YEAR.values()) {
            Map<LocalDate, String> weekdayWork = s.workDays().entrySet().stream()
                    .filter(e -> !HolidaySchedule.isWeekend(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (s.year() == 2020) {
                assertThat(weekdayWork).containsOnlyKeys(LocalDate.parse("2020-02-03"));
            } else {
                assertThat(weekdayWork).as("%d", s.year()).isEmpty();
            }
        }
    }

    @Test
    @DisplayName("parse: \"_source\" and other non-year keys are ignored; days missing from by_holiday get no name")
    void parseIgnoresNotes() {
        String json = """
                {
                  "_source": "a note, not a year",
                  "comment": {"off_days": ["2027-01-01"]},
                  "2027": {
                    "papers": ["https://example.org/2027"],
                    "off_days": ["2027-01-01", "2027-06-09"],
                    "adjusted_workdays": ["2027-01-09"],
                    "by_holiday": {"元旦": {"off": ["2027-01-01"], "work": ["2027-01-09"]}}
                  }
                }
                """;
        List<HolidaySchedule> parsed = BundledSchedules.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed).hasSize(1);
        HolidaySchedule s = parsed.get(0);
        assertThat(s.year()).isEqualTo(2027);
        assertThat(s.offDays()).containsOnly(Map.entry(LocalDate.parse("2027-01-01"), "元旦"),
                Map.entry(LocalDate.parse("2027-06-09"), ""));
        assertThat(s.workDays()).containsOnly(Map.entry(LocalDate.parse("2027-01-09"), "元旦"));
        assertThat(s.sources()).containsExactly("https://example.org/2027");
    }
}
