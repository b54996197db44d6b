package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.ScheduleChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * /api/v1/calendar: public reading and counting, county-only changes. 2030 is this class's own year;
 * its row is removed after each test (the change log stays, as it would in production), so tests that
 * expect later years to be provisional are not affected.
 */
class CalendarApiTest extends ApiTestBase {

    static final int YEAR = 2030;
    static final String SOURCE = "https://www.gov.cn/zhengce/content/2029-11/test.htm";
    /** 2030-01-01 is a Tuesday; 春节 Saturday 02-02 to Friday 02-08, made up on Saturdays 01-26 and 02-09. */
    static final String OFF = "2030-01-01 元旦\n2030-02-02~2030-02-08 春节";
    static final String WORK = "2030-01-26 春节\n2030-02-09 春节";

    @Autowired
    HolidayCalendar calendar;

    @AfterEach
    void removeTestYear() {
        jdbc.sql("DELETE FROM holiday_schedule WHERE schedule_year = ?").param(YEAR).update();
        calendar.reload();
    }

    Map<String, Object> schedule(String off, String work) {
        return json("offDays", off, "workDays", work, "sources", SOURCE, "note", "接口测试");
    }

    List<ScheduleChange> changes() {
        return calendar.changes(YEAR);
    }

    static List<String> dates(JsonNode days) {
        return days.valueStream().map(d -> d.path("date").asString()).toList();
    }

    @Test
    void anyone_reads_the_loaded_years_and_a_years_days() {
        List<JsonNode> years = api.get("/api/v1/calendar", null).list();
        assertThat(years).extracting(y -> y.path("year").asInt()).containsSequence(2019, 2020, 2021, 2022, 2023, 2024,
                2025, 2026);
        JsonNode y2026 = years.stream().filter(y -> y.path("year").asInt() == 2026).findFirst().orElseThrow();
        assertThat(y2026.path("weekdaysOff").asInt()).isEqualTo(19);
        assertThat(y2026.path("weekendsWorked").asInt()).isEqualTo(6);
        assertThat(y2026.has("updatedBy")).as("officers' account names are not public").isFalse();

        Api.Response r = api.get("/api/v1/calendar/2026", null);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode s = r.json();
        assertThat(s.path("loaded").asBoolean()).isTrue();
        assertThat(dates(s.path("offDays"))).contains("2026-10-01", "2026-10-07").doesNotContain("2026-10-10");
        assertThat(dates(s.path("workDays"))).containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
                "2026-09-20", "2026-10-10");
        assertThat(s.path("offDays").valueStream().filter(d -> d.path("date").asString().equals("2026-10-01")).findFirst()
                .orElseThrow().path("holiday").asString()).isEqualTo("国庆节");
        assertThat(s.path("sources").get(0).asString()).startsWith("https://www.gov.cn/");

        JsonNode missing = api.get("/api/v1/calendar/" + YEAR, null).json();
        assertThat(missing.path("loaded").asBoolean()).isFalse();
        assertThat(missing.path("offDays").size()).isZero();
    }

    @Test
    void working_days_skip_the_holidays_and_count_the_make_up_days() {
        // 2026-09-30 (Wed) + 20: 10-01…10-07 off, 10-08 (1), 10-09 (2), Saturday 10-10 调休 (3), 10-12…10-16 (8),
        // 10-19…10-23 (13), 10-26…10-30 (18), 11-02 (19), 11-03 (20)
        Api.Response r = api.get("/api/v1/calendar/working-days?from=2026-09-30&days=20", null);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode n = r.json();
        assertThat(n.path("from").asString()).isEqualTo("2026-09-30");
        assertThat(n.path("days").asInt()).isEqualTo(20);
        assertThat(n.path("date").asString()).isEqualTo("2026-11-03");
        assertThat(n.path("provisional").asBoolean()).isFalse();
        assertThat(dates(n.path("holidaysSkipped"))).containsExactly("2026-10-01", "2026-10-02", "2026-10-05",
                "2026-10-06", "2026-10-07");
        assertThat(dates(n.path("weekendsWorked"))).containsExactly("2026-10-10");

        // 2026-12-20 (Sun) + 20 with 2027 not loaded, weekends only: 12-21…12-25 (5), 12-28…12-31 (9),
        // Friday 2027-01-01 counted (10), 01-04…01-08 (15), 01-11…01-15 (20)
        JsonNode december = api.get("/api/v1/calendar/working-days?from=2026-12-20&days=20", null).json();
        assertThat(december.path("date").asString()).isEqualTo("2027-01-15");
        assertThat(december.path("provisional").asBoolean()).isTrue();

        assertBadField(api.get("/api/v1/calendar/working-days?from=2026-13-01&days=5", null), "from");
        assertBadField(api.get("/api/v1/calendar/working-days?from=2026-09-30&days=-1", null), "days");
        assertBadField(api.get("/api/v1/calendar/working-days?from=2026-09-30&days=abc", null), "days");
        assertBadField(api.get("/api/v1/calendar/working-days?from=2026-09-30", null), "days");
    }

    @Test
    void the_county_adds_and_then_corrects_a_year() {
        int before = changes().size();
        LocalDate springFestivalMonday = LocalDate.of(YEAR, 2, 4);
        assertThat(calendar.current().isWorkingDay(springFestivalMonday)).isTrue();
        assertThat(calendar.current().isCovered(springFestivalMonday)).isFalse();

        Api.Response r = api.put("/api/v1/calendar/" + YEAR, schedule(OFF, WORK), adminToken());
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().path("loaded").asBoolean()).isTrue();
        assertThat(dates(r.json().path("offDays"))).containsExactly("2030-01-01", "2030-02-02", "2030-02-03",
                "2030-02-04", "2030-02-05", "2030-02-06", "2030-02-07", "2030-02-08");
        assertThat(dates(r.json().path("workDays"))).containsExactly("2030-01-26", "2030-02-09");
        assertThat(r.json().path("sources").get(0).asString()).isEqualTo(SOURCE);

        assertThat(calendar.current().isWorkingDay(springFestivalMonday)).isFalse();
        assertThat(calendar.current().isWorkingDay(LocalDate.of(YEAR, 2, 9))).isTrue();
        assertThat(calendar.current().isCovered(springFestivalMonday)).isTrue();
        assertThat(api.get("/api/v1/calendar/" + YEAR, null).json().path("loaded").asBoolean()).isTrue();
        assertThat(changes()).hasSize(before + 1);
        assertThat(changes().get(0)).extracting(ScheduleChange::kind, ScheduleChange::changedBy, ScheduleChange::note)
                .containsExactly("ADDED", ADMIN, "接口测试");

        // the notice is corrected: 春节 one day shorter, no make-up on 02-09
        Api.Response corrected = api.put("/api/v1/calendar/" + YEAR,
                schedule("2030-01-01 元旦\n2030-02-02~2030-02-07 春节", "2030-01-26 春节"), adminToken());
        assertThat(corrected.status()).as("%s", corrected).isEqualTo(200);
        assertThat(changes()).hasSize(before + 2);
        assertThat(changes().get(0).kind()).isEqualTo("CORRECTED");
        assertThat(calendar.current().isWorkingDay(LocalDate.of(YEAR, 2, 8))).isTrue();
        assertThat(calendar.current().isWorkingDay(LocalDate.of(YEAR, 2, 9))).isFalse();
    }

    @Test
    void bad_lines_are_refused_with_a_message_naming_the_line_and_nothing_is_saved() {
        int before = changes().size();
        Api.Response badDate = api.put("/api/v1/calendar/" + YEAR, schedule("2030-01-01 元旦\n2030-02-30 春节", WORK),
                adminToken());
        assertBadField(badDate, "offDays");
        assertThat(badDate.message()).contains("放假日期", "第2行", "“2030-02-30 春节”", "日期不存在");

        Api.Response unreadable = api.put("/api/v1/calendar/" + YEAR, schedule("abc\n" + OFF, WORK), adminToken());
        assertBadField(unreadable, "offDays");
        assertThat(unreadable.message()).contains("第1行", "“abc”", "无法识别");

        Api.Response weekday = api.put("/api/v1/calendar/" + YEAR, schedule(OFF, "2030-01-26 春节\n2030-02-11 春节"),
                adminToken());
        assertBadField(weekday, "workDays");
        assertThat(weekday.message()).contains("调休上班日期", "第2行", "“2030-02-11 春节”", "不是星期六或星期日");

        Api.Response wrongYear = api.put("/api/v1/calendar/" + YEAR, schedule("2031-01-01 元旦", ""), adminToken());
        assertBadField(wrongYear, "offDays");
        assertThat(wrongYear.message()).contains("不属于 2030 年");

        assertBadField(api.put("/api/v1/calendar/2018", schedule("2018-01-01 元旦", ""), adminToken()), "year");
        assertBadField(api.put("/api/v1/calendar/" + YEAR, json("offDays", OFF, "workDays", WORK), adminToken()), "sources");

        assertThat(api.get("/api/v1/calendar/" + YEAR, null).json().path("loaded").asBoolean()).isFalse();
        assertThat(calendar.schedule(YEAR)).isEmpty();
        assertThat(calendar.current().isWorkingDay(LocalDate.of(YEAR, 2, 4))).isTrue();
        assertThat(changes()).hasSize(before);
    }

    @Test
    void only_the_county_administrator_may_change_a_year() {
        Team t = team("日历接口局");
        assertError(api.put("/api/v1/calendar/" + YEAR, schedule(OFF, WORK), t.admin().token()), 403);
        assertError(api.put("/api/v1/calendar/" + YEAR, schedule(OFF, WORK), t.drafter().token()), 403);
        assertError(api.put("/api/v1/calendar/" + YEAR, schedule(OFF, WORK), null), 401);
        assertThat(calendar.schedule(YEAR)).isEmpty();
    }

    @Test
    void the_calendar_api_is_described_in_the_openapi_document() {
        JsonNode paths = api.get("/v3/api-docs", null).json().path("paths");
        assertThat(paths.has("/api/v1/calendar")).isTrue();
        assertThat(paths.has("/api/v1/calendar/working-days")).isTrue();
        JsonNode year = paths.path("/api/v1/calendar/{year}");
        assertThat(year.path("put").path("tags").get(0).asString()).isEqualTo("工作日历");
        assertThat(year.path("get").path("summary").asString()).containsPattern("\\p{IsHan}");
    }
}
