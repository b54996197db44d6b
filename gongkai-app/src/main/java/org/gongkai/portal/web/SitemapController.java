package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.gongkai.agency.Agency;
import org.gongkai.catalog.ItemSummary;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.platform.NotFoundException;
import org.gongkai.portal.CountyDirectory;
import org.gongkai.portal.SitemapWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Tells search engines what there is: robots.txt, a sitemap index, one sitemap of the site's own
 * pages and the published items in files of at most 50,000 URLs (the protocol's limit). A county
 * with years of history holds hundreds of thousands of items, so item sitemaps are streamed page by
 * page from the catalogue and never held in memory whole.
 */
@Controller
class SitemapController {

    /** Rows fetched per query while streaming an item sitemap; divides {@link SitemapWriter#MAX_URLS}. */
    static final int BATCH = 5_000;
    private static final String CACHE = PublicCaching.PUBLIC_MINUTE;

    private final CountyDirectory directory;
    private final PublicCatalog catalog;

    SitemapController(CountyDirectory directory, PublicCatalog catalog) {
        this.directory = directory;
        this.catalog = catalog;
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Disallow: /admin
                Disallow: /login
                Disallow: /api/
                Disallow: /a11y
                Disallow: /search
                Disallow: /agencies/*/search

                Sitemap: %s/sitemap.xml
                """.formatted(base());
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, CACHE).body(body);
    }

    /** Number of item sitemap files for the published items now. */
    long itemChunks() {
        long n = catalog.countPublished();
        return (n + SitemapWriter.MAX_URLS - 1) / SitemapWriter.MAX_URLS;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException, XMLStreamException {
        String base = base();
        try (SitemapWriter w = SitemapWriter.index(start(response))) {
            w.sitemap(base + "/sitemap-pages.xml", null);
            for (long n = 1; n <= itemChunks(); n++) {
                w.sitemap(base + "/sitemap-items-" + n + ".xml", null);
            }
        }
    }

    @GetMapping("/sitemap-pages.xml")
    void pages(HttpServletResponse response) throws IOException, XMLStreamException {
        String base = base();
        try (SitemapWriter w = SitemapWriter.urlset(start(response))) {
            w.url(base + "/", null);
            w.url(base + "/agencies", null);
            for (Agency a : directory.all()) {
                w.url(base + "/agencies/" + a.code(), null);
                w.url(base + "/agencies/" + a.code() + "/guide", null);
                w.url(base + "/agencies/" + a.code() + "/items", null);
            }
        }
    }

    @GetMapping("/sitemap-items-{n:\\d{1,6}}.xml")
    void items(@PathVariable int n, HttpServletRequest request, HttpServletResponse response)
            throws IOException, XMLStreamException {
        if (n < 1 || n > itemChunks()) {
            throw new NotFoundException("error.notFound");
        }
        ShallowEtagHeaderFilter.disableContentCaching(request);
        String base = base();
        int batchesPerFile = SitemapWriter.MAX_URLS / BATCH;
        try (SitemapWriter w = SitemapWriter.urlset(start(response))) {
            for (int b = 1; b <= batchesPerFile; b++) {
                List<ItemSummary> batch = catalog.list(null, null, null, null, (n - 1) * batchesPerFile + b, BATCH).content();
                for (ItemSummary s : batch) {
                    w.url(base + "/items/" + s.id(), lastModified(s));
                }
                w.flush();
                if (batch.size() < BATCH) {
                    break;
                }
            }
        }
    }

    /** A published item changes on the page only when published or when its validity changes. */
    private static LocalDate lastModified(ItemSummary s) {
        LocalDate d = s.publishedOn();
        if (s.validityChangedOn() != null && (d == null || s.validityChangedOn().isAfter(d))) {
            d = s.validityChangedOn();
        }
        return d;
    }

    private static OutputStream start(HttpServletResponse response) throws IOException {
        response.setContentType(new MediaType("application", "xml", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
        return response.getOutputStream();
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
