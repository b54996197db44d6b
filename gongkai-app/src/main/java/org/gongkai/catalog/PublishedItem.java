package org.gongkai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.core.review.Validity;

/** A published item as the search index and feeds need it: plain text, no HTML. */
public record PublishedItem(long id, String agencyCode, String agencyName, String categoryCode, String categoryName,
                            String title, String indexNo, String docNo, String summary, String bodyText,
                            LocalDate publishedOn, Validity validity, Instant updatedAt) {

    /** The public page of the item. */
    public String url() {
        return "/items/" + id;
    }
}
