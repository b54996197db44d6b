package org.gongkai.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an item's events add up to.
 *
 * @param roundActors      people who acted in the current review round (since the last submit);
 *                         nobody may act twice in one round (一事一审)
 * @param firstPublishedAt when it was first published (the 发布日期 stays that of the first publication)
 * @param validityChangedOn the date of the last validity change (废止/失效/修订 date)
 */
public record ItemState(ItemStatus status, Validity validity, Set<Long> roundActors, Instant firstPublishedAt,
                        Instant lastPublishedAt, LocalDate validityChangedOn) {
}
