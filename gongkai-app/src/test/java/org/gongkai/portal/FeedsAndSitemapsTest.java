package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.catalog.Item;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Atom feeds, sitemaps and robots.txt are well-formed and list what is published. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(PortalTestConfig.class)
class FeedsAndSitemapsTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCounty county;
    @Autowired
    PortalFixture fixture;

    Document xml(String url, String contentType) throws Exception {
        byte[] body = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(contentType)).andReturn().getResponse().getContentAsByteArray();
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    static String text(Element parent, String ns, String name) {
        NodeList n = parent.getElementsByTagNameNS(ns, name);
        return n.getLength() == 0 ? null : n.item(0).getTextContent();
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        NodeList n = parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < n.getLength(); i++) {
            if (n.item(i).getParentNode() == parent) {
                out.add((Element) n.item(i));
            }
        }
        return out;
    }

    @Test
    void agency_feed_is_atom_with_the_latest_items_and_escapes_markup_in_titles() throws Exception {
        TestCounty.Chain c = county.chain("订阅局");
        Item first = fixture.publish(c, PortalFixture.draft("TZGG", "订阅局第一条通知"));
        Item tricky = fixture.publish(c, PortalFixture.draft("CZXX-YS", "关于A&B<公司>“预算”的公告"));
        String code = c.agency().code();

        Document doc = xml("/agencies/" + code + "/feed.atom", "application/atom+xml");
        Element feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(text(feed, ATOM, "id")).isEqualTo("http://localhost/agencies/" + code + "/feed.atom");
        assertThat(text(feed, ATOM, "title")).contains(c.agency().name());
        OffsetDateTime.parse(text(feed, ATOM, "updated")); // RFC 3339
        List<Element> links = children(feed, ATOM, "link");
        assertThat(links).anySatisfy(l -> {
            assertThat(l.getAttribute("rel")).isEqualTo("self");
            assertThat(l.getAttribute("href")).isEqualTo("http://localhost/agencies/" + code + "/feed.atom");
        });
        assertThat(text(children(feed, ATOM, "author").get(0), ATOM, "name")).isEqualTo(c.agency().name());

        List<Element> entries = children(feed, ATOM, "entry");
        assertThat(entries).hasSize(2);
        Element newest = entries.get(0);
        assertThat(text(newest, ATOM, "title")).isEqualTo("关于A&B<公司>“预算”的公告");
        assertThat(text(newest, ATOM, "id")).isEqualTo("http://localhost/items/" + tricky.id());
        assertThat(((Element) newest.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("http://localhost/items/" + tricky.id());
        assertThat(text(newest, ATOM, "summary")).isEqualTo("关于关于A&B<公司>“预算”的公告的内容概述");
        OffsetDateTime.parse(text(newest, ATOM, "updated"));
        OffsetDateTime.parse(text(newest, ATOM, "published"));
        assertThat(text(entries.get(1), ATOM, "title")).isEqualTo(first.title());

        // a category feed has only that category (with its sub-categories)
        Document cat = xml("/agencies/" + code + "/categories/CZXX/feed.atom", "application/atom+xml");
        List<Element> catEntries = children(cat.getDocumentElement(), ATOM, "entry");
        assertThat(catEntries).hasSize(1);
        assertThat(text(catEntries.get(0), ATOM, "title")).isEqualTo(tricky.title());
        mvc.perform(get("/agencies/" + code + "/categories/NOPE/feed.atom")).andExpect(status().isNotFound());
    }

    @Test
    void agency_pages_announce_their_feed() throws Exception {
        TestCounty.Chain c = county.chain("宣告局");
        String html = mvc.perform(get("/agencies/" + c.agency().code() + "/items?category=TZGG")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/agencies/"
                + c.agency().code() + "/categories/TZGG/feed.atom\"");
    }

    @Test
    void sitemap_index_points_at_the_pages_and_item_chunks_which_list_published_items() throws Exception {
        TestCounty.Chain c = county.chain("地图局");
        Item item = fixture.publish(c, PortalFixture.draft("TZGG", "地图局通知"));
        Item draft = fixture.draftOnly(c, PortalFixture.draft("TZGG", "地图局草稿"));

        Element index = xml("/sitemap.xml", "application/xml").getDocumentElement();
        assertThat(index.getNamespaceURI()).isEqualTo(SITEMAP);
        assertThat(index.getLocalName()).isEqualTo("sitemapindex");
        List<String> maps = new ArrayList<>();
        for (Element s : children(index, SITEMAP, "sitemap")) {
            maps.add(text(s, SITEMAP, "loc"));
        }
        assertThat(maps).first().isEqualTo("http://localhost/sitemap-pages.xml");
        assertThat(maps).contains("http://localhost/sitemap-items-1.xml");

        Element pages = xml("/sitemap-pages.xml", "application/xml").getDocumentElement();
        assertThat(pages.getLocalName()).isEqualTo("urlset");
        assertThat(pages.getTextContent()).contains("http://localhost/agencies/" + c.agency().code());

        List<String> urls = new ArrayList<>();
        String lastmod = null;
        for (int n = 1; n < maps.size(); n++) {
            Element set = xml("/sitemap-items-" + n + ".xml", "application/xml").getDocumentElement();
            for (Element u : children(set, SITEMAP, "url")) {
                urls.add(text(u, SITEMAP, "loc"));
                if (text(u, SITEMAP, "loc").endsWith("/items/" + item.id())) {
                    lastmod = text(u, SITEMAP, "lastmod");
                }
            }
        }
        assertThat(urls).contains("http://localhost/items/" + item.id())
                .doesNotContain("http://localhost/items/" + draft.id()).doesNotHaveDuplicates();
        assertThat(lastmod).isEqualTo(item.publishedOn().toString());
        mvc.perform(get("/sitemap-items-" + maps.size() + ".xml")).andExpect(status().isNotFound());
        mvc.perform(get("/sitemap-items-0.xml")).andExpect(status().isNotFound());
    }

    @Test
    void robots_txt_points_at_the_sitemap_and_keeps_crawlers_out_of_the_back_office() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/plain")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(robots).contains("Sitemap: http://localhost/sitemap.xml").contains("Disallow: /admin")
                .contains("Disallow: /api/");
    }
}
