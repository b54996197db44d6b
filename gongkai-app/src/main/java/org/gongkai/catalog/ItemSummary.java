package org.gongkai.catalog;

import java.time.LocalDate;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Validity;

/** An item as a row in a list. */
public record ItemSummary(long id, String indexNo, String title, String docNo, String agencyCode, String agencyName,
                          String categoryCode, String categoryName, LocalDate writtenOn, LocalDate publishedOn,
                          ItemStatus status, Validity validity, LocalDate validityChangedOn, boolean normative) {
}
