package org.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.core.calendar.WorkingCalendar;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The calendar service as other modules use it: seeded on first start, and changed only by the
 * county. 2031 is this class's own year (no other test depends on it) and is removed after each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HolidayCalendarTest {

    static final int YEAR = 2031;

    @Autowired
    HolidayCalendar calendar;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestYear() {
        jdbc.sql("DELETE FROM holiday_schedule WHERE schedule_year = ?").param(YEAR).update();
        calendar.reload();
    }

    @Test
    void the_bundled_years_are_seeded_on_start_and_count_holidays_and_make_up_days() {
        WorkingCalendar c = calendar.current();
        assertThat(c.loadedYears()).containsSequence(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(calendar.schedules()).extracting(ScheduleSummary::year)
                .containsSequence(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        // 2026 国庆节: Thursday 10-01 is off, Saturday 10-10 is a 调休 working day, an ordinary Saturday is not
        assertThat(c.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 10, 17))).isFalse();
        assertThat(c.holidayName(LocalDate.of(2026, 10, 1))).contains("国庆节");
        assertThat(c.isCovered(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(c.isCovered(LocalDate.of(2026, 12, 28))).as("late December waits for the 2027 notice").isFalse();
        assertThat(calendar.changes(2026)).anySatisfy(ch -> {
            assertThat(ch.kind()).isEqualTo("SEEDED");
            assertThat(ch.changedBy()).isEqualTo("system");
            assertThat(ch.offDays()).contains("2026-10-01~2026-10-07 国庆节");
        });
        ScheduleSummary s2026 = calendar.schedule(2026).orElseThrow();
        assertThat(s2026.weekendsWorked()).isEqualTo(6);
        assertThat(s2026.sources()).isNotEmpty();
    }

    @Test
    void only_the_county_administrator_may_change_a_year() {
        Agency a = county.department("日历越权局");
        Officer agencyAdmin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
        assertThatThrownBy(() -> calendar.save(YEAR, "2031-01-01 元旦", "", "https://www.gov.cn/", null, agencyAdmin))
                .isInstanceOf(ForbiddenException.class);
        assertThat(calendar.schedule(YEAR)).isEmpty();
    }

    @Test
    void a_weekday_listed_as_a_make_up_day_is_reported_with_its_line() {
        assertThatThrownBy(() -> calendar.save(YEAR, "2031-01-01 元旦", "2031-01-25 春节\n\n2031-01-29 春节",
                "https://www.gov.cn/", null, county.countyAdmin()))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("workDays");
                    assertThat(e.messageKey()).isEqualTo("calendar.problem.WORKDAY_NOT_WEEKEND");
                    assertThat(e.args()).containsExactly(3, "2031-01-29 春节", YEAR);
                });
    }

    @Test
    void reload_puts_a_direct_database_change_in_force() {
        LocalDate newYearsDay = LocalDate.of(YEAR, 1, 1);
        assertThat(calendar.current().isWorkingDay(newYearsDay)).isTrue();
        jdbc.sql("""
                INSERT INTO holiday_schedule (schedule_year, off_days, work_days, sources, updated_at, updated_by)
                VALUES (?, ?, '', 'https://www.gov.cn/', ?, 'restore')""")
                .params(YEAR, "2031-01-01 元旦\n", Timestamp.from(Instant.now())).update();
        assertThat(calendar.current().isWorkingDay(newYearsDay)).as("cached until reloaded").isTrue();
        calendar.reload();
        assertThat(calendar.current().isWorkingDay(newYearsDay)).isFalse();
        assertThat(calendar.current().loadedYears()).contains(YEAR);
    }
}
