package org.gongkai.portal.web;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.gongkai.agency.Agency;
import org.gongkai.catalog.Category;
import org.gongkai.catalog.ItemSummary;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.PublishedItem;
import org.gongkai.platform.ClockConfig;
import org.gongkai.platform.NotFoundException;
import org.gongkai.portal.AtomFeed;
import org.gongkai.portal.CountyDirectory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Atom feeds of an agency's latest 50 published items, overall or for one category (and its
 * sub-categories), so that disclosures can be followed by feed readers and aggregated by the city.
 */
@Controller
class FeedController {

    static final int ENTRIES = 50;
    private static final MediaType ATOM = new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8);
    /** An empty feed still needs an "updated"; the start of this process is stable between requests. */
    private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final CountyDirectory directory;
    private final PublicCatalog catalog;
    private final MessageSource messages;

    FeedController(CountyDirectory directory, PublicCatalog catalog, MessageSource messages) {
        this.directory = directory;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/agencies/{code}/feed.atom")
    ResponseEntity<byte[]> agency(@PathVariable String code) throws XMLStreamException {
        Agency agency = directory.require(code);
        String path = "/agencies/" + agency.code();
        return feed(agency, null, path + "/feed.atom", path, text("portal.feed.title", agency.name()));
    }

    @GetMapping("/agencies/{code}/categories/{category}/feed.atom")
    ResponseEntity<byte[]> category(@PathVariable String code, @PathVariable String category) throws XMLStreamException {
        Agency agency = directory.require(code);
        Category c = catalog.category(agency.id(), category)
                .orElseThrow(() -> new NotFoundException("portal.category.notFound", category));
        String path = "/agencies/" + agency.code();
        return feed(agency, c.code(), path + "/categories/" + c.code() + "/feed.atom", path + "/items?category=" + c.code(),
                text("portal.feed.categoryTitle", agency.name(), c.name()));
    }

    private ResponseEntity<byte[]> feed(Agency agency, String categoryCode, String selfPath, String htmlPath, String title)
            throws XMLStreamException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<AtomFeed.Entry> entries = new ArrayList<>();
        Instant updated = null;
        for (ItemSummary s : catalog.list(agency.id(), categoryCode, null, null, 1, ENTRIES).content()) {
            PublishedItem p = catalog.published(s.id()).orElse(null);
            if (p == null) {
                continue; // withdrawn between the two reads
            }
            Instant published = startOfDay(p.publishedOn());
            Instant changed = p.updatedAt() == null ? published : p.updatedAt();
            entries.add(new AtomFeed.Entry(base + p.url(), p.title(), base + p.url(), published, changed,
                    summary(p), p.agencyName(), p.categoryCode(), p.categoryName()));
            if (updated == null || changed.isAfter(updated)) {
                updated = changed;
            }
        }
        AtomFeed feed = new AtomFeed(base + selfPath, title, text("portal.feed.subtitle", agency.name()), base + selfPath,
                base + htmlPath, updated == null ? STARTED : updated, agency.name(), entries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        feed.writeTo(out);
        return ResponseEntity.ok().contentType(ATOM).header(HttpHeaders.CACHE_CONTROL, PublicCaching.PUBLIC_MINUTE)
                .body(out.toByteArray());
    }

    /** The 内容概述 if the officer wrote one, else the start of the text. */
    private static String summary(PublishedItem p) {
        if (p.summary() != null && !p.summary().isBlank()) {
            return p.summary();
        }
        String body = p.bodyText() == null ? "" : p.bodyText().strip();
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }

    private static Instant startOfDay(LocalDate d) {
        return d == null ? null : d.atStartOfDay(ClockConfig.ZONE).toInstant();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
