package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.Transition;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Role;
import org.gongkai.platform.ConflictException;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report from draft to publication: text edited, a figure entered with its source, submitted (tables
 * frozen), taken through 审核 → 保密审查 → 签发, then public in the API with the official labels and
 * unchanged by later data; an inconsistent report cannot be submitted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnnualReportFlowTest {

    @Autowired
    TestCounty county;
    @Autowired
    AnnualReportService reports;
    @Autowired
    ItemService items;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    static final String CLEAN_5 = "一是个别单位信息发布不够及时。下一步将加强培训，提高信息发布质量。";

    @Test
    @DisplayName("Draft → entered figure → submit (frozen) → review chain → published, public API with official labels")
    void fromDraftToPublished() throws Exception {
        TestCounty.Chain c = county.chain("年报测试局");
        Officer drafter = TestCounty.officer(county.user(c.agency(), Role.DRAFTER, Role.AGENCY_ADMIN), c.agency());
        SyntheticRequests s = new SyntheticRequests(jdbc, c.agency().id());
        s.add(2, "NATURAL_PERSON", LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 20), "GRANTED", null);
        s.add(1, "COMMERCIAL_ENTERPRISE", LocalDate.of(2025, 12, 29), null, null, null);

        AnnualReport draft = reports.report(c.agency().code(), 2025, "OWN", drafter);
        assertThat(draft.status()).isEqualTo("NOT_STARTED");
        assertThat(draft.section1()).contains("3");
        reports.saveText(c.agency().code(), 2025, "OWN", draft.section1(), CLEAN_5, "本年度未收取信息处理费。",
                null, drafter);
        reports.enterFigure(c.agency().code(), 2025, "OWN", "第二十条第（五）项", "行政许可", "本年处理决定数量", "12",
                "县政务服务中心提供的2025年行政许可办件统计", drafter);

        String page = mvc.perform(get("/admin/reports/" + c.agency().code() + "/2025").with(as(drafter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("勾稽关系检查", "全部", "三、收到和处理政府信息公开申请情况", "县政务服务中心提供");

        AnnualReport submitted = reports.submit(c.agency().code(), 2025, "OWN", drafter);
        assertThat(submitted.status()).isEqualTo("SUBMITTED");
        assertThat(submitted.frozen()).isTrue();
        long itemId = submitted.itemId();
        assertThat(items.get(itemId, drafter).status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(items.get(itemId, drafter).bodyHtml()).contains("<table", "（七）总计", "12");

        // a request answered later (in 2025) does not change the submitted report
        s.add(5, "NATURAL_PERSON", LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 20), "GRANTED", null);
        assertThat(reports.report(c.agency().code(), 2025, "OWN", drafter).applications()
                .total(ApplicationRow.NEW_THIS_YEAR)).isEqualTo(3);

        items.transition(itemId, Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(itemId, Transition.of(Action.APPROVE, "不涉密"), c.confidentialityReviewer());
        items.transition(itemId, Transition.of(Action.PUBLISH, "同意发布"), c.signer());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                "PUBLISHED".equals(reports.report(c.agency().code(), 2025, "OWN", drafter).status()));

        String json = mvc.perform(get("/api/v1/reports/annual/" + c.agency().code() + "/2025"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode j = JsonMapper.builder().build().readTree(json);
        JsonNode t3 = j.path("三、收到和处理政府信息公开申请情况");
        assertThat(t3.path("一、本年新收政府信息公开申请数量").path("总计").asLong()).isEqualTo(3);
        assertThat(t3.path("一、本年新收政府信息公开申请数量").path("商业企业").asLong()).isEqualTo(1);
        assertThat(t3.path("三、本年度办理结果").path("（一）予以公开").path("自然人").asLong()).isEqualTo(2);
        assertThat(t3.path("三、本年度办理结果").path("（三）不予公开").path("1.属于国家秘密").path("总计").asLong()).isZero();
        assertThat(t3.path("三、本年度办理结果").path("（七）总计").path("总计").asLong()).isEqualTo(2);
        assertThat(t3.path("四、结转下年度继续办理").path("总计").asLong()).isEqualTo(1);
        assertThat(j.path("二、主动公开政府信息情况").path("第二十条第（五）项").path("行政许可").path("本年处理决定数量").asLong())
                .isEqualTo(12);
        assertThat(j.path("四、政府信息公开行政复议、行政诉讼情况").path("行政复议").path("总计").asLong()).isZero();
        assertThat(j.path("checks").valueStream().toList()).isNotEmpty().allMatch(x -> x.path("holds").asBoolean());
        assertThat(j.path("entered").get(0).path("source").asString()).contains("县政务服务中心");
    }

    @Test
    @DisplayName("A draft is not public; a bad figure names the cell; only the agency's drafters and administrators edit")
    void accessAndBadInput() throws Exception {
        TestCounty.Chain c = county.chain("年报权限局");
        mvc.perform(get("/api/v1/reports/annual/" + c.agency().code() + "/2025")).andExpect(status().isNotFound());
        assertThatThrownBy(() -> reports.enterFigure(c.agency().code(), 2025, "OWN", "第二十条第（五）项", "行政许可",
                "不存在的列", "3", "来源", c.drafter())).isInstanceOf(org.gongkai.platform.BadInputException.class);
        assertThatThrownBy(() -> reports.enterFigure(c.agency().code(), 2025, "OWN", "第二十条第（五）项", "行政许可",
                "本年处理决定数量", "3", " ", c.drafter())).isInstanceOf(org.gongkai.platform.BadInputException.class);
        assertThatThrownBy(() -> reports.saveText(c.agency().code(), 2025, "OWN", "一", "五", "六", null, c.reviewer()))
                .isInstanceOf(org.gongkai.platform.ForbiddenException.class);
        String bad = mvc.perform(post("/admin/reports/" + c.agency().code() + "/2025/figures").with(as(c.drafter()))
                        .with(csrf()).param("cell", "第二十条第（五）项|行政许可|本年处理决定数量").param("value", "十二")
                        .param("source", "统计表"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("不是有效的数字");
    }

    @Test
    @DisplayName("A report whose tables do not add up cannot be submitted (a carried-over request answered before it was received)")
    void inconsistentCannotBeSubmitted() {
        TestCounty.Chain c = county.chain("年报矛盾局");
        // bad data: answered before it was received — counted as answered in 2025 but never received or carried
        new SyntheticRequests(jdbc, c.agency().id()).add(1, "NATURAL_PERSON", LocalDate.of(2026, 1, 5),
                LocalDate.of(2025, 12, 20), "GRANTED", null);
        AnnualReport r = reports.report(c.agency().code(), 2025, "OWN", c.drafter());
        assertThat(r.consistent()).isFalse();
        assertThatThrownBy(() -> reports.submit(c.agency().code(), 2025, "OWN", c.drafter()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("The county supervisor sees every agency's report status with the statutory date")
    void countyStatuses() throws Exception {
        TestCounty.Chain c = county.chain("年报进度局");
        String html = mvc.perform(get("/admin/reports?year=2025").with(as(county.countyAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains(c.agency().name(), "未开始", "2026-01-31");
        assertThat(reports.statusLines(2025)).anySatisfy(l -> {
            assertThat(l.agencyName()).isEqualTo(c.agency().name());
            assertThat(l.dueBy()).isEqualTo(LocalDate.of(2026, 1, 31));
        });
    }
}
