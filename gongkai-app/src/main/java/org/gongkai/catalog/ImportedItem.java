package org.gongkai.catalog;

import java.time.LocalDate;
import org.gongkai.core.review.Validity;

/**
 * An item that was already published elsewhere (an earlier system, the demo county), brought in with
 * its real dates. {@code interpretsIndex} points at the policy document's position in the same batch.
 */
public record ImportedItem(String agencyCode, ItemDraft draft, LocalDate publishedOn, Validity validity,
                           LocalDate validityChangedOn, Integer interpretsIndex) {
}
