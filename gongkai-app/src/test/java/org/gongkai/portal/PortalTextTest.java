package org.gongkai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small pure pieces: guide paragraphs, the county's name, the feed and sitemap writers. */
class PortalTextTest {

    @Test
    void guide_text_lines_become_paragraphs_without_indentation() {
        assertThat(GuideText.paragraphs("　　一、总则\r\n\n  二、范围 \n\n")).containsExactly("一、总则", "二、范围");
        assertThat(GuideText.paragraphs(null)).isEmpty();
        assertThat(GuideText.lead("a\nb\nc", 2)).containsExactly("a", "b");
    }

    @Test
    void the_county_name_is_the_government_name_without_人民政府() {
        assertThat(CountyDirectory.countyName("青山县人民政府")).isEqualTo("青山县");
        assertThat(CountyDirectory.countyName("青山区")).isEqualTo("青山区");
        assertThat(CountyDirectory.countyName("人民政府")).isEqualTo("人民政府");
    }

    @Test
    void atom_times_are_rfc3339_in_china_time() {
        assertThat(AtomFeed.time(Instant.parse("2026-03-01T16:30:00.123Z"))).isEqualTo("2026-03-02T00:30:00+08:00");
    }

    @Test
    void the_feed_writer_escapes_what_xml_needs_escaped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AtomFeed("http://x/f", "A&B <局>", null, "http://x/f", "http://x/", Instant.EPOCH, "局",
                List.of(new AtomFeed.Entry("http://x/items/1", "关于\"A&B\"<公司>的通知", "http://x/items/1?a=1&b=2",
                        Instant.EPOCH, Instant.EPOCH, "概述 & 说明", "局", "TZGG", "通知公告"))).writeTo(out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<title>A&amp;B &lt;局&gt;</title>").contains("关于\"A&amp;B\"&lt;公司&gt;的通知")
                .contains("href=\"http://x/items/1?a=1&amp;b=2\"").contains("<summary type=\"text\">概述 &amp; 说明</summary>");
    }

    @Test
    void the_sitemap_writer_writes_a_urlset() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SitemapWriter w = SitemapWriter.urlset(out)) {
            w.url("http://x/items/1?a=1&b=2", LocalDate.of(2026, 3, 2));
            w.url("http://x/", null);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<url><loc>http://x/items/1?a=1&amp;b=2</loc><lastmod>2026-03-02</lastmod></url>")
                .contains("<url><loc>http://x/</loc></url>");
    }
}
