package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.gongkai.catalog.AttachmentInfo;
import org.gongkai.catalog.Category;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemSummary;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.PublishedItem;
import org.gongkai.platform.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The page of one published item, in the catalogue's standard layout, and its attachments. Anything
 * not published (drafts, withdrawn items, unknown ids) is a plain 404, so the site never confirms
 * that an unpublished document exists.
 */
@Controller
class ItemPageController implements PortalPage {

    /** Pages rendered by an older build must not be declared current: the layout may have changed. */
    private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final PublicCatalog catalog;

    ItemPageController(PublicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/items/{id:\\d{1,18}}")
    String item(@PathVariable long id, WebRequest web, HttpServletResponse response, Model model) {
        Item item = catalog.item(id).orElseThrow(() -> new NotFoundException("item.notFound"));
        // The page also shows the titles of its interpretations and of the document replacing it,
        // so it is as new as the newest of them. Browsers send If-None-Match as well, which the
        // ETag filter answers exactly; If-Modified-Since alone is honoured only without it.
        Instant lastModified = lastModified(item);
        if (web.getHeader(HttpHeaders.IF_NONE_MATCH) == null) {
            if (web.checkNotModified(lastModified.toEpochMilli())) {
                return null;
            }
        } else {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified.toEpochMilli());
        }
        Category category = catalog.category(item.agencyId(), item.categoryCode()).orElse(null);
        model.addAttribute("item", item);
        model.addAttribute("parentCategory", category == null || category.parentCode() == null ? null
                : catalog.category(item.agencyId(), category.parentCode()).orElse(null));
        return "portal/item";
    }

    /**
     * An attachment of a published item, as a download named by its original (usually Chinese) file
     * name per RFC 6266/5987. Its type was sniffed on upload, and {@code nosniff} stops a browser from
     * second-guessing it. Content-addressed by SHA-256, so that hash is a strong ETag; Spring answers
     * conditional and range requests for it from the headers given here.
     */
    @GetMapping("/items/{id:\\d{1,18}}/attachments/{attachmentId:\\d{1,18}}")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId,
                                        HttpServletRequest request) {
        AttachmentInfo a = catalog.attachment(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment.notFound"));
        Path file = catalog.attachmentPath(a);
        if (!Files.isReadable(file)) {
            throw new NotFoundException("attachment.notFound");
        }
        ShallowEtagHeaderFilter.disableContentCaching(request);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(a.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, PublicCaching.PUBLIC_MINUTE)
                .eTag("\"" + a.sha256() + "\"")
                .lastModified(a.uploadedAt())
                .body(new FileSystemResource(file));
    }

    private Instant lastModified(Item item) {
        Instant newest = item.updatedAt().isAfter(STARTED) ? item.updatedAt() : STARTED;
        for (ItemSummary related : related(item)) {
            Instant t = catalog.published(related.id()).map(PublishedItem::updatedAt).orElse(null);
            if (t != null && t.isAfter(newest)) {
                newest = t;
            }
        }
        return newest.truncatedTo(ChronoUnit.SECONDS);
    }

    private static java.util.List<ItemSummary> related(Item item) {
        java.util.List<ItemSummary> out = new java.util.ArrayList<>(item.interpretations());
        if (item.interprets() != null) {
            out.add(item.interprets());
        }
        if (item.replacedBy() != null) {
            out.add(item.replacedBy());
        }
        return out;
    }
}
