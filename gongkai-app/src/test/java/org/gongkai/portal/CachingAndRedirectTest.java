package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongkai.catalog.Item;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Public pages are cacheable and revalidate with 304; the 适老化 switch cannot be used as an open redirect. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PortalTestConfig.class)
class CachingAndRedirectTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    PortalFixture fixture;

    @Test
    void public_pages_have_public_cache_control_and_a_weak_etag_that_answers_304() throws Exception {
        TestCounty.Chain c = county.chain("缓存局");
        fixture.publish(c, PortalFixture.draft("TZGG", "缓存局通知"));
        for (String url : new String[] {"/", "/agencies/" + c.agency().code(), "/agencies/" + c.agency().code() + "/items",
                "/agencies/" + c.agency().code() + "/feed.atom", "/search?q=缓存局", "/api/v1/search?q=缓存局", "/sitemap.xml"}) {
            MvcResult first = mvc.perform(get(url)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "public, max-age=60")).andReturn();
            String etag = first.getResponse().getHeader("ETag");
            assertThat(etag).as(url).startsWith("W/\"");
            mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified())
                    .andExpect(header().string("ETag", etag));
        }
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getHeaders("Vary")).anySatisfy(v ->
                assertThat(v.toLowerCase()).contains("cookie"));
    }

    @Test
    void the_item_page_sends_last_modified_and_honours_if_modified_since() throws Exception {
        TestCounty.Chain c = county.chain("修改局");
        Item item = fixture.publish(c, PortalFixture.draft("TZGG", "修改局通知"));
        MvcResult r = mvc.perform(get("/items/" + item.id())).andExpect(status().isOk()).andReturn();
        String lastModified = r.getResponse().getHeader("Last-Modified");
        assertThat(lastModified).isNotBlank();
        mvc.perform(get("/items/" + item.id()).header("If-Modified-Since", lastModified))
                .andExpect(status().isNotModified()).andExpect(header().string("Cache-Control", "public, max-age=60"));
        mvc.perform(get("/items/" + item.id()).header("If-None-Match", r.getResponse().getHeader("ETag")))
                .andExpect(status().isNotModified());
        // a different variant (the 适老化 mode) has another ETag, so it is never answered from the other's
        mvc.perform(get("/items/" + item.id()).cookie(new jakarta.servlet.http.Cookie("gk_a11y", "1"))
                .header("If-None-Match", r.getResponse().getHeader("ETag"))).andExpect(status().isOk());
    }

    @Test
    void errors_the_back_office_and_the_items_api_are_not_publicly_cached() throws Exception {
        MvcResult notFound = mvc.perform(get("/items/987654321")).andExpect(status().isNotFound()).andReturn();
        assertThat(notFound.getResponse().getHeader("ETag")).isNull();
        assertThat(notFound.getResponse().getHeader("Cache-Control")).doesNotContain("public");
        MvcResult admin = mvc.perform(get("/admin")).andReturn();
        assertThat(admin.getResponse().getHeader("ETag")).isNull();
        MvcResult api = mvc.perform(get("/api/v1/items/1")).andExpect(status().isUnauthorized()).andReturn();
        assertThat(api.getResponse().getHeader("ETag")).isNull();
        MvcResult toggle = mvc.perform(get("/a11y?mode=on&back=/")).andReturn();
        assertThat(toggle.getResponse().getHeader("Cache-Control")).doesNotContain("public");
    }

    @Test
    void the_a11y_switch_sets_the_cookie_and_returns_to_the_page() throws Exception {
        mvc.perform(get("/a11y").param("mode", "on").param("back", "/agencies?x=1#top"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/agencies?x=1#top"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.startsWith("gk_a11y=1;"), org.hamcrest.Matchers.containsString("Path=/"),
                        org.hamcrest.Matchers.containsString("HttpOnly"), org.hamcrest.Matchers.containsString("SameSite=Lax"))));
        mvc.perform(get("/a11y").param("mode", "off").param("back", "/search?q=%E9%A2%84%E7%AE%97"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/search?q=%E9%A2%84%E7%AE%97"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("Max-Age=0")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/", "/\\evil.example", "http:/evil.example",
            "javascript:alert(1)", "evil.example", "/%0d%0aSet-Cookie:x=1", "\t//evil.example"})
    void the_a11y_switch_never_redirects_off_site(String back) throws Exception {
        MvcResult r = mvc.perform(get("/a11y").param("mode", "on").param("back", back))
                .andExpect(status().isSeeOther()).andReturn();
        String location = r.getResponse().getHeader("Location");
        assertThat(location).as(back).satisfiesAnyOf(
                l -> assertThat(l).isEqualTo("/"),
                l -> assertThat(l).startsWith("/").doesNotStartWith("//").doesNotContain("\\").doesNotContain("\r"));
        assertThat(location).doesNotContain("evil.example/").doesNotStartWith("//");
    }
}
