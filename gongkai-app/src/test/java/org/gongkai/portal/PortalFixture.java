package org.gongkai.portal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.catalog.PublishedItem;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.search.IndexedItem;
import org.gongkai.search.SearchService;
import org.gongkai.support.TestCounty;

/**
 * Publishes items the way officers do (draft, 审核, 保密审查, 签发) so the portal is tested against
 * real published data, and indexes them in the test search service.
 */
public class PortalFixture {

    /** The smallest file Tika recognises as a PDF. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final ItemService items;
    private final PublicCatalog catalog;
    private final SearchService search;

    PortalFixture(ItemService items, PublicCatalog catalog, SearchService search) {
        this.items = items;
        this.catalog = catalog;
        this.search = search;
    }

    public static ItemDraft draft(String category, String title) {
        return new ItemDraft(category, title, null, LocalDate.of(2026, 3, 2), "综合政务\\政务公开", "通知", false, null, null,
                null, null, "关于" + title + "的内容概述", "<p>" + title + "的正文。</p>", null);
    }

    /** Drafts and publishes {@code d}; {@code attachmentName} (a PDF) is attached first if given. */
    public Item publish(TestCounty.Chain c, ItemDraft d, String attachmentName) {
        Item item = items.create(c.agency().code(), d, c.drafter());
        if (attachmentName != null) {
            items.addAttachment(item.id(), attachmentName, PDF, c.drafter());
        }
        return submitAndPublish(c, item.id());
    }

    public Item publish(TestCounty.Chain c, ItemDraft d) {
        return publish(c, d, null);
    }

    /** Takes a draft through the whole chain and indexes the published item. */
    public Item submitAndPublish(TestCounty.Chain c, long id) {
        items.transition(id, Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(id, Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(id, Transition.of(Action.APPROVE, "不涉密"), c.confidentialityReviewer());
        Item published = items.transition(id, Transition.of(Action.PUBLISH, "同意发布"), c.signer());
        index(id);
        return published;
    }

    public Item draftOnly(TestCounty.Chain c, ItemDraft d) {
        return items.create(c.agency().code(), d, c.drafter());
    }

    public Item transition(TestCounty.Chain c, long id, Transition t) {
        Item item = items.transition(id, t, c.signer());
        index(id);
        return item;
    }

    private void index(long id) {
        catalog.published(id).ifPresentOrElse(p -> search.index(indexed(p)), () -> search.remove(id));
    }

    static IndexedItem indexed(PublishedItem p) {
        return new IndexedItem(p.id(), p.agencyCode(), p.agencyName(), p.categoryCode(), p.categoryName(), p.title(),
                p.indexNo(), p.docNo(), p.summary(), p.bodyText(), p.publishedOn(), p.validity().name(), p.url());
    }
}
