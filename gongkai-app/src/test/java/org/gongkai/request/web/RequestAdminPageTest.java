package org.gongkai.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.core.review.Role;
import org.gongkai.request.Applicant;
import org.gongkai.request.NewRequest;
import org.gongkai.request.RequestService;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The back office of 依申请公开 as an officer uses it: register a paper application, see the clock
 * explained, act on it, draft the reply letter from its template, have it signed by someone else,
 * reply, deliver; refusals shown on the page with nothing saved; personal data masked for non-handlers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RequestAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    RequestService requests;
    @Autowired
    JdbcClient jdbc;

    Agency agency;
    Officer handler;
    Officer signer;

    @BeforeEach
    void team() {
        agency = county.department("申请页面局");
        handler = TestCounty.officer(county.user(agency, Role.REQUEST_OFFICER), agency);
        signer = TestCounty.officer(county.user(agency, Role.SIGNER), agency);
    }

    String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
        return mvc.perform(request).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String registered(LocalDate receivedOn) {
        return requests.register(new NewRequest(agency.code(), Channel.REGISTERED_POST, receivedOn, null,
                new Applicant(ApplicantType.NATURAL_PERSON, "王来信", "ID_CARD", "11010519491231002X", null, null,
                        "13912345678", null, "青山县南街2号", "330900"),
                "本镇2025年农田水利工程建设项目的招标文件", null, "PAPER", "POST"), handler).request().trackingNo();
    }

    @Test
    @DisplayName("Registering a paper application: the 受理回执 shows the code once; bad input re-shows the form, nothing saved")
    void registerThroughTheForm() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM info_request").query(Long.class).single();
        String bad = page(post("/admin/requests").with(as(handler)).with(csrf())
                .param("agency", agency.code()).param("channel", "IN_PERSON").param("receivedOn", "2026-10-09")
                .param("applicantType", "NATURAL_PERSON").param("name", "赵当面").param("idType", "ID_CARD")
                .param("idNumber", "110105194912310021").param("phone", "13700001111")
                .param("description", "县城规划图").param("preferredForm", "PAPER").param("delivery", "PICKUP"), 400);
        assertThat(bad).contains("证件号码", "校验码", "value=\"赵当面\"", "县城规划图");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM info_request").query(Long.class).single()).isEqualTo(before);

        MvcResult ok = mvc.perform(post("/admin/requests").with(as(handler)).with(csrf())
                        .param("agency", agency.code()).param("channel", "IN_PERSON").param("receivedOn", "2026-10-09")
                        .param("applicantType", "NATURAL_PERSON").param("name", "赵当面").param("idType", "ID_CARD")
                        .param("idNumber", "11010519491231002X").param("phone", "13700001111")
                        .param("description", "县城规划图").param("preferredForm", "PAPER").param("delivery", "PICKUP"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = ok.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/requests/YS\\d{8}-\\d{4}/receipt");
        String code = (String) ok.getFlashMap().get("secretCode");
        assertThat(code).hasSize(8);
        String receipt = page(get(location).with(as(handler)).flashAttrs(ok.getFlashMap()), 200);
        assertThat(receipt).contains("受理回执", code, "2026年10月9日");
        assertThat(page(get(location).with(as(handler)), 200)).doesNotContain(code);
    }

    @Test
    @DisplayName("The request page explains the due date and lists overdue requests first in the queue")
    void pageAndQueue() throws Exception {
        String no = registered(LocalDate.of(2026, 9, 30));
        String html = page(get("/admin/requests/" + no).with(as(handler)), 200);
        assertThat(html).contains("答复期限是怎样计算的", "2026年11月3日", "第三十一条第（二）项", "国庆节", "已逾期",
                "13912345678");
        String queue = page(get("/admin/requests").with(as(handler)), 200);
        assertThat(queue).contains(no, "row-overdue");
        // a signer of the agency sees the request with personal data masked
        String signerView = page(get("/admin/requests/" + no).with(as(signer)), 200);
        assertThat(signerView).contains("139****5678").doesNotContain("13912345678", "11010519491231002X");
        // another agency's officer: not found
        Agency other = county.department("别处");
        Officer stranger = TestCounty.officer(county.user(other, Role.REQUEST_OFFICER), other);
        page(get("/admin/requests/" + no).with(as(stranger)), 404);
        assertThat(page(get("/admin/requests").with(as(stranger)), 200)).doesNotContain(no);
    }

    @Test
    @DisplayName("Actions from the page; a refused one shows the reason with 409 and changes nothing")
    void actionsAndRefusals() throws Exception {
        String no = registered(LocalDate.of(2026, 11, 16));
        mvc.perform(post("/admin/requests/" + no + "/actions").with(as(handler)).with(csrf())
                        .param("type", "EXTEND").param("on", "2026-11-20").param("workingDays", "10")
                        .param("approver", "刘主任").param("reason", "需调阅档案"))
                .andExpect(status().is3xxRedirection());
        String again = page(post("/admin/requests/" + no + "/actions").with(as(handler)).with(csrf())
                .param("type", "EXTEND").param("on", "2026-11-21").param("workingDays", "5")
                .param("approver", "刘主任").param("reason", "再次"), 409);
        assertThat(again).contains("只能延长一次", "刘主任");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM info_request_event r JOIN info_request q ON q.id = r.request_id "
                + "WHERE q.tracking_no = ? AND r.action = 'EXTEND'").param(no).query(Long.class).single()).isEqualTo(1);
        String bad = page(post("/admin/requests/" + no + "/actions").with(as(handler)).with(csrf())
                .param("type", "NOTE").param("on", "2026-11-01").param("note", "早于收到日期"), 400);
        assertThat(bad).contains("不能早于");
        // only request officers act; a signer is refused
        page(post("/admin/requests/" + no + "/actions").with(as(signer)).with(csrf())
                .param("type", "NOTE").param("on", "2026-11-20").param("note", "x"), 403);
    }

    @Test
    @DisplayName("条例第三十六条: letter from the template, signed by another person, reply, .docx read back, delivery")
    void letterSignReplyDeliver() throws Exception {
        String no = registered(LocalDate.of(2026, 11, 16));
        mvc.perform(post("/admin/requests/" + no + "/letter/draft").with(as(handler)).with(csrf())
                .param("replyType", "WITHHELD").param("ground", "PROCESS_INFORMATION"))
                .andExpect(status().is3xxRedirection());
        String letter = page(get("/admin/requests/" + no + "/letter").with(as(handler)), 200);
        assertThat(letter).contains("政府信息公开申请答复书", "第十六条第二款", "六十日内", "六个月内", "王来信", no);

        // the handler cannot sign; the signer who did not draft can
        page(post("/admin/requests/" + no + "/letter/sign").with(as(handler)).with(csrf()), 403);
        String edited = letter.substring(letter.indexOf("<textarea"), letter.indexOf("</textarea>"));
        String body = org.jsoup.Jsoup.parse(edited + "</textarea>").selectFirst("textarea").wholeText()
                + "\n　　经办人：李四\n";
        int version = jdbc.sql("SELECT l.version FROM info_request_letter l JOIN info_request r ON r.id = l.request_id "
                + "WHERE r.tracking_no = ?").param(no).query(Integer.class).single();
        mvc.perform(post("/admin/requests/" + no + "/letter").with(as(handler)).with(csrf())
                .param("body", body).param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
        String stale = page(post("/admin/requests/" + no + "/letter").with(as(handler)).with(csrf())
                .param("body", body + "x").param("version", String.valueOf(version)), 409);
        assertThat(stale).contains("已被他人修改");

        // replying before sign-off is refused
        page(post("/admin/requests/" + no + "/reply").with(as(handler)).with(csrf()).param("on", "2026-11-20"), 409);
        mvc.perform(post("/admin/requests/" + no + "/letter/sign").with(as(signer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/requests/" + no + "/reply").with(as(handler)).with(csrf()).param("on", "2026-11-20"))
                .andExpect(status().is3xxRedirection());
        String replied = page(get("/admin/requests/" + no).with(as(handler)), 200);
        assertThat(replied).contains("已答复", "6.属于四类过程性信息");

        byte[] docx = mvc.perform(get("/admin/requests/" + no + "/letter.docx").with(as(handler)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("政府信息公开申请答复书", "第十六条第二款", "经办人：李四");
        }
        assertThat(page(get("/admin/requests/" + no + "/letter/print").with(as(handler)), 200)).contains("经办人：李四");

        mvc.perform(post("/admin/requests/" + no + "/actions").with(as(handler)).with(csrf())
                .param("type", "DELIVERED").param("on", "2026-11-21").param("note", "挂号信寄出"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM info_request WHERE tracking_no = ?").param(no).query(String.class).single())
                .isEqualTo("DELIVERED");

        // 行政复议 recorded against the reply, then decided
        mvc.perform(post("/admin/requests/" + no + "/appeals").with(as(handler)).with(csrf())
                .param("kind", "RECONSIDERATION").param("filedOn", "2026-11-25").param("result", "PENDING"))
                .andExpect(status().is3xxRedirection());
        String noDate = page(post("/admin/requests/" + no + "/appeals").with(as(handler)).with(csrf())
                .param("kind", "LITIGATION").param("filedOn", "2026-11-25").param("result", "UPHELD"), 400);
        assertThat(noDate).contains("审结日期");
        assertThat(page(get("/admin/requests/" + no).with(as(handler)), 200)).contains("行政复议", "尚未审结");
    }

    @Test
    @DisplayName("A letter with the template's 【请填写…】 parts left in cannot be signed")
    void unfilledTemplateCannotBeSigned() throws Exception {
        String no = registered(LocalDate.of(2026, 11, 16));
        mvc.perform(post("/admin/requests/" + no + "/letter/draft").with(as(handler)).with(csrf())
                .param("replyType", "PARTIALLY_GRANTED")).andExpect(status().is3xxRedirection());
        String refused = page(post("/admin/requests/" + no + "/letter/sign").with(as(signer)).with(csrf()), 409);
        assertThat(refused).contains("模板内容未填写");
        assertThat(jdbc.sql("SELECT l.status FROM info_request_letter l JOIN info_request r ON r.id = l.request_id "
                + "WHERE r.tracking_no = ?").param(no).query(String.class).single()).isEqualTo("DRAFT");
    }

    @Test
    @DisplayName("Files released with the reply: sniffed, stored, downloadable by those who may see the request")
    void releasedFiles() throws Exception {
        String no = registered(LocalDate.of(2026, 11, 16));
        byte[] pdf = org.gongkai.catalog.web.AdminTestFiles.pdf();
        mvc.perform(multipart("/admin/requests/" + no + "/files")
                        .file(new MockMultipartFile("file", "招标文件.pdf", "application/pdf", pdf))
                        .with(as(handler)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String html = page(get("/admin/requests/" + no).with(as(handler)), 200);
        Matcher m = Pattern.compile("/admin/requests/" + no + "/files/(\\d+)").matcher(html);
        assertThat(m.find()).isTrue();
        byte[] back = mvc.perform(get(m.group()).with(as(handler))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(pdf);
        String refused = page(multipart("/admin/requests/" + no + "/files")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "MZ not a pdf".getBytes()))
                .with(as(handler)).with(csrf()), 400);
        assertThat(refused).contains("x.pdf");
    }

    @Test
    @DisplayName("The county supervisor's overview lists every agency with its overdue requests")
    void countyOverview() throws Exception {
        registered(LocalDate.of(2026, 9, 30));
        Officer countyAdmin = TestCounty.officer(county.user(county.county(), Role.COUNTY_ADMIN), county.county());
        String html = page(get("/admin/requests/overview").with(as(countyAdmin)), 200);
        // the agency's row is flagged and counts its one overdue request
        String row = html.substring(html.indexOf(agency.name()) - 300, html.indexOf(agency.name()) + 400);
        assertThat(row).contains("row-overdue").containsPattern("<strong[^>]*>1</strong>");
        page(get("/admin/requests/overview").with(as(handler)), 403);
        assertThat(page(get("/admin/requests/help").with(as(handler)), 200)).contains("第三十三条", "调休");
        // both dashboards show the overdue request: the county supervisor's and the handling officer's
        assertThat(page(get("/admin").with(as(countyAdmin)), 200)).contains("依申请公开", agency.name());
        assertThat(page(get("/admin").with(as(handler)), 200)).contains("依申请公开", "row-overdue");
        assertThat(page(get("/admin").with(as(TestCounty.officer(county.user(agency, Role.DRAFTER), agency))), 200))
                .doesNotContain("req-panel-h");
    }
}
