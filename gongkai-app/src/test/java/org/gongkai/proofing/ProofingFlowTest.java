package org.gongkai.proofing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.Transition;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 纠错 inside 先审后发: checked at submission and sign-off, BLOCK findings stop publication unless the
 * signer records why, the result is on the item page and the 审批单; county rules and agency whitelists
 * apply at once; the site-wide scan reports by agency; the command line uses the same engine.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProofingFlowTest {

    @Autowired
    TestCounty county;
    @Autowired
    ItemService items;
    @Autowired
    ProofingService proofing;
    @Autowired
    CountyRules rules;
    @Autowired
    SiteScan scan;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noCountyRules() {
        rules.save("", "测试结束", county.countyAdmin());
    }

    static ItemDraft draft(String title, String body) {
        return new ItemDraft("TZGG", title, null, LocalDate.of(2026, 3, 2), null, "通知", false, null, null, null, null,
                "概述", body, null);
    }

    Item reviewedUpToSignOff(TestCounty.Chain c, String body) {
        Item item = items.create(c.agency().code(), draft("关于公布2026年低保对象名单的公示", body), c.drafter());
        items.transition(item.id(), Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(item.id(), Transition.of(Action.APPROVE, "不涉密"), c.confidentialityReviewer());
        return item;
    }

    @Test
    @DisplayName("An unmasked mobile number blocks sign-off; the signer publishes only with a recorded reason, printed on the 审批单")
    void blockStopsPublicationUntilOverridden() throws Exception {
        TestCounty.Chain c = county.chain("纠错测试局");
        Item item = reviewedUpToSignOff(c, "<p>如有异议，请联系王五，电话13812341234。</p>");
        assertThat(jdbc.sql("SELECT block_count FROM proof_run WHERE item_id = ? AND phase = 'SUBMIT'").param(item.id())
                .query(Integer.class).single()).as("checked at submission").isEqualTo(1);

        String page = mvc.perform(get("/admin/items/" + item.id()).with(as(c.signer()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("纠错检查", "proof-BLOCK", "13812341234", "138****1234", "仍要发布的理由");

        assertThatThrownBy(() -> items.transition(item.id(), Transition.of(Action.PUBLISH, "同意"), c.signer()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("proof.blocked"));
        assertThat(items.get(item.id(), c.signer()).status()).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);

        Item published = items.transition(item.id(), new Transition(Action.PUBLISH, "同意", null, null, null,
                "公示依照民政部门规定须列明联系电话，为单位值班电话"), c.signer());
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        String sheet = mvc.perform(get("/admin/items/" + item.id() + "/approval-sheet").with(as(c.signer())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sheet).contains("纠错检查结果", "必须修改 1 处", "为单位值班电话");
    }

    @Test
    @DisplayName("A clean item goes through without a reason; the 审批单 says nothing was found")
    void cleanItemPublishes() throws Exception {
        TestCounty.Chain c = county.chain("纠错干净局");
        Item item = reviewedUpToSignOff(c, "<p>根据《中华人民共和国政府信息公开条例》规定，现将有关事项公告如下。</p>");
        Item published = items.transition(item.id(), Transition.of(Action.PUBLISH, "同意"), c.signer());
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        String sheet = mvc.perform(get("/admin/items/" + item.id() + "/approval-sheet").with(as(c.signer())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sheet).contains("必须修改 0 处");
    }

    @Test
    @DisplayName("County rules apply at once to everyone; an agency's whitelist only to that agency; bad rules name the line")
    void countyRulesAndWhitelist() {
        TestCounty.Chain a = county.chain("白名单甲局");
        TestCounty.Chain b = county.chain("白名单乙局");
        String text = "沿青山老街改造项目已开工。";
        assertThat(proofing.proofread(text, null, a.drafter())).noneMatch(f -> f.text().contains("青山老街"));

        rules.save("word|青山老街|青山历史文化街区|||WARN|2025年起县政府统一称“青山历史文化街区”", "测试", county.countyAdmin());
        assertThat(proofing.proofread(text, null, a.drafter()))
                .anyMatch(f -> f.text().equals("青山老街") && f.category() == Category.EXPRESSION);

        Officer admin = TestCounty.officer(county.user(a.agency(), Role.AGENCY_ADMIN), a.agency());
        proofing.addTerm(a.agency().id(), "青山老街", admin);
        assertThat(proofing.proofread(text, null, a.drafter())).noneMatch(f -> f.text().contains("青山老街"));
        assertThat(proofing.proofread(text, null, b.drafter())).anyMatch(f -> f.text().equals("青山老街"));

        assertThatThrownBy(() -> rules.save("nonsense|x", null, county.countyAdmin()))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).args()[0]).isEqualTo(1));
        assertThatThrownBy(() -> rules.save("word|甲|乙|||WARN|x", null, a.signer()))
                .isInstanceOf(org.gongkai.platform.ForbiddenException.class);
    }

    @Test
    @DisplayName("The item page's live check is kept while nothing it depends on changes: content, county rules, whitelist")
    void previewIsReusedUntilSomethingChanges() {
        TestCounty.Chain c = county.chain("预览缓存局");
        Item item = items.create(c.agency().code(), draft("关于青山老街改造的通知", "<p>请联系王五，电话13812341234。</p>"),
                c.drafter());
        long kept = proofing.previewsKept();
        ProofRun first = proofing.preview(items.underReview(item.id(), c.drafter()));
        ProofRun again = proofing.preview(items.underReview(item.id(), c.drafter()));
        assertThat(again.findings()).isSameAs(first.findings());
        assertThat(proofing.previewsKept()).isEqualTo(kept + 1);
        assertThat(first.findings()).noneMatch(f -> f.text().equals("青山老街"));

        rules.save("word|青山老街|青山历史文化街区|||WARN|2025年起县政府统一称“青山历史文化街区”", "测试", county.countyAdmin());
        ProofRun ruled = proofing.preview(items.underReview(item.id(), c.drafter()));
        assertThat(ruled.findings()).anyMatch(f -> f.text().equals("青山老街"));

        Officer admin = TestCounty.officer(county.user(c.agency(), Role.AGENCY_ADMIN), c.agency());
        proofing.addTerm(c.agency().id(), "青山老街", admin);
        assertThat(proofing.preview(items.underReview(item.id(), c.drafter())).findings())
                .noneMatch(f -> f.text().equals("青山老街"));

        items.update(item.id(), draft("关于青山老街改造的通知", "<p>请联系王五，电话138****1234。</p>"), null, c.drafter());
        assertThat(proofing.preview(items.underReview(item.id(), c.drafter())).findings())
                .noneMatch(f -> f.text().equals("13812341234"));
        assertThat(first.findings()).anyMatch(f -> f.text().equals("13812341234"));
    }

    @Test
    @DisplayName("The site-wide scan re-checks published items and reports the agency with its blocked item")
    void siteScanReportsByAgency() {
        TestCounty.Chain c = county.chain("复查测试局");
        Item item = reviewedUpToSignOff(c, "<p>联系人：赵六，身份证号11010519491231002X。</p>");
        items.transition(item.id(), new Transition(Action.PUBLISH, "同意", null, null, null, "测试：先发布后复查"), c.signer());
        long id = scan.runNow("测试");
        assertThat(scan.latest()).get().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.status()).isEqualTo("DONE");
            assertThat(s.done()).isGreaterThanOrEqualTo(1);
        });
        List<SiteScan.AgencyReport> report = scan.report(county.countyAdmin());
        assertThat(report).anySatisfy(r -> {
            assertThat(r.agencyName()).isEqualTo(c.agency().name());
            assertThat(r.itemsWithBlock()).isEqualTo(1);
            assertThat(r.worst()).extracting(SiteScan.ItemHit::itemId).contains(item.id());
        });
    }

    @Test
    @DisplayName("Command line: a text file with a leak exits 1 and prints the finding; a clean one exits 0; --json parses")
    void commandLine() throws Exception {
        Path dir = Files.createTempDirectory("gk-proofread");
        Path leak = dir.resolve("通知.txt");
        Files.writeString(leak, "第一行。\n请拨打13812341234咨询。", StandardCharsets.UTF_8);
        Path clean = dir.resolve("clean.txt");
        Files.writeString(clean, "现将有关事项通知如下。", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = ProofreadCommand.run(new String[] {leak.toString(), clean.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(printed).contains(leak + ":2:4", "必须修改", "13812341234", "138****1234", clean + ": 未发现问题");

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        assertThat(ProofreadCommand.run(new String[] {"--json", leak.toString()},
                new PrintStream(json, true, StandardCharsets.UTF_8), System.err)).isEqualTo(1);
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.toString(StandardCharsets.UTF_8));
        assertThat(tree.path(leak.toString()).get(0).path("category").asString()).isEqualTo("PERSONAL_DATA");

        assertThat(ProofreadCommand.run(new String[] {dir.resolve("missing.docx").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    @Test
    @DisplayName("Findings carry exact offsets into the text the reviewer sees")
    void offsets() {
        TestCounty.Chain c = county.chain("偏移测试局");
        String text = "请于XX月XX日前报送。";
        List<Finding> found = proofing.proofread(text, LocalDate.of(2026, 3, 2), c.drafter());
        assertThat(found).anySatisfy(f -> {
            assertThat(f.category()).isEqualTo(Category.PLACEHOLDER);
            assertThat(f.severity()).isEqualTo(Severity.BLOCK);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
        });
    }
}
