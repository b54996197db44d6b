package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.gongkai.agency.Agency;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Role;
import org.gongkai.platform.ClockConfig;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The item pages of the back office, driven through their forms as officers would. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ItemAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    ItemService items;
    @Autowired
    JdbcClient jdbc;

    static ItemDraft draft(String title) {
        return new ItemDraft("TZGG", title, "青测〔2026〕3号", LocalDate.of(2026, 3, 2), "综合政务", "通知", false, null, null,
                null, null, "概述", "<p>正文</p>", null);
    }

    MockHttpServletRequestBuilder form(String url, Object... vars) {
        return post(url, vars).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
    }

    /** Creates a draft through the new-item form and returns its id. */
    long createViaForm(Officer drafter, String title) throws Exception {
        MvcResult r = mvc.perform(form("/admin/items").with(as(drafter))
                        .param("category", "TZGG").param("title", title).param("docNo", "青测〔2026〕7号")
                        .param("writtenOn", "2026-01-05").param("topic", "综合政务").param("genre", "通知")
                        .param("disclosureMethod", "主动公开").param("disclosureScope", "面向全社会")
                        .param("summary", "关于某事的通知").param("body", "<p>正文<script>x()</script></p>"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/admin/items/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    void act(long id, Officer who, String action, String opinion) throws Exception {
        mvc.perform(form("/admin/items/{id}/transition", id).with(as(who)).param("action", action).param("opinion", opinion))
                .andExpect(status().is3xxRedirection());
    }

    long itemCount(Agency a) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE agency_id = ?").param(a.id()).query(Long.class).single();
    }

    String page(String url, Officer who, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void every_page_renders_for_the_roles_that_use_it() throws Exception {
        TestCounty.Chain c = county.chain("页面局");
        Item item = items.create(c.agency().code(), draft("页面渲染测试"), c.drafter());
        for (Officer o : new Officer[] {c.drafter(), c.reviewer(), c.confidentialityReviewer(), c.signer()}) {
            assertThat(page("/admin", o)).contains("工作台", "待我处理", o.displayName(), o.agencyName());
            assertThat(page("/admin/items", o)).contains("页面渲染测试", item.indexNo());
            assertThat(page("/admin/items/{id}", o, item.id())).contains("页面渲染测试", "操作记录", "创建草稿");
            assertThat(page("/admin/items/{id}/history", o, item.id())).contains("创建草稿", c.drafter().displayName());
            assertThat(page("/admin/items/{id}/approval-sheet", o, item.id())).contains("信息发布审批单", item.indexNo());
            assertThat(page("/admin/categories", o)).contains("政策文件", "通知公告");
            assertThat(page("/admin/guide", o)).contains("公开指南");
        }
        String form = page("/admin/items/new", c.drafter());
        assertThat(form).contains("栏目", "标题", "文号", "成文日期", "主题分类", "体裁", "行政规范性文件", "生效日期", "有效期至",
                "公开方式", "公开范围", "内容概述", "正文", "所解读的政策文件", "name=\"_csrf\"");
        assertThat(form).doesNotContain("行政许可</option>"); // placeholder columns cannot take items
        assertThat(page("/admin/items/{id}/edit", c.drafter(), item.id())).contains("value=\"页面渲染测试\"",
                "name=\"version\" value=\"" + item.version() + "\"");
        // the drafter sees the submit form and the upload form; the reviewer sees neither yet
        assertThat(page("/admin/items/{id}", c.drafter(), item.id())).contains("value=\"SUBMIT\"", "multipart/form-data");
        assertThat(page("/admin/items/{id}", c.reviewer(), item.id())).doesNotContain("value=\"SUBMIT\"", "multipart/form-data");
        // nav shows people management only to administrators
        assertThat(page("/admin", c.drafter())).doesNotContain("href=\"/admin/users\"", "href=\"/admin/agencies\"");
    }

    @Test
    void the_full_chain_through_the_web_forms_by_four_people_publishes() throws Exception {
        TestCounty.Chain c = county.chain("链条局");
        long id = createViaForm(c.drafter(), "四人审核发布测试");
        assertThat(items.get(id, c.drafter()).bodyHtml()).doesNotContain("script");

        act(id, c.drafter(), "SUBMIT", "");
        assertThat(page("/admin", c.reviewer())).contains("四人审核发布测试", "待审核");
        assertThat(page("/admin/items/{id}", c.reviewer(), id)).contains("value=\"APPROVE\"", "value=\"REJECT\"", "审核意见");
        act(id, c.reviewer(), "APPROVE", "内容准确，同意");
        assertThat(page("/admin", c.confidentialityReviewer())).contains("四人审核发布测试", "待保密审查");
        act(id, c.confidentialityReviewer(), "APPROVE", "不涉及国家秘密，同意公开");
        assertThat(page("/admin", c.signer())).contains("四人审核发布测试", "待签发");
        assertThat(page("/admin/items/{id}", c.signer(), id)).contains("value=\"PUBLISH\"");
        act(id, c.signer(), "PUBLISH", "同意发布");

        Item published = items.get(id, c.drafter());
        assertThat(published.status()).isEqualTo(ItemStatus.PUBLISHED);
        String view = page("/admin/items/{id}", c.signer(), id);
        assertThat(view).contains("已发布", "href=\"/items/" + id + "\"", "签发发布", "同意发布", c.signer().displayName());
        // after publication the signer may withdraw or change validity, nobody may edit
        assertThat(view).contains("value=\"WITHDRAW\"", "value=\"ABOLISH\"").doesNotContain("/edit\"");
        assertThat(page("/admin", c.drafter())).contains(Integer.toString(LocalDate.now(ClockConfig.ZONE).getYear()));
    }

    @Test
    void a_rejection_and_its_reason_reach_the_drafters_dashboard() throws Exception {
        TestCounty.Chain c = county.chain("退回局");
        long id = createViaForm(c.drafter(), "退回理由测试");
        act(id, c.drafter(), "SUBMIT", "");

        // a rejection without a reason is refused on the page, next to the opinion field
        String refused = mvc.perform(form("/admin/items/{id}/transition", id).with(as(c.reviewer()))
                        .param("action", "REJECT").param("opinion", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("请填写意见或理由", "role=\"alert\"", "href=\"#review-opinion\"",
                "aria-describedby=\"review-opinion-error review-hint\"");
        assertThat(items.get(id, c.drafter()).status()).isEqualTo(ItemStatus.IN_REVIEW);

        act(id, c.reviewer(), "REJECT", "请补充政策依据和附件");
        assertThat(items.get(id, c.drafter()).status()).isEqualTo(ItemStatus.DRAFT);
        String dashboard = page("/admin", c.drafter());
        assertThat(dashboard).contains("退回理由测试", "被退回", "请补充政策依据和附件", c.reviewer().displayName());

        // once resubmitted, the old reason is no longer shown as pending
        act(id, c.drafter(), "SUBMIT", "");
        assertThat(page("/admin", c.drafter())).doesNotContain("请补充政策依据和附件");
    }

    @Test
    void bad_input_re_renders_the_form_with_the_message_and_saves_nothing() throws Exception {
        TestCounty.Chain c = county.chain("输入局");
        long before = itemCount(c.agency());

        String empty = mvc.perform(form("/admin/items").with(as(c.drafter())).param("category", "TZGG").param("title", "  ")
                        .param("docNo", "青测〔2026〕9号").param("summary", "保留我"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("标题：此项为必填项", "id=\"title-error\"", "aria-describedby=\"title-error\"",
                "aria-invalid=\"true\"", "value=\"青测〔2026〕9号\"", "保留我", "role=\"alert\"");

        String future = LocalDate.now(ClockConfig.ZONE).plusDays(3).toString();
        String late = mvc.perform(form("/admin/items").with(as(c.drafter())).param("category", "TZGG")
                        .param("title", "成文日期在未来").param("writtenOn", future))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(late).contains("成文日期：成文日期不能晚于今天", "value=\"成文日期在未来\"", "value=\"" + future + "\"");

        String garbled = mvc.perform(form("/admin/items").with(as(c.drafter())).param("category", "TZGG")
                        .param("title", "日期格式错误").param("validFrom", "2026-13-45"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(garbled).contains("生效日期：", "2026-13-45", "yyyy-MM-dd");

        String noCategory = mvc.perform(form("/admin/items").with(as(c.drafter())).param("title", "没有栏目"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noCategory).contains("栏目：此项为必填项");

        assertThat(itemCount(c.agency())).isEqualTo(before);
        assertThat(page("/admin/items/new", c.drafter())).doesNotContain("role=\"alert\"");
    }

    @Test
    void an_edit_on_a_stale_version_is_refused_as_changed_by_someone_else() throws Exception {
        TestCounty.Chain c = county.chain("并发局");
        Item item = items.create(c.agency().code(), draft("并发修改测试"), c.drafter());
        int version = item.version();
        Officer colleague = TestCounty.officer(county.user(c.agency(), Role.DRAFTER), c.agency());
        items.update(item.id(), draft("同事先改了"), version, colleague);

        String page = mvc.perform(form("/admin/items/{id}/edit", item.id()).with(as(c.drafter())).param("category", "TZGG")
                        .param("title", "我的修改").param("version", Integer.toString(version)))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("已被他人修改", "value=\"我的修改\"");
        assertThat(items.get(item.id(), c.drafter()).title()).isEqualTo("同事先改了");

        Item fresh = items.get(item.id(), c.drafter());
        mvc.perform(form("/admin/items/{id}/edit", item.id()).with(as(c.drafter())).param("category", "GZDT")
                        .param("title", "我的修改").param("version", Integer.toString(fresh.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(items.get(item.id(), c.drafter())).extracting(Item::title, Item::categoryCode)
                .containsExactly("我的修改", "GZDT");
    }

    @Test
    void the_service_is_the_judge_and_its_refusal_is_shown_on_the_item_page() throws Exception {
        TestCounty.Chain c = county.chain("一审局");
        Officer both = TestCounty.officer(county.user(c.agency(), Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER), c.agency());
        long id = createViaForm(c.drafter(), "一事一审页面测试");
        act(id, c.drafter(), "SUBMIT", "");
        act(id, both, "APPROVE", "同意");
        String refused = mvc.perform(form("/admin/items/{id}/transition", id).with(as(both))
                        .param("action", "APPROVE").param("opinion", "也同意"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("一事一审", ">也同意</textarea>", "一事一审页面测试");

        // an action that does not fit the status (the drafter asks to publish)
        String conflict = mvc.perform(form("/admin/items/{id}/transition", id).with(as(c.drafter()))
                        .param("action", "PUBLISH").param("opinion", ""))
                .andExpect(status().is4xxClientError()).andReturn().getResponse().getContentAsString();
        assertThat(conflict).contains("role=\"alert\"").doesNotContain("Exception");
        assertThat(items.get(id, c.drafter()).status()).isEqualTo(ItemStatus.IN_CONFIDENTIALITY_REVIEW);
    }

    @Test
    void a_normative_document_without_interpretation_asks_the_signer_for_the_三同步_reason() throws Exception {
        TestCounty.Chain c = county.chain("规范局");
        Item item = items.create(c.agency().code(), new ItemDraft("ZCWJ", "某某管理办法", "青测规〔2026〕1号",
                LocalDate.of(2026, 2, 1), null, "办法", true, null, null, null, null, null, "<p>第一条</p>", null), c.drafter());
        items.transition(item.id(), Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.confidentialityReviewer());

        assertThat(page("/admin/items/{id}", c.signer(), item.id())).contains("name=\"noInterpretationReason\"", "三同步");
        String refused = mvc.perform(form("/admin/items/{id}/transition", item.id()).with(as(c.signer()))
                        .param("action", "PUBLISH").param("opinion", "同意发布"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("未同步发布解读的理由：", "id=\"sign-noInterpretationReason-error\"", "同意发布");

        mvc.perform(form("/admin/items/{id}/transition", item.id()).with(as(c.signer())).param("action", "PUBLISH")
                        .param("opinion", "同意发布").param("noInterpretationReason", "解读正在起草，三日内补发"))
                .andExpect(status().is3xxRedirection());
        assertThat(items.get(item.id(), c.signer()).status()).isEqualTo(ItemStatus.PUBLISHED);
        String sheet = page("/admin/items/{id}/approval-sheet", c.signer(), item.id());
        assertThat(sheet).contains("解读正在起草，三日内补发", "同意发布");

        // 政策解读 form offers the agency's policy documents
        assertThat(page("/admin/items/new", c.drafter())).contains("<option value=\"" + item.id() + "\"");

        // after publication: abolish needs a reason; with one it is recorded with its date
        String noReason = mvc.perform(form("/admin/items/{id}/transition", item.id()).with(as(c.signer()))
                        .param("action", "ABOLISH").param("opinion", "").param("effectiveOn", "2026-06-01"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(noReason).contains("请填写意见或理由", "value=\"2026-06-01\"");
        mvc.perform(form("/admin/items/{id}/transition", item.id()).with(as(c.signer())).param("action", "ABOLISH")
                        .param("opinion", "经清理废止").param("effectiveOn", "2026-06-01"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/admin/items/{id}", c.signer(), item.id())).contains("已废止", "经清理废止", "2026-06-01");
    }

    @Test
    void the_approval_sheet_shows_the_four_signatures_and_earlier_rounds() throws Exception {
        TestCounty.Chain c = county.chain("审批单局");
        long id = createViaForm(c.drafter(), "审批单测试");
        act(id, c.drafter(), "SUBMIT", "");
        act(id, c.reviewer(), "REJECT", "标题不规范");
        act(id, c.drafter(), "SUBMIT", "");
        act(id, c.reviewer(), "APPROVE", "审核同意");
        act(id, c.confidentialityReviewer(), "APPROVE", "保密审查同意");
        act(id, c.signer(), "PUBLISH", "签发同意");

        String sheet = page("/admin/items/{id}/approval-sheet", c.drafter(), id);
        assertThat(sheet).contains("审批单测试", items.get(id, c.drafter()).indexNo(), c.agency().name(), "青测〔2026〕7号",
                "通知公告", "2026-01-05", "主动公开", "面向全社会");
        assertThat(sheet).contains("拟稿人", "审核意见", "保密审查意见", "签发意见");
        assertThat(sheet).contains(c.drafter().displayName(), c.reviewer().displayName(),
                c.confidentialityReviewer().displayName(), c.signer().displayName());
        assertThat(sheet).contains("审核同意", "保密审查同意", "签发同意");
        assertThat(sheet).contains("此前的审批记录", "标题不规范", "第 1 轮");
        assertThat(sheet).contains("<th scope=\"row\"", "<th scope=\"col\"", "data-print", "/css/admin.css");
        assertThat(sheet).doesNotContain("class=\"topbar");
    }

    @Test
    void a_real_pdf_is_attached_and_a_renamed_executable_is_refused() throws Exception {
        TestCounty.Chain c = county.chain("附件局");
        long id = createViaForm(c.drafter(), "附件测试");
        byte[] pdf = AdminTestFiles.pdf();

        mvc.perform(multipart("/admin/items/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "实施方案.pdf", "application/pdf", pdf)).with(csrf()).with(as(c.drafter())))
                .andExpect(status().is3xxRedirection());
        Item item = items.get(id, c.drafter());
        assertThat(item.attachments()).hasSize(1);
        long attId = item.attachments().get(0).id();
        String view = page("/admin/items/{id}", c.drafter(), id);
        assertThat(view).contains("实施方案.pdf", "PDF", item.attachments().get(0).displaySize());

        mvc.perform(get("/admin/items/{id}/attachments/{a}", id, attId).with(as(c.reviewer())))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(pdf)).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")));

        String refused = mvc.perform(multipart("/admin/items/{id}/attachments", id)
                        .file(new MockMultipartFile("file", "通知.pdf", "application/pdf", AdminTestFiles.exe()))
                        .with(csrf()).with(as(c.drafter())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("附件：附件“通知.pdf”的类型不被允许", "id=\"upload-file-error\"", "href=\"#upload-file\"");
        assertThat(items.get(id, c.drafter()).attachments()).hasSize(1);

        mvc.perform(post("/admin/items/{id}/attachments/{a}/delete", id, attId).with(csrf()).with(as(c.drafter())))
                .andExpect(status().is3xxRedirection());
        assertThat(items.get(id, c.drafter()).attachments()).isEmpty();
    }

    @Test
    void posts_without_the_csrf_token_are_refused() throws Exception {
        TestCounty.Chain c = county.chain("令牌局");
        long id = createViaForm(c.drafter(), "令牌测试");
        mvc.perform(post("/admin/items/{id}/transition", id).with(as(c.drafter())).param("action", "SUBMIT"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/items").with(as(c.drafter())).param("category", "TZGG").param("title", "无令牌"))
                .andExpect(status().isForbidden());
        assertThat(items.get(id, c.drafter()).status()).isEqualTo(ItemStatus.DRAFT);
    }

    @Test
    void the_list_filters_by_text_and_status_and_the_county_chooses_the_agency() throws Exception {
        TestCounty.Chain c = county.chain("列表局");
        Item a = items.create(c.agency().code(), draft("列表甲文件"), c.drafter());
        items.create(c.agency().code(), draft("列表乙文件"), c.drafter());
        items.transition(a.id(), Transition.of(Action.SUBMIT, null), c.drafter());

        assertThat(page("/admin/items?q=列表甲", c.drafter())).contains("列表甲文件").doesNotContain("列表乙文件");
        assertThat(page("/admin/items?q=" + a.indexNo(), c.drafter())).contains("列表甲文件").doesNotContain("列表乙文件");
        assertThat(page("/admin/items?status=DRAFT", c.drafter())).contains("列表乙文件").doesNotContain("列表甲文件");

        Officer countyDrafter = TestCounty.officer(county.user(county.county(), Role.COUNTY_ADMIN, Role.DRAFTER), county.county());
        assertThat(page("/admin/items?agency=" + c.agency().code(), countyDrafter)).contains("列表甲文件", "列表乙文件");
        assertThat(page("/admin/items/new?agency=" + c.agency().code(), countyDrafter)).contains(c.agency().name(), "切换机构");
        mvc.perform(form("/admin/items").with(as(countyDrafter)).param("agency", c.agency().code()).param("category", "GZDT")
                        .param("title", "县里代发的信息"))
                .andExpect(status().is3xxRedirection());
        assertThat(items.list(c.drafter(), null, null, "县里代发", 1, 10).content())
                .singleElement().extracting(s -> s.agencyCode()).isEqualTo(c.agency().code());
    }
}
