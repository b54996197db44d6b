package org.gongkai.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.core.code.ResidentIdNumber;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.review.Role;
import org.gongkai.request.ReplyService;
import org.gongkai.request.RequestCommand;
import org.gongkai.request.RequestService;
import org.gongkai.request.RequestView;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public 依申请公开 pages as an applicant (and a script) meets them: the form, its refusals, the
 * abuse protection, the one-time confirmation and the status lookup. The arithmetic question is
 * answered the way a person does, by reading it off the page; the CSRF token is the page's own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PublicApplyPageTest {

    static final Pattern QUESTION = Pattern.compile("(\\d+) (加|减) (\\d+) 等于几？");
    /** The smallest file Tika recognises as a PDF (as in the portal's fixture). */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1000));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RequestService service;
    @Autowired
    ReplyService replies;

    Agency agency;

    @BeforeEach
    void agency() {
        agency = county.department("依申请测试局");
    }

    // ------------------------------------------------------------------ helpers

    /** A client address of its own per use, so the per-address limits of one test do not touch another. */
    static String newAddress() {
        int n = SEQ.incrementAndGet();
        return "10.77." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    /** A phone number nobody else in this run uses; its mask is 138****1234. */
    static String newPhone() {
        return "138" + String.format("%04d", SEQ.incrementAndGet() % 10000) + "1234";
    }

    /** A valid 18-digit 居民身份证号码, different each call. */
    static String newIdNumber() {
        String first17 = "11010119900307" + String.format("%03d", SEQ.incrementAndGet() % 1000);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    record FormPage(MockHttpSession session, String html, String csrf, String token, int answer) {
    }

    FormPage open(String address) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult r = mvc.perform(get("/apply/" + agency.code()).session(session).with(from(address))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return page(session, r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static FormPage page(MockHttpSession session, String html) {
        Matcher q = QUESTION.matcher(html);
        assertThat(q.find()).as("the page asks an arithmetic question").isTrue();
        int a = Integer.parseInt(q.group(1));
        int b = Integer.parseInt(q.group(3));
        return new FormPage(session, html, attr(html, "_csrf"), attr(html, "challengeToken"),
                q.group(2).equals("加") ? a + b : a - b);
    }

    static String attr(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    static Map<String, String> valid(String phone) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("applicant.type", "NATURAL_PERSON");
        f.put("applicant.name", "张三");
        f.put("applicant.idType", "ID_CARD");
        f.put("applicant.phone", phone);
        f.put("applicant.address", "青山县人民路 12 号 3 单元");
        f.put("description", "2025 年青山县老旧小区改造项目的立项批复文件。");
        f.put("purpose", "了解本小区改造安排");
        f.put("preferredForm", "ELECTRONIC");
        f.put("delivery", "ONLINE");
        f.put("consent", "on");
        return f;
    }

    MockHttpServletResponse submit(FormPage page, String address, Map<String, String> fields, String answer)
            throws Exception {
        MockHttpServletRequestBuilder b = post("/apply/" + agency.code()).session(page.session()).with(from(address))
                .param("_csrf", page.csrf()).param("challengeToken", page.token()).param("challenge", answer)
                .param("homepage", "");
        fields.forEach(b::param);
        return mvc.perform(b).andReturn().getResponse();
    }

    MockHttpServletResponse submit(String address, Map<String, String> fields) throws Exception {
        FormPage page = open(address);
        return submit(page, address, fields, Integer.toString(page.answer()));
    }

    int requestCount() {
        return jdbc.sql("SELECT COUNT(*) FROM info_request WHERE agency_id = ?").params(agency.id())
                .query(Integer.class).single();
    }

    record Submitted(String trackingNo, String code) {
    }

    /** Submits, follows the redirect to the confirmation and reads number and code off it. */
    Submitted applyOk(String address, Map<String, String> fields) throws Exception {
        FormPage page = open(address);
        MvcResult r = mvc.perform(post("/apply/" + agency.code()).session(page.session()).with(from(address))
                .param("_csrf", page.csrf()).param("challengeToken", page.token())
                .param("challenge", Integer.toString(page.answer()))
                .params(org.springframework.util.MultiValueMap.fromSingleValue(fields))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/apply/done");
        String html = mvc.perform(get("/apply/done").session(page.session())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher no = Pattern.compile("id=\"tracking-no\">([^<]+)<").matcher(html);
        Matcher code = Pattern.compile("id=\"secret-code\">([^<]+)<").matcher(html);
        assertThat(no.find()).isTrue();
        assertThat(code.find()).isTrue();
        return new Submitted(no.group(1), code.group(1));
    }

    String lookup(String address, String trackingNo, String code) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String html = mvc.perform(get("/apply/status").session(session).with(from(address))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse r = mvc.perform(post("/apply/status").session(session).with(from(address))
                .param("_csrf", attr(html, "_csrf")).param("trackingNo", trackingNo).param("code", code))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    Officer officer() {
        return TestCounty.officer(county.user(agency, Role.REQUEST_OFFICER), agency);
    }

    // ------------------------------------------------------------------ pages

    @Test
    void start_page_explains_the_rules_and_links_every_agency_and_is_never_cached() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/apply")).andReturn().getResponse();
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Cache-Control")).contains("no-store");
        assertThat(html).contains("<h1>依申请公开</h1>").contains("第三十一条").contains("第三十三条").contains("第四十二条")
                .contains("20 个工作日").contains("不收取费用")
                .contains("href=\"/apply/" + agency.code() + "\"").contains(agency.name())
                .contains("href=\"/apply/" + county.county().code() + "\"")
                .contains("href=\"/apply/status\"")
                .contains("aria-current=\"page\""); // the header's 依申请公开 link marks this section

        // the portal links here from its header, footer and every agency's page
        String agencyPage = mvc.perform(get("/agencies/" + agency.code())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(agencyPage).contains("href=\"/apply\"").contains("href=\"/apply/" + agency.code() + "\"")
                .contains("向本单位申请公开政府信息");
    }

    @Test
    void the_form_labels_every_input_and_carries_csrf_token_question_and_hidden_honeypot() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse r = mvc.perform(get("/apply/" + agency.code()).session(session)).andReturn().getResponse();
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getHeader("Cache-Control")).contains("no-store");
        assertThat(html).contains("向" + agency.name() + "申请公开政府信息");
        for (String id : new String[] {"f-applicant-type", "f-applicant-name", "f-applicant-idType", "f-applicant-idNumber",
                "f-applicant-orgCode", "f-applicant-contactPerson", "f-applicant-phone", "f-applicant-email",
                "f-applicant-address", "f-applicant-postalCode", "f-description", "f-purpose", "f-preferredForm",
                "f-delivery", "f-consent", "f-challenge", "f-homepage"}) {
            assertThat(html).as("label of " + id).contains("for=\"" + id + "\"");
            assertThat(html).as("input " + id).contains("id=\"" + id + "\"");
        }
        assertThat(html).contains("自然人").contains("商业企业").contains("科研机构").contains("社会公益组织")
                .contains("法律服务机构").contains("统一社会信用代码").contains("联系人")
                .contains("纸质").contains("电子文档").contains("现场查阅")
                .contains("邮寄").contains("自行领取").contains("网上获取");
        assertThat(html).containsPattern("<div class=\"hp\" aria-hidden=\"true\">")
                .containsPattern("name=\"homepage\" tabindex=\"-1\"");
        FormPage page = page(session, html);
        assertThat(page.csrf()).isNotBlank();
        // nonce.expiry.signature: no part of it is the answer (checking substrings failed when the expiry
        // timestamp happened to end in the answer's digit)
        assertThat(page.token().split("\\.")).as("the token is signed, not readable").hasSize(3)
                .doesNotContain(Integer.toString(page.answer()));
    }

    @Test
    void a_valid_application_is_saved_as_submitted_and_the_code_is_shown_once_without_a_url() throws Exception {
        String address = newAddress();
        int before = requestCount();
        FormPage page = open(address);
        MvcResult r = mvc.perform(post("/apply/" + agency.code()).session(page.session()).with(from(address))
                .param("_csrf", page.csrf()).param("challengeToken", page.token())
                .param("challenge", Integer.toString(page.answer()))
                .params(org.springframework.util.MultiValueMap.fromSingleValue(valid(newPhone())))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/apply/done");
        String trackingNo = (String) r.getFlashMap().get("trackingNo");
        String code = (String) r.getFlashMap().get("secretCode");
        assertThat(trackingNo).startsWith("YS");
        assertThat(code).hasSize(8);
        assertThat(requestCount()).isEqualTo(before + 1);

        Map<String, Object> row = jdbc.sql("SELECT status, channel, received_on FROM info_request WHERE tracking_no = ?")
                .params(trackingNo).query().singleRow();
        assertThat(row.get("status")).isEqualTo("SUBMITTED");
        assertThat(row.get("channel")).isEqualTo("ONLINE");
        assertThat(row.get("received_on")).isNull();
        String stored = jdbc.sql("SELECT secret_hash FROM info_request WHERE tracking_no = ?").params(trackingNo)
                .query(String.class).single();
        assertThat(stored).isNotEqualTo(code).doesNotContain(code);

        // following the redirect as a browser does: the flash attributes come from the session, once
        MockHttpServletResponse done = mvc.perform(get("/apply/done").session(page.session())).andReturn().getResponse();
        String html = done.getContentAsString(StandardCharsets.UTF_8);
        assertThat(done.getHeader("Cache-Control")).contains("no-store");
        assertThat(html).contains(trackingNo).contains(code).contains("只在本页显示这一次")
                .contains("确认之日为收到申请之日").contains("20 个工作日").contains(agency.name());

        // a reload (no flash attributes any more) no longer shows the code
        String again = mvc.perform(get("/apply/done").session(page.session())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).doesNotContain(code).doesNotContain(trackingNo).contains("只在提交后显示一次");
    }

    @Test
    void bad_input_comes_back_with_the_field_named_everything_typed_kept_and_nothing_saved() throws Exception {
        String address = newAddress();
        int before = requestCount();

        Map<String, String> noDescription = valid(newPhone());
        noDescription.put("description", "  ");
        noDescription.put("applicant.name", "李四<b>");
        MockHttpServletResponse r = submit(address, noDescription);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(html).contains("申请未能提交").contains("所需政府信息的内容描述：此项为必填项，请填写。")
                .contains("href=\"#f-description\"")
                .containsPattern("id=\"f-description-error\"")
                .containsPattern("<textarea id=\"f-description\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"f-description-hint f-description-error\"")
                .contains("value=\"李四&lt;b&gt;\"")             // kept, and escaped
                .contains("了解本小区改造安排")
                .containsPattern("value=\"ELECTRONIC\"\\s+checked");
        // a new question each time: the old token was spent
        assertThat(QUESTION.matcher(html).find()).isTrue();

        String wrongCheckDigit = "110101199003071235";
        assertThat(ResidentIdNumber.isValid(wrongCheckDigit)).isFalse();
        Map<String, String> badId = valid(newPhone());
        badId.put("applicant.idNumber", wrongCheckDigit);
        r = submit(address, badId);
        html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(html).contains("证件号码：居民身份证号码不正确").contains("href=\"#f-applicant-idNumber\"")
                .contains("value=\"" + wrongCheckDigit + "\"");

        Map<String, String> noConsent = valid(newPhone());
        noConsent.remove("consent");
        html = submit(address, noConsent).getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("请勾选承诺申请人信息真实有效").contains("href=\"#f-consent\"");

        assertThat(requestCount()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ abuse protection

    @Test
    void a_wrong_answer_is_refused_and_a_question_cannot_be_used_twice() throws Exception {
        String address = newAddress();
        int before = requestCount();
        FormPage page = open(address);
        MockHttpServletResponse r = submit(page, address, valid(newPhone()), Integer.toString(page.answer() + 1));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("验证问题：验证问题的答案不正确")
                .contains("href=\"#f-challenge\"");
        // the right answer to the same question no longer helps: the token was spent on the first try
        r = submit(page, address, valid(newPhone()), Integer.toString(page.answer()));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("验证问题已失效");
        // a forged token is refused too
        r = submit(new FormPage(page.session(), page.html(), page.csrf(), "AAAA.9999999999.AAAA", 0), address,
                valid(newPhone()), "0");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void a_filled_honeypot_is_refused() throws Exception {
        String address = newAddress();
        int before = requestCount();
        FormPage page = open(address);
        Map<String, String> fields = valid(newPhone());
        MockHttpServletRequestBuilder b = post("/apply/" + agency.code()).session(page.session()).with(from(address))
                .param("_csrf", page.csrf()).param("challengeToken", page.token())
                .param("challenge", Integer.toString(page.answer())).param("homepage", "http://spam.example");
        fields.forEach(b::param);
        MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("提交未被接受");
        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void without_the_csrf_token_nothing_is_accepted() throws Exception {
        int before = requestCount();
        MockHttpServletRequestBuilder b = post("/apply/" + agency.code()).with(from(newAddress()));
        valid(newPhone()).forEach(b::param);
        assertThat(mvc.perform(b).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void the_sixth_submission_from_one_address_within_an_hour_is_refused_with_429() throws Exception {
        String address = newAddress();
        for (int i = 1; i <= 5; i++) {
            assertThat(submit(address, valid(newPhone())).getStatus()).as("submission " + i).isEqualTo(302);
        }
        int before = requestCount();
        FormPage page = open(address);
        MockHttpServletResponse r = submit(page, address, valid(newPhone()), Integer.toString(page.answer()));
        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("60 分钟内最多可以提交 5 件申请")
                .contains("2025 年青山县老旧小区改造项目"); // what was typed is not lost
        assertThat(requestCount()).isEqualTo(before);
        // another address is not affected
        assertThat(submit(newAddress(), valid(newPhone())).getStatus()).isEqualTo(302);
    }

    @Test
    void one_applicant_may_submit_ten_a_day_from_anywhere() throws Exception {
        String id = newIdNumber();
        for (int i = 1; i <= 10; i++) {
            Map<String, String> f = valid(newPhone());
            f.put("applicant.idNumber", id);
            assertThat(submit(newAddress(), f).getStatus()).as("submission " + i).isEqualTo(302);
        }
        int before = requestCount();
        Map<String, String> f = valid(newPhone());
        f.put("applicant.idNumber", id.toLowerCase());
        MockHttpServletResponse r = submit(newAddress(), f);
        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("同一申请人在 24 小时内最多可以在网上提交 10 件申请");
        assertThat(requestCount()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ lookup

    @Test
    void lookup_shows_status_deadline_explanation_and_timeline_with_personal_data_masked() throws Exception {
        String phone = newPhone();
        String id = newIdNumber();
        Map<String, String> f = valid(phone);
        f.put("applicant.idNumber", id);
        Submitted s = applyOk(newAddress(), f);

        String html = lookup(newAddress(), s.trackingNo(), s.code());
        assertThat(html).contains("申请 " + s.trackingNo()).contains(agency.name()).contains("待确认收到")
                .contains("尚未确认收到").contains("答复期限是怎样计算的").contains("从次日起计算 20 个工作日");

        Officer officer = officer();
        service.confirm(s.trackingNo(), null, null, officer);
        service.act(s.trackingNo(), new RequestCommand(RequestAction.EXTEND, service.today(), 10, "办公室主任王五",
                "需要调取档案馆保存的历史文件", null, null, null, null, null, null, null, null), officer);

        html = lookup(newAddress(), s.trackingNo().toLowerCase(), s.code());
        String today = DeadlineText.day(service.today());
        assertThat(html).contains("办理中").contains("答复期限是怎样计算的")
                .contains(today + "收到申请：网上申请，以双方确认之日为收到申请之日")
                .contains("自次日起 20 个工作日内答复")
                .contains("延长答复期限 10 个工作日")
                .contains("登记收到申请").contains("延期答复").contains("需要调取档案馆保存的历史文件")
                .doesNotContain("办公室主任王五")                  // the approver is internal
                .contains("138****1234").doesNotContain(phone)
                .contains(id.substring(0, 2) + "*************" + id.substring(15)).doesNotContain(id)
                .doesNotContain("青山县人民路 12 号");
        assertThat(html).containsPattern("<span class=\"due-on\">\\d{4}年\\d{1,2}月\\d{1,2}日</span>");
    }

    @Test
    void a_wrong_code_or_number_gets_one_neutral_answer() throws Exception {
        Submitted s = applyOk(newAddress(), valid(newPhone()));
        String wrongCode = lookup(newAddress(), s.trackingNo(), "ABCDEFGH".equals(s.code()) ? "HGFEDCBA" : "ABCDEFGH");
        String wrongNumber = lookup(newAddress(), "YS19990101-0001", s.code());
        for (String html : new String[] {wrongCode, wrongNumber}) {
            assertThat(html).contains("未找到与该编号和查询码匹配的申请").doesNotContain("待确认收到")
                    .doesNotContain(agency.name());
        }
    }

    @Test
    void lookups_are_limited_per_address() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            lookup(address, "YS19990101-0001", "ABCDEFGH");
        }
        MockHttpSession session = new MockHttpSession();
        String form = mvc.perform(get("/apply/status").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse r = mvc.perform(post("/apply/status").session(session).with(from(address))
                .param("_csrf", attr(form, "_csrf")).param("trackingNo", "YS19990101-0001").param("code", "ABCDEFGH"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(429);
        assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("查询过于频繁");
    }

    @Test
    void once_replied_the_signed_letter_and_released_files_are_there_for_the_applicant() throws Exception {
        Submitted s = applyOk(newAddress(), valid(newPhone()));
        Officer officer = officer();
        Officer signer = TestCounty.officer(county.user(agency, Role.SIGNER), agency);
        service.confirm(s.trackingNo(), null, null, officer);
        // the back office's own steps: draft, edit, attach, sign off, reply
        replies.draftLetter(s.trackingNo(), ReplyType.GRANTED, null, officer);
        replies.saveLetter(s.trackingNo(), "张三：\n您申请的信息予以公开，见附件。\n特此告知。", null, officer);
        RequestView withFile = replies.addFile(s.trackingNo(), "立项批复.pdf", PDF, officer);
        long fileId = withFile.files().get(0).id();
        replies.signLetter(s.trackingNo(), signer);
        service.act(s.trackingNo(), new RequestCommand(RequestAction.REPLY, service.today(), null, null, null,
                ReplyType.GRANTED, null, null, null, null, null, null, null), officer);

        String html = lookup(newAddress(), s.trackingNo(), s.code());
        assertThat(html).contains("已答复").contains("答复书").contains("（一）予以公开")
                .contains("<div class=\"letter pre-line\">张三：\n您申请的信息予以公开，见附件。\n特此告知。</div>")
                .contains("立项批复.pdf").contains("action=\"/apply/status/file\"")
                .doesNotContain("?code=");

        MockHttpSession session = new MockHttpSession();
        String form = mvc.perform(get("/apply/status").session(session)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        MockHttpServletResponse download = mvc.perform(post("/apply/status/file").session(session).with(from(newAddress()))
                .param("_csrf", attr(form, "_csrf")).param("trackingNo", s.trackingNo()).param("code", s.code())
                .param("fileId", Long.toString(fileId))).andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);

        MockHttpServletResponse refused = mvc.perform(post("/apply/status/file").session(session).with(from(newAddress()))
                .param("_csrf", attr(form, "_csrf")).param("trackingNo", s.trackingNo()).param("code", "WRONGCOD")
                .param("fileId", Long.toString(fileId))).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(404);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("未找到与该编号和查询码匹配的申请")
                .doesNotContain("立项批复");
    }
}
