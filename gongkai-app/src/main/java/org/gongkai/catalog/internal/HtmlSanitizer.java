package org.gongkai.catalog.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Item bodies come from editors and office systems; only a safelist of formatting survives
 * (paragraphs, headings, lists, tables, links, images over http(s)), so no script or style can reach a
 * visitor's browser.
 */
@Component
public class HtmlSanitizer {

    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("hr", "figure", "figcaption")
            .addAttributes("td", "rowspan", "colspan")
            .addAttributes("th", "rowspan", "colspan", "scope")
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "https", "http")
            .addProtocols("a", "href", "https", "http", "mailto")
            .preserveRelativeLinks(true);

    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "http://localhost/", SAFE, out);
    }

    /** Plain text of a body, for search and summaries. */
    public static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
