package org.gongkai.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 工作日历 pages of the back office: county administrator only; the form names the bad line and keeps the text. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalendarAdminPageTest {

    /** This class's own year; removed after each test so no other test sees it. */
    static final int YEAR = 2031;
    static final String SOURCE = "https://www.gov.cn/zhengce/content/2030-11/test.htm";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    HolidayCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestYear() {
        jdbc.sql("DELETE FROM holiday_schedule WHERE schedule_year = ?").param(YEAR).update();
        calendar.reload();
    }

    Officer countyAdmin() {
        return TestCounty.officer(county.user(county.county(), Role.COUNTY_ADMIN), county.county());
    }

    String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_county_administrator_sees_the_loaded_years_and_the_rules() throws Exception {
        String overview = page(get("/admin/calendar").with(as(countyAdmin())), 200);
        assertThat(overview).contains("工作日历", "计算规则", "暂定", "href=\"/admin/calendar/new\"",
                "href=\"/admin/calendar/2019\"", "href=\"/admin/calendar/2026\"", "system")
                .doesNotContain("href=\"/admin/calendar/" + YEAR + "\"");
        // 2026 counted by hand from the notice: 19 weekdays off (元旦 2, 春节 6, 清明 1, 劳动节 3, 端午 1, 中秋 1,
        // 国庆 5) and 6 weekends worked (01-04, 02-14, 02-28, 05-09, 09-20, 10-10)
        assertThat(overview).containsPattern("<th scope=\"row\">2026</th>\\s*<td class=\"num\">19 天</td>\\s*<td class=\"num\">6 天</td>");

        String year = page(get("/admin/calendar/2026").with(as(countyAdmin())), 200);
        assertThat(year).contains("2026 年放假安排", "2026-10-01~2026-10-07 国庆节", "2026-10-10 国庆节",
                "name=\"offDays\"", "name=\"workDays\"", "name=\"sources\"", "name=\"note\"", "内置",
                "<caption>10 月</caption>", "放假（国庆节）", "调休上班（国庆节）", "<details>");
        String nav = page(get("/admin").with(as(countyAdmin())), 200);
        assertThat(nav).contains("href=\"/admin/calendar\"");
        String empty = page(get("/admin/calendar/new").with(as(countyAdmin())), 200);
        assertThat(empty).contains("录入新年份的放假安排", "name=\"year\"", "id=\"year\"");
    }

    @Test
    void other_officers_are_refused_and_do_not_see_the_link() throws Exception {
        Agency a = county.department("日历页面局");
        Officer drafter = TestCounty.officer(county.user(a, Role.DRAFTER), a);
        Officer agencyAdmin = TestCounty.officer(county.user(a, Role.AGENCY_ADMIN), a);
        page(get("/admin/calendar").with(as(drafter)), 403);
        page(get("/admin/calendar/2026").with(as(drafter)), 403);
        page(get("/admin/calendar/new").with(as(agencyAdmin)), 403);
        page(post("/admin/calendar").with(csrf()).with(as(agencyAdmin)).param("year", Integer.toString(YEAR))
                .param("offDays", YEAR + "-01-01 元旦").param("sources", SOURCE), 403);
        assertThat(calendar.schedule(YEAR)).isEmpty();
        assertThat(page(get("/admin").with(as(drafter)), 200)).doesNotContain("href=\"/admin/calendar\"");
        // not signed in: the site chain sends to the login page
        mvc.perform(get("/admin/calendar")).andExpect(status().is3xxRedirection());
    }

    @Test
    void a_bad_line_re_shows_the_form_with_the_message_and_the_typed_text() throws Exception {
        long changesBefore = calendar.changes(YEAR).size();
        String off = YEAR + "-01-01 元旦\n" + YEAR + "-02-30 春节";
        String bad = page(post("/admin/calendar").with(csrf()).with(as(countyAdmin())).param("year", Integer.toString(YEAR))
                .param("offDays", off).param("workDays", YEAR + "-01-25 春节").param("sources", SOURCE)
                .param("note", "录入测试"), 400);
        assertThat(bad).contains("放假日期：第2行“" + YEAR + "-02-30 春节”中的日期不存在", "id=\"offDays-error\"",
                "href=\"#offDays\"", YEAR + "-01-01 元旦\n" + YEAR + "-02-30 春节</textarea>",
                YEAR + "-01-25 春节</textarea>", SOURCE + "</textarea>", "value=\"录入测试\"");
        assertThat(calendar.schedule(YEAR)).isEmpty();
        assertThat(calendar.changes(YEAR)).hasSize((int) changesBefore);

        String badYear = page(post("/admin/calendar").with(csrf()).with(as(countyAdmin())).param("year", "20三一")
                .param("offDays", off).param("sources", SOURCE), 400);
        assertThat(badYear).contains("年份：“20三一”不是有效的年份", "value=\"20三一\"", "id=\"year-error\"");

        String noSources = page(post("/admin/calendar").with(csrf()).with(as(countyAdmin())).param("year", Integer.toString(YEAR))
                .param("offDays", YEAR + "-01-01 元旦").param("sources", "  "), 400);
        assertThat(noSources).contains("通知来源：请填写通知来源");
    }

    @Test
    void a_good_form_saves_the_year_and_shows_it_with_its_history() throws Exception {
        mvc.perform(post("/admin/calendar").with(csrf()).with(as(countyAdmin())).param("year", Integer.toString(YEAR))
                        .param("offDays", YEAR + "-01-01 元旦\n" + YEAR + "-02-01 ~ " + YEAR + "-02-07 春节")
                        .param("workDays", YEAR + "-01-26 春节\n" + YEAR + "-02-08 春节").param("sources", SOURCE)
                        .param("note", "按国办通知录入"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/calendar/" + YEAR))
                .andExpect(flash().attribute("notice", "已录入 " + YEAR + " 年的放假安排：工作日放假 6 天，周末调休上班 2 天。"));
        assertThat(calendar.current().isWorkingDay(LocalDate.of(YEAR, 2, 3))).isFalse();
        assertThat(calendar.current().isWorkingDay(LocalDate.of(YEAR, 2, 8))).isTrue();
        String shown = page(get("/admin/calendar/" + YEAR).with(as(countyAdmin())), 200);
        assertThat(shown).contains(YEAR + " 年放假安排", YEAR + "-02-01~" + YEAR + "-02-07 春节", "新增", "按国办通知录入",
                "放假（春节）", "调休上班（春节）");
    }
}
