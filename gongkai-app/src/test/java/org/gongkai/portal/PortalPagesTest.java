package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewAgency;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Every public page renders what a visitor needs, and refuses what it must not show. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PortalTestConfig.class)
class PortalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    PortalFixture fixture;
    @Autowired
    AgencyService agencies;

    String page(String url) throws Exception {
        MvcResult r = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html")).andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String failing(String url, int status) throws Exception {
        MvcResult r = mvc.perform(get(url)).andExpect(status().is(status)).andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void county_home_shows_the_site_the_agencies_by_kind_and_the_latest_items() throws Exception {
        TestCounty.Chain c = county.chain("首页局");
        Item item = fixture.publish(c, PortalFixture.draft("TZGG", TestCounty.unique("首页最新通知")));

        String html = page("/");
        assertThat(html).contains("<html lang=\"zh-CN\"")
                .contains("青山县政府信息公开")               // site title from the root agency 青山县人民政府
                .contains("跳到主要内容")
                .contains("href=\"/agencies/" + county.county().code() + "/guide\"")
                .contains("县政府部门")
                .contains(c.agency().name())
                .contains(item.title())
                .contains("action=\"/search\"")
                .contains("/a11y?mode=on&amp;back=/")
                .doesNotContain("class=\"a11y\"");
        assertThat(page("/agencies")).contains(c.agency().name()).contains("信息公开目录");
    }

    @Test
    void agency_home_has_the_guide_contacts_catalogue_tree_latest_items_and_feed_link() throws Exception {
        TestCounty.Chain c = county.chain("主页局");
        agencies.updateGuide(c.agency().id(), new NewAgency(c.agency().code(), c.agency().name(), null, c.agency().kind(),
                null, "青山县人民路 1 号", "工作日 8:30—17:30", "0578-8120001", "0578-8120002", "gk@example.gov.cn", "323900",
                "第一段：本指南说明如何获取本单位的政府信息。\n\n第二段：主动公开。\n第三段：依申请公开。"), county.countyAdmin());
        fixture.publish(c, PortalFixture.draft("CZXX-YS", "二〇二六年部门预算"));
        Item latest = fixture.publish(c, PortalFixture.draft("TZGG", "主页局最新通知"));
        String code = c.agency().code();

        String html = page("/agencies/" + code);
        assertThat(html).contains("<h1>" + c.agency().name() + "</h1>")
                .contains("第一段：本指南说明如何获取本单位的政府信息。").contains("第二段：主动公开。")
                .doesNotContain("第三段") // the home shows the start; the guide page has it all
                .contains("青山县人民路 1 号").contains("0578-8120001").contains("0578-8120002")
                .contains("mailto:gk@example.gov.cn").contains("323900").contains("工作日 8:30—17:30")
                .contains("rel=\"alternate\" type=\"application/atom+xml\" href=\"/agencies/" + code + "/feed.atom\"")
                .contains(latest.title()).contains(latest.indexNo());
        // the tree: 财政信息 counts its sub-category 预算, which is nested under it
        assertThat(html).containsPattern("财政信息</span>\\s*<span class=\"count\">（1）</span>");
        assertThat(html).containsPattern("(?s)财政信息.*<ul>.*预算</span>\\s*<span class=\"count\">（1）</span>");

        String guide = page("/agencies/" + code + "/guide");
        assertThat(guide).contains(c.agency().name() + "政府信息公开指南").contains("第三段：依申请公开。")
                .contains("办公地址").contains("传真").contains("电子邮箱").contains("邮编")
                .contains("财政预算、决算信息");
    }

    @Test
    void item_list_filters_by_category_year_and_validity_and_pages_by_twenty() throws Exception {
        TestCounty.Chain c = county.chain("列表局");
        String code = c.agency().code();
        Item budget = fixture.publish(c, PortalFixture.draft("CZXX-YS", "列表局预算公开"));
        Item abolished = fixture.publish(c, PortalFixture.draft("TZGG", "列表局已废止的通知"));
        fixture.transition(c, abolished.id(), Transition.of(Action.ABOLISH, "清理废止"));
        for (int i = 1; i <= 20; i++) {
            fixture.publish(c, PortalFixture.draft("GZDT", "列表局工作动态第" + i + "期"));
        }
        int year = budget.publishedOn().getYear();

        String all = page("/agencies/" + code + "/items");
        assertThat(all).contains("共 22 条，第 1 / 2 页")
                .contains("列表局工作动态第20期")            // newest first
                .doesNotContain("列表局预算公开")             // oldest, on page 2
                .contains("<th scope=\"col\" class=\"col-index\">索引号</th>").contains("文号").contains("发布日期")
                .contains("aria-label=\"分页\"").contains("aria-current=\"page\" class=\"current\"")
                .contains("href=\"/agencies/" + code + "/items?page=2\"");
        assertThat(page("/agencies/" + code + "/items?page=2")).contains("列表局预算公开").contains("第 2 / 2 页");
        failing("/agencies/" + code + "/items?page=3", 404);

        // a parent category lists its sub-categories' items
        assertThat(page("/agencies/" + code + "/items?category=CZXX")).contains("列表局预算公开").contains("共 1 条")
                .containsPattern("<option value=\"CZXX\"\\s+selected=\"selected\">财政信息</option>");
        assertThat(page("/agencies/" + code + "/items?category=CZXX-YS")).contains("列表局预算公开");
        assertThat(page("/agencies/" + code + "/items?validity=ABOLISHED")).contains("列表局已废止的通知")
                .contains("共 1 条").contains("badge-abolished");
        assertThat(page("/agencies/" + code + "/items?year=" + year)).contains("共 22 条");
        assertThat(page("/agencies/" + code + "/items?year=2001")).contains("共 0 条").contains("没有符合条件的信息。");
        assertThat(page("/agencies/" + code + "/items?category=RSXX")).contains("没有符合条件的信息。");
    }

    @Test
    void bad_filter_values_are_a_400_naming_the_field_in_chinese() throws Exception {
        TestCounty.Chain c = county.chain("筛选局");
        String base = "/agencies/" + c.agency().code() + "/items";
        assertThat(failing(base + "?category=NOPE", 400)).contains("栏目：").contains("没有栏目“NOPE”");
        assertThat(failing(base + "?year=abc", 400)).contains("年份：").contains("“abc”不是有效的年份");
        assertThat(failing(base + "?year=1800", 400)).contains("年份：");
        assertThat(failing(base + "?validity=forever", 400)).contains("有效性：").contains("“forever”");
        assertThat(failing(base + "?page=x", 400)).contains("页码：");
        assertThat(failing("/agencies/113309990000009999/items", 404)).contains("找不到机构");
    }

    @Test
    void item_page_shows_the_catalogue_metadata_body_and_attachments() throws Exception {
        TestCounty.Chain c = county.chain("正文局");
        ItemDraft d = new ItemDraft("ZCWJ", "正文局关于加强管理的通知", "青正〔2026〕7号", LocalDate.of(2026, 2, 20),
                "城乡建设\\市政", "通知", false, LocalDate.of(2026, 3, 1), LocalDate.of(2028, 2, 29), null, null,
                "加强管理的概述", "<p>正文第一段，<a href=\"https://www.gov.cn/\">中国政府网</a>。</p>", null);
        Item item = fixture.publish(c, d, "附件一 实施细则.pdf");

        String html = page("/items/" + item.id());
        assertThat(html).contains("<h1>正文局关于加强管理的通知</h1>")
                .contains(item.indexNo()).contains(c.agency().name()).contains("城乡建设\\市政").contains("通知")
                .contains("青正〔2026〕7号").contains("2026-02-20").contains(item.publishedOn().toString())
                .contains("badge-valid").contains("2026-03-01 至 2028-02-29").contains("主动公开").contains("面向全社会")
                .contains("加强管理的概述")
                .contains("<a href=\"https://www.gov.cn/\">中国政府网</a>")     // body rendered as (sanitized) HTML
                .contains("aria-label=\"当前位置\"").contains(">政策文件</a>")
                .contains("附件一 实施细则.pdf").contains("（PDF，")
                .contains("/items/" + item.id() + "/attachments/" + item.attachments().get(0).id());
    }

    @Test
    void attachments_download_with_their_type_a_utf8_file_name_and_nosniff() throws Exception {
        TestCounty.Chain c = county.chain("附件局");
        Item item = fixture.publish(c, PortalFixture.draft("TZGG", "附件局通知"), "附件一 实施细则.pdf");
        long att = item.attachments().get(0).id();

        MvcResult r = mvc.perform(get("/items/" + item.id() + "/attachments/" + att)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Length", Integer.toString(PortalFixture.PDF.length)))
                .andReturn();
        String disposition = r.getResponse().getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment;")
                .contains("filename*=UTF-8''%E9%99%84%E4%BB%B6%E4%B8%80%20%E5%AE%9E%E6%96%BD%E7%BB%86%E5%88%99.pdf");
        assertThat(r.getResponse().getContentAsByteArray()).isEqualTo(PortalFixture.PDF);
        String etag = r.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get("/items/" + item.id() + "/attachments/" + att).header("If-None-Match", etag))
                .andExpect(status().isNotModified());

        mvc.perform(get("/items/" + item.id() + "/attachments/999999999")).andExpect(status().isNotFound());
        Item draft = fixture.draftOnly(c, PortalFixture.draft("TZGG", "附件局草稿"));
        mvc.perform(get("/items/" + draft.id() + "/attachments/" + att)).andExpect(status().isNotFound());
    }

    @Test
    void unpublished_withdrawn_and_unknown_items_are_404() throws Exception {
        TestCounty.Chain c = county.chain("撤回局");
        Item draft = fixture.draftOnly(c, PortalFixture.draft("TZGG", "撤回局草稿"));
        Item withdrawn = fixture.publish(c, PortalFixture.draft("TZGG", "撤回局将被撤回的通知"));
        fixture.transition(c, withdrawn.id(), Transition.of(Action.WITHDRAW, "内容有误，撤回"));

        assertThat(failing("/items/" + draft.id(), 404)).contains("找不到该信息").doesNotContain("撤回局草稿");
        assertThat(failing("/items/" + withdrawn.id(), 404)).contains("找不到该信息");
        failing("/items/987654321", 404);
        failing("/items/not-a-number", 404);
        assertThat(page("/agencies/" + c.agency().code() + "/items")).doesNotContain("撤回局将被撤回的通知")
                .doesNotContain("撤回局草稿");
    }

    @Test
    void interpretations_are_linked_both_ways_and_a_replaced_document_links_its_successor() throws Exception {
        TestCounty.Chain c = county.chain("解读局");
        Item policy = fixture.publish(c, PortalFixture.draft("ZCWJ", "解读局管理办法"));
        Item interpretation = fixture.publish(c, new ItemDraft("ZCJD", "《解读局管理办法》政策解读", null, null, null, "解读",
                false, null, null, null, null, null, "<p>解读</p>", policy.id()));
        Item successor = fixture.publish(c, PortalFixture.draft("ZCWJ", "解读局管理办法（修订）"));
        fixture.transition(c, policy.id(), new Transition(Action.ABOLISH, "被修订版替代", null, null, successor.indexNo()));

        String policyPage = page("/items/" + policy.id());
        assertThat(policyPage).contains("本文件的政策解读")
                .contains("href=\"/items/" + interpretation.id() + "\">《解读局管理办法》政策解读</a>")
                .contains("badge-abolished").contains("已废止").contains("（自 ")
                .contains("替代文件：").contains("href=\"/items/" + successor.id() + "\">《解读局管理办法（修订）》</a>")
                .contains("本文件已废止");
        assertThat(page("/items/" + interpretation.id())).contains("解读的政策文件")
                .contains("href=\"/items/" + policy.id() + "\">解读局管理办法</a>");
    }

    @Test
    void the_a11y_cookie_switches_the_layout_to_large_high_contrast() throws Exception {
        String html = mvc.perform(get("/").cookie(new jakarta.servlet.http.Cookie("gk_a11y", "1")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<body class=\"a11y\">").contains("退出适老化模式").contains("/a11y?mode=off");
    }
}
