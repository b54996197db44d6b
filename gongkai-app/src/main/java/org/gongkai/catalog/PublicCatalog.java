package org.gongkai.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.catalog.internal.AttachmentStore;
import org.gongkai.catalog.internal.CategoryRepository;
import org.gongkai.catalog.internal.HtmlSanitizer;
import org.gongkai.catalog.internal.ItemRepository;
import org.gongkai.catalog.internal.ItemRepository.Row;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Validity;
import org.gongkai.platform.Page;
import org.springframework.stereotype.Service;

/**
 * What the public may read: published items only (including those 已废止/已失效, which stay visible
 * with that status), the catalogue tree with counts, attachments of published items.
 */
@Service
public class PublicCatalog {

    private final ItemRepository items;
    private final CategoryRepository categories;
    private final AttachmentStore attachments;
    private final ItemService itemService;

    public PublicCatalog(ItemRepository items, CategoryRepository categories, AttachmentStore attachments,
                         ItemService itemService) {
        this.items = items;
        this.categories = categories;
        this.attachments = attachments;
        this.itemService = itemService;
    }

    public Optional<Item> item(long id) {
        return items.find(id).filter(r -> r.status() == ItemStatus.PUBLISHED).map(r -> itemService.toItem(r, true));
    }

    /**
     * Published items of an agency (or the whole county for null), newest first. A category code
     * includes its sub-categories (财政信息 lists 预算 and 决算 too).
     */
    public Page<ItemSummary> list(Long agencyId, String categoryCode, Integer year, Validity validity, int page, int size) {
        List<String> codes = null;
        if (categoryCode != null && !categoryCode.isBlank()) {
            codes = new ArrayList<>();
            codes.add(categoryCode);
            if (agencyId != null) {
                for (Category c : categories.forAgency(agencyId)) {
                    if (categoryCode.equals(c.parentCode())) {
                        codes.add(c.code());
                    }
                }
            }
        }
        return items.page(new ItemRepository.Filter(agencyId, List.of(ItemStatus.PUBLISHED), codes, year, validity, null, true),
                page, size);
    }

    public List<Category> categories(long agencyId) {
        return categories.forAgency(agencyId);
    }

    public Optional<Category> category(long agencyId, String code) {
        return categories.find(agencyId, code);
    }

    /** The catalogue tree of an agency with the number of published items in each category (and below). */
    public List<CategoryNode> tree(long agencyId) {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : items.publishedCountsByCategory(agencyId)) {
            counts.put((String) row[0], (Long) row[1]);
        }
        List<Category> all = categories.forAgency(agencyId);
        List<CategoryNode> roots = new ArrayList<>();
        for (Category c : all) {
            if (c.parentCode() == null) {
                List<CategoryNode> children = new ArrayList<>();
                long sum = counts.getOrDefault(c.code(), 0L);
                for (Category child : all) {
                    if (c.code().equals(child.parentCode())) {
                        long n = counts.getOrDefault(child.code(), 0L);
                        sum += n;
                        children.add(new CategoryNode(child, n, List.of()));
                    }
                }
                roots.add(new CategoryNode(c, sum, List.copyOf(children)));
            }
        }
        return List.copyOf(roots);
    }

    public List<Integer> years(long agencyId) {
        return items.publishedYears(agencyId);
    }

    public Optional<AttachmentInfo> attachment(long itemId, long attachmentId) {
        return items.find(itemId).filter(r -> r.status() == ItemStatus.PUBLISHED)
                .flatMap(r -> attachments.find(itemId, attachmentId));
    }

    public Path attachmentPath(AttachmentInfo a) {
        return attachments.path(a.sha256());
    }

    public long countPublished() {
        return items.countPublished();
    }

    /** One published item as plain text, for the search index; empty if it is not public. */
    public Optional<PublishedItem> published(long id) {
        return items.find(id).filter(r -> r.status() == ItemStatus.PUBLISHED).map(PublicCatalog::toPublished);
    }

    /** Every published item, in id order, a thousand rows at a time. */
    public void forEachPublished(Consumer<PublishedItem> consumer) {
        items.forEachPublished(r -> consumer.accept(toPublished(r)));
    }

    /** Ids of published items after {@code afterId}, in id order (a resumable walk over the site). */
    public List<Long> publishedIdsAfter(long afterId, int limit) {
        return items.publishedIdsAfter(afterId, limit);
    }

    /** A published item as the review gates and the proofreader read it; empty if it is not public. */
    public Optional<ReviewGate.ItemUnderReview> forCheck(long id) {
        return items.find(id).filter(r -> r.status() == ItemStatus.PUBLISHED).map(r -> new ReviewGate.ItemUnderReview(
                r.id(), r.agencyId(), r.indexNo(), r.title(), r.docNo(), r.summary(), r.bodyHtml(),
                r.writtenOn() != null ? r.writtenOn() : r.publishedOn(),
                attachments.forItem(r.id()).stream().map(a -> new ReviewGate.AttachmentFile(a.id(), a.fileName(),
                        a.mediaType(), attachments.path(a.sha256()))).toList()));
    }

    static PublishedItem toPublished(Row r) {
        return new PublishedItem(r.id(), r.agencyCode(), r.agencyName(), r.categoryCode(), r.categoryName(), r.title(),
                r.indexNo(), r.docNo(), r.summary(), HtmlSanitizer.text(r.bodyHtml()), r.publishedOn(), r.validity(),
                r.updatedAt());
    }
}
