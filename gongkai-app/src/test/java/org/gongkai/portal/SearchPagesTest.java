package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.gongkai.catalog.Item;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The search page renders what the search service finds; the JSON API has the documented shape. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PortalTestConfig.class)
class SearchPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    PortalFixture fixture;
    @Autowired
    FakeSearchService fake;

    String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void results_show_highlights_agency_date_index_number_facets_sort_and_pages() throws Exception {
        TestCounty.Chain a = county.chain("检索甲局");
        TestCounty.Chain b = county.chain("检索乙局");
        String word = TestCounty.unique("检索词");
        fixture.publish(b, PortalFixture.draft("CZXX-YS", word + "乙预算"));
        for (int i = 0; i < 10; i++) {
            fixture.publish(b, PortalFixture.draft("GZDT", word + "乙动态" + i));
        }
        Item ia = fixture.publish(a, PortalFixture.draft("TZGG", word + "<甲>通知"));

        String q = java.net.URLEncoder.encode(word, StandardCharsets.UTF_8);
        String html = page("/search?q=" + word);
        assertThat(html).contains("找到 12 条结果（用时 3 毫秒）")
                .contains("<mark>" + word + "</mark>&lt;甲&gt;通知")      // highlighted, and escaped around the mark
                .doesNotContain("<甲>")
                .contains(a.agency().name()).contains(ia.indexNo()).contains(ia.publishedOn().toString())
                .contains("href=\"/search?q=" + q + "&amp;agency=" + b.agency().code() + "\"")  // agency facet
                .contains(b.agency().name() + "</span> <span class=\"count\">（11）</span>")
                .contains("href=\"/search?q=" + q + "&amp;category=CZXX-YS\"").contains("预算")
                .contains("href=\"/search?q=" + q + "&amp;sort=newest\"").contains("最早")
                .contains("aria-label=\"分页\"").contains("href=\"/search?q=" + q + "&amp;page=2\"");
        assertThat(page("/search?q=" + word + "&agency=" + a.agency().code())).contains("找到 1 条结果")
                .contains("aria-current=\"true\"");
        assertThat(page("/search?q=" + word + "&page=2")).contains("找到 12 条结果").contains("start=\"11\"");
        assertThat(page("/agencies/" + a.agency().code() + "/search?q=" + word)).contains("找到 1 条结果")
                .contains("在" + a.agency().name() + "内检索");
        assertThat(page("/search?q=" + TestCounty.unique("无此词"))).contains("没有找到与");
        assertThat(page("/search")).contains("请输入检索词").doesNotContain("找到");
    }

    @Test
    void a_busy_search_is_503_with_a_chinese_message_on_the_page_and_in_the_api() throws Exception {
        fake.busy = true;
        try {
            assertThat(mvc.perform(get("/search?q=预算")).andExpect(status().isServiceUnavailable()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("系统繁忙").contains("当前检索的人数较多，请几秒钟后再试。").doesNotContain("Exception");
            mvc.perform(get("/api/v1/search?q=预算")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(jsonPath("$.message").value("当前检索的人数较多，请几秒钟后再试。"));
        } finally {
            fake.busy = false;
        }
        mvc.perform(get("/api/v1/search?q=预算")).andExpect(status().isOk());
    }

    @Test
    void bad_search_parameters_are_400_with_a_chinese_message() throws Exception {
        assertThat(mvc.perform(get("/search?q=x&agency=NOPE")).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("所属机构：").contains("找不到机构");
        mvc.perform(get("/api/v1/search?q=x&year=20x6")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year")).andExpect(jsonPath("$.message").value(containsString("年份：")));
    }

    @Test
    void json_api_returns_total_and_hits_with_plain_text_snippets() throws Exception {
        TestCounty.Chain a = county.chain("接口局");
        String word = TestCounty.unique("接口词");
        Item item = fixture.publish(a, PortalFixture.draft("TZGG", word + "通知"));
        fixture.publish(a, PortalFixture.draft("GZDT", word + "动态"));

        mvc.perform(get("/api/v1/search").param("q", word).param("agency", a.agency().code()).param("category", "TZGG"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits", hasSize(1)))
                .andExpect(jsonPath("$.hits[0].id").value(item.id()))
                .andExpect(jsonPath("$.hits[0].title").value(word + "通知"))
                .andExpect(jsonPath("$.hits[0].indexNo").value(item.indexNo()))
                .andExpect(jsonPath("$.hits[0].agency").value(a.agency().code()))
                .andExpect(jsonPath("$.hits[0].agencyName").value(a.agency().name()))
                .andExpect(jsonPath("$.hits[0].category").value("TZGG"))
                .andExpect(jsonPath("$.hits[0].publishedOn").value(item.publishedOn().toString()))
                .andExpect(jsonPath("$.hits[0].url").value("/items/" + item.id()))
                .andExpect(jsonPath("$.hits[0].snippet").value(not(containsString("<mark>"))));
        mvc.perform(get("/api/v1/search").param("q", word)).andExpect(jsonPath("$.total").value(2));
        mvc.perform(get("/api/v1/search")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.hits", hasSize(0)));
    }
}
