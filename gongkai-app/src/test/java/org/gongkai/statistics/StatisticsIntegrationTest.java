package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.ImportedItem;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemImporter;
import org.gongkai.catalog.Signatories;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.review.Role;
import org.gongkai.core.review.Validity;
import org.gongkai.platform.ClockConfig;
import org.gongkai.request.Applicant;
import org.gongkai.request.NewRequest;
import org.gongkai.request.RequestCommand;
import org.gongkai.request.RequestService;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The statistics on real data: a department with items imported with their real dates and requests
 * registered and answered through the request module, on whichever database the suite runs. Every
 * expected working-day figure is counted by hand from the 2026 notice: 元旦 01-01…03 off, 01-04 (Sun)
 * worked; 春节 02-15…23 off, 02-14 (Sat) and 02-28 (Sat) worked; 中秋 09-25…27 off; 国庆 10-01…07 off,
 * 09-20 (Sun) and 10-10 (Sat) worked. Other tests share the database, so county-wide figures are only
 * compared between this test's own agencies.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StatisticsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    ItemImporter importer;
    @Autowired
    RequestService requests;
    @Autowired
    StatisticsService statistics;
    @Autowired
    RankingService ranking;

    TestCounty.Chain chain;
    Agency agency;
    Officer handler;
    Officer admin;
    List<Long> itemIds;

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeEach
    void departmentWithItemsAndRequests() {
        chain = county.chain("统计局");
        agency = chain.agency();
        handler = TestCounty.officer(county.user(agency, Role.REQUEST_OFFICER), agency);
        admin = county.countyAdmin();
        itemIds = importItems(chain, List.of(
                // written, published, category
                new String[] {"2026-03-02", "2026-03-05", "TZGG", "三月通知"},       // 3 working days: on time
                new String[] {"2026-03-10", "2026-03-20", "TZGG", "三月公告"},       // on time
                new String[] {"2026-09-01", "2026-10-09", "GZDT", "国庆后才发的动态"}, // 23 working days: late
                new String[] {"2026-01-05", "2026-02-27", "ZCWJ", "春节后才发的文件"}, // 34 working days: late
                new String[] {null, "2026-06-10", "GZDT", "没有成文日期的动态"},      // cannot be judged
                new String[] {"2026-01-28", "2026-02-26", "TZGG", "跨春节的通知"},    // 29 calendar but 16 working days
                new String[] {"2025-12-01", "2025-12-30", "TZGG", "去年发布的通知"})); // another year

        // R1: 03-02 → 03-16, GRANTED: (03-02, 03-16] = 10 working days, 14 calendar days, due 03-30
        reply(register(d("2026-03-02")), d("2026-03-16"), ReplyType.GRANTED);
        // R2: 09-01 → 10-09, PARTIALLY_GRANTED: 23 working days, 38 calendar days, after its due date 09-29
        reply(register(d("2026-09-01")), d("2026-10-09"), ReplyType.PARTIALLY_GRANTED);
        // R3: received 10-12, unanswered; due 11-09 (20 working days), so overdue from 11-10 on
        register(d("2026-10-12"));
        // R4: received today, open and not yet due
        register(statistics.today());
    }

    List<Long> importItems(TestCounty.Chain c, List<String[]> rows) {
        List<ImportedItem> batch = new ArrayList<>();
        for (String[] r : rows) {
            LocalDate written = r[0] == null ? null : d(r[0]);
            batch.add(new ImportedItem(c.agency().code(), new ItemDraft(r[2], r[3], null, written, null, "通知", false,
                    null, null, null, null, "概述", "<p>正文</p>", null), d(r[1]), Validity.VALID, null, null));
        }
        Signatories s = new Signatories(c.drafter().id(), c.drafter().displayName(), c.reviewer().id(),
                c.reviewer().displayName(), c.confidentialityReviewer().id(), c.confidentialityReviewer().displayName(),
                c.signer().id(), c.signer().displayName());
        return importer.importPublished(batch, code -> s);
    }

    String register(LocalDate on) {
        return requests.register(new NewRequest(agency.code(), Channel.IN_PERSON, on, null,
                new Applicant(ApplicantType.NATURAL_PERSON, "赵统计", "ID_CARD", "11010519491231002X", null, null,
                        "13912345678", null, "青山县北街3号", "330900"),
                "本局2025年度部门预算执行情况", null, "PAPER", "POST"), handler).request().trackingNo();
    }

    void reply(String trackingNo, LocalDate on, ReplyType type) {
        requests.act(trackingNo, new RequestCommand(RequestAction.REPLY, on, null, null, null, type, null, null, null,
                null, null, null, null), handler);
    }

    String body(RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("Items by category and month; requests received, replied, open, overdue; reply times in working and calendar days")
    void dashboardNumbers() {
        AgencyStatistics s = statistics.statistics(statistics.scope(chain.drafter(), null), 2026);
        assertThat(s.scope().agencyId()).isEqualTo(agency.id());

        assertThat(s.items().total()).isEqualTo(6);
        assertThat(s.items().byMonth()).containsExactly(0, 2, 2, 0, 0, 1, 0, 0, 0, 1, 0, 0);
        assertThat(s.items().categories()).extracting(AgencyStatistics.CategoryRow::code)
                .containsExactly("ZCWJ", "TZGG", "GZDT"); // the catalogue's order
        assertThat(s.items().categories().get(1).byMonth()).containsExactly(0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(s.items().categories().get(1).total()).isEqualTo(3);
        assertThat(s.items().categories().get(1).name()).isEqualTo("通知公告");

        AgencyStatistics.Requests r = s.requests();
        boolean todayIn2026 = statistics.today().getYear() == 2026;
        assertThat(r.receivedByMonth()[2]).isEqualTo(1);
        assertThat(r.receivedByMonth()[8]).isEqualTo(1);
        assertThat(r.receivedByMonth()[9]).isEqualTo(1);
        assertThat(r.received()).isEqualTo(todayIn2026 ? 4 : 3);
        assertThat(r.repliedByMonth()).containsExactly(0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(r.replied()).isEqualTo(2);
        assertThat(r.repliedOnTime()).as("R2 replied 10-09, after its due date 09-29").isEqualTo(1);
        assertThat(r.openNow()).isEqualTo(2);
        assertThat(r.overdueNow()).as("R3, due 11-09").isEqualTo(1);
        assertThat(r.replyTypes()).containsEntry(ReplyType.GRANTED, 1L).containsEntry(ReplyType.PARTIALLY_GRANTED, 1L)
                .containsEntry(ReplyType.WITHHELD, 0L);
        assertThat(r.averageWorkingDays()).isEqualTo(16.5);   // (10 + 23) / 2
        assertThat(r.longestWorkingDays()).isEqualTo(23);
        assertThat(r.averageCalendarDays()).isEqualTo(26.0);  // (14 + 38) / 2
        assertThat(r.longestCalendarDays()).isEqualTo(38);
    }

    @Test
    @DisplayName("条例第二十六条: late = more than 20 working days from 成文日期, holidays and 调休 counted; worst first")
    void proactiveTimeliness() {
        AgencyStatistics.Timeliness t = statistics.statistics(statistics.scope(chain.drafter(), null), 2026).timeliness();
        assertThat(t.published()).isEqualTo(6);
        assertThat(t.withoutWrittenOn()).isEqualTo(1);
        assertThat(t.assessed()).isEqualTo(5);
        assertThat(t.late()).isEqualTo(2);
        assertThat(t.onTimePercent()).isEqualTo(60.0);
        assertThat(t.lateItems()).extracting(AgencyStatistics.LateItem::title, AgencyStatistics.LateItem::workingDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("春节后才发的文件", 34),
                        org.assertj.core.groups.Tuple.tuple("国庆后才发的动态", 23));
        assertThat(t.lateItems().get(0).id()).isEqualTo(itemIds.get(3));
    }

    @Test
    @DisplayName("The page shows the numbers, accessible SVG charts and tables, links to late items; CSV has BOM, Chinese header, rows")
    void pageAndCsv() throws Exception {
        String html = body(get("/admin/statistics").param("year", "2026").with(as(chain.drafter())), 200);
        assertThat(html).contains(agency.name() + " 2026 年统计");
        assertThat(html).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "role=\"img\"",
                "aria-labelledby=\"chart-items-month-title chart-items-month-desc\"",
                "<title id=\"chart-items-month-title\">" + agency.name() + " 2026 年各月主动公开信息数</title>",
                "全年合计 6 条");
        assertThat(html).contains("<caption>按栏目和月份统计的发布信息条数</caption>");
        // each request chart with its table and CSV (statistics/parts :: charted), the year chosen in the filter
        assertThat(html).contains("id=\"table-requests\"", "id=\"table-reply-types\"",
                "/admin/statistics/requests.csv?", "/admin/statistics/reply-types.csv?",
                "<option value=\"2026\" selected=\"selected\">2026</option>");
        assertThat(html).contains("<figcaption class=\"chart-title\" aria-hidden=\"true\">" + agency.name()
                + " 2026 年答复类型</figcaption>");
        assertThat(html).contains("href=\"/admin/items/" + itemIds.get(3) + "\"", "春节后才发的文件");
        assertThat(html).doesNotContain("跨春节的通知"); // on time: not in the late list
        assertThat(html).contains("href=\"/admin/statistics/items.csv?agency=" + agency.code() + "&amp;year=2026\"");
        assertThat(html).contains("aria-current=\"page\"").contains(">统计</a>");

        MvcResult csv = mvc.perform(get("/admin/statistics/items.csv").param("year", "2026").with(as(chain.drafter())))
                .andExpect(status().isOk()).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("栏目,1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月,合计");
        assertThat(lines).contains("通知公告,0,1,2,0,0,0,0,0,0,0,0,0,3", "合计,0,2,2,0,0,1,0,0,0,1,0,0,6");

        String late = new String(mvc.perform(get("/admin/statistics/late-items.csv").param("year", "2026")
                .with(as(chain.drafter()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(late).startsWith("\uFEFF标题,索引号,成文日期,发布日期,成文至发布（工作日）\r\n")
                .contains("春节后才发的文件,").contains(",2026-01-05,2026-02-27,34\r\n");

        String summary = new String(mvc.perform(get("/admin/statistics/request-summary.csv").param("year", "2026")
                .with(as(chain.drafter()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(summary).contains("平均答复用时（工作日）,16.5\r\n", "最长答复用时（自然日）,38\r\n",
                "目前已逾期未答复（件）,1\r\n", "按期答复率（%）,50.0\r\n");

        assertThat(body(get("/admin/statistics/nonsense.csv").with(as(chain.drafter())), 404)).contains("nonsense");
        assertThat(body(get("/admin/statistics").param("year", "2018").with(as(chain.drafter())), 400)).contains("年度应在 2019 年至");
    }

    @Test
    @DisplayName("A drafter sees only their agency; ranking, reports and weights are the county's (403 for others)")
    void access() throws Exception {
        Agency other = county.department("别的统计局");
        Officer drafter = chain.drafter();
        assertThat(body(get("/admin/statistics").param("agency", other.code()).with(as(drafter)), 403))
                .contains("只能查看本单位的统计");
        body(get("/admin/statistics/items.csv").param("agency", other.code()).with(as(drafter)), 403);
        body(get("/admin/statistics/ranking").with(as(drafter)), 403);
        body(get("/admin/statistics/ranking.csv").with(as(drafter)), 403);
        body(get("/admin/statistics/reports").with(as(drafter)), 403);
        body(get("/admin/statistics/reports.csv").with(as(drafter)), 403);
        body(post("/admin/statistics/ranking/weights").param("weight-ITEMS_PUBLISHED", "100").with(csrf()).with(as(drafter)), 403);
        // the page of one's own agency offers no agency picker
        assertThat(body(get("/admin/statistics").with(as(drafter)), 200)).doesNotContain("id=\"agency\"")
                .doesNotContain("/admin/statistics/ranking");
        // the county administrator: the county by default, any agency on request
        String countyPage = body(get("/admin/statistics").param("year", "2026").with(as(admin)), 200);
        assertThat(countyPage).contains("全县 2026 年统计", "id=\"agency\"", "/admin/statistics/ranking");
        assertThat(body(get("/admin/statistics").param("agency", agency.code()).param("year", "2026").with(as(admin)), 200))
                .contains(agency.name() + " 2026 年统计");
        assertThat(body(get("/admin/statistics").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.anonymous()), 302)).isEmpty();
    }

    @Test
    @DisplayName("晾晒: the order follows the weights; equal scores share a rank; invalid weights are refused with the form re-shown")
    void rankingUnderTwoWeightings() throws Exception {
        TestCounty.Chain small = county.chain("小统计局");
        importItems(small, List.<String[]>of(new String[] {"2026-04-01", "2026-04-02", "TZGG", "小局通知"}));
        Agency idle = county.department("无信息局");
        RankingWeights before = ranking.weights();
        try {
            Map<Indicator, String> byCount = weights(100, 0, 0, 0, 0);
            ranking.saveWeights(byCount, admin);
            List<Ranking.Row> rows = mine(ranking.ranking(2026, admin), agency, small.agency(), idle);
            assertThat(rows).extracting(r -> r.indicators().agency().id())
                    .containsExactly(agency.id(), small.agency().id(), idle.id());
            assertThat(rows.get(0).rank()).isLessThan(rows.get(1).rank());
            assertThat(rows.get(1).rank()).isLessThan(rows.get(2).rank());
            assertThat(rows.get(2).score()).isZero();
            assertThat(rows.get(0).indicators().itemsPublished()).isEqualTo(6);
            assertThat(rows.get(0).indicators().itemsOnTimePercent()).isEqualTo(60.0);
            assertThat(rows.get(0).indicators().requestsOnTimePercent()).isEqualTo(50.0);
            assertThat(rows.get(0).indicators().overdueNow()).isEqualTo(1);

            // the same through the form: timeliness only → the small agency and the idle one (nothing to judge) tie above
            String saved = mvc.perform(post("/admin/statistics/ranking/weights").param("year", "2026")
                            .param("weight-ITEMS_PUBLISHED", "0").param("weight-ITEMS_ON_TIME", "100")
                            .param("weight-REQUESTS_ON_TIME", "0").param("weight-REQUESTS_OVERDUE", "0")
                            .param("weight-REPORT_ON_TIME", " 0 ").with(csrf()).with(as(admin)))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            assertThat(saved).isEqualTo("/admin/statistics/ranking?year=2026");
            rows = mine(ranking.ranking(2026, admin), agency, small.agency(), idle);
            assertThat(rows).extracting(r -> r.indicators().agency().id()).endsWith(agency.id());
            assertThat(rows.get(0).rank()).isEqualTo(rows.get(1).rank());
            assertThat(rows.get(0).score()).isEqualTo(100.0);
            assertThat(rows.get(2).score()).isEqualTo(60.0);
            assertThat(rows.get(2).rank()).isGreaterThan(rows.get(0).rank());

            String page = body(get("/admin/statistics/ranking").param("year", "2026").with(as(admin)), 200);
            assertThat(page).contains("2026 年度政务公开综合排名", agency.name(), "role=\"img\"",
                    "name=\"weight-ITEMS_ON_TIME\"", "value=\"100\"");
            String csv = new String(mvc.perform(get("/admin/statistics/ranking.csv").param("year", "2026").with(as(admin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF名次,单位,发布信息（条）,及时公开率（%）");
            assertThat(csv).containsPattern("\r\n\\d+," + agency.name() + ",6,60.0,50.0,1,");

            // refused: out of range, not a number, missing, all zero — nothing saved, the form shows what was typed
            String bad = body(post("/admin/statistics/ranking/weights").param("year", "2026")
                    .param("weight-ITEMS_PUBLISHED", "10").param("weight-ITEMS_ON_TIME", "101")
                    .param("weight-REQUESTS_ON_TIME", "5").param("weight-REQUESTS_OVERDUE", "5")
                    .param("weight-REPORT_ON_TIME", "5").with(csrf()).with(as(admin)), 400);
            assertThat(bad).contains("“主动公开及时率”的权重：权重应为 0 至 100 之间的整数。", "value=\"101\"",
                    "aria-invalid=\"true\"", "id=\"weight-ITEMS_ON_TIME-error\"");
            assertThat(body(post("/admin/statistics/ranking/weights").param("weight-ITEMS_PUBLISHED", "二十")
                    .param("weight-ITEMS_ON_TIME", "1").param("weight-REQUESTS_ON_TIME", "1")
                    .param("weight-REQUESTS_OVERDUE", "1").param("weight-REPORT_ON_TIME", "1.5")
                    .with(csrf()).with(as(admin)), 400)).contains("“主动公开数量”的权重：权重应为 0 至 100 之间的整数。");
            assertThat(body(post("/admin/statistics/ranking/weights").param("weight-ITEMS_PUBLISHED", "1")
                    .with(csrf()).with(as(admin)), 400)).contains("“主动公开及时率”的权重：请填写权重。");
            assertThat(body(post("/admin/statistics/ranking/weights").param("weight-ITEMS_PUBLISHED", "0")
                    .param("weight-ITEMS_ON_TIME", "0").param("weight-REQUESTS_ON_TIME", "0")
                    .param("weight-REQUESTS_OVERDUE", "0").param("weight-REPORT_ON_TIME", "-0")
                    .with(csrf()).with(as(admin)), 400)).contains("至少要有一项指标的权重大于 0。");
            assertThat(ranking.weights().weights()).containsEntry(Indicator.ITEMS_ON_TIME, 100)
                    .containsEntry(Indicator.ITEMS_PUBLISHED, 0);
        } finally {
            Map<Indicator, String> restore = new EnumMap<>(Indicator.class);
            before.weights().forEach((i, v) -> restore.put(i, Integer.toString(v)));
            ranking.saveWeights(restore, admin);
        }
    }

    @Test
    @DisplayName("Annual reports: without the report module every agency is 'not started'; past the statutory date, late")
    void reportStatus() throws Exception {
        String page = body(get("/admin/statistics/reports").param("year", "2025").with(as(admin)), 200);
        assertThat(page).contains("2025 年度政府信息公开工作年度报告情况", agency.name(), "未开始");
        assertThat(page).containsPattern("<td class=\"overdue\">\\s*<span>逾期未公开</span>");
        String csv = new String(mvc.perform(get("/admin/statistics/reports.csv").param("year", "2025").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF单位,类别,年报状态,法定公开期限,公开日期,是否逾期\r\n")
                .contains(agency.name() + ",政府部门,未开始,2026-01-31,,逾期未公开\r\n");
        // in the ranking the report due in 2026 (on 2025) is late for everyone, so it scores 0
        Ranking r = ranking.ranking(2026, admin);
        assertThat(r.reportYear()).isEqualTo(2025);
        assertThat(mine(r, agency).get(0).scoreOf(Indicator.REPORT_ON_TIME)).isZero();
    }

    static Map<Indicator, String> weights(int items, int onTime, int requests, int overdue, int report) {
        Map<Indicator, String> w = new EnumMap<>(Indicator.class);
        w.put(Indicator.ITEMS_PUBLISHED, Integer.toString(items));
        w.put(Indicator.ITEMS_ON_TIME, Integer.toString(onTime));
        w.put(Indicator.REQUESTS_ON_TIME, Integer.toString(requests));
        w.put(Indicator.REQUESTS_OVERDUE, Integer.toString(overdue));
        w.put(Indicator.REPORT_ON_TIME, Integer.toString(report));
        return w;
    }

    /** The rows of this test's agencies, in ranking order. */
    static List<Ranking.Row> mine(Ranking r, Agency... agencies) {
        List<Long> ids = Arrays.stream(agencies).map(Agency::id).toList();
        return r.rows().stream().filter(row -> ids.contains(row.indicators().agency().id())).toList();
    }
}
