package org.gongkai.core.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing that happened to an item. The list of events is the item's history and the only
 * source of its status and validity.
 *
 * @param actorId     who did it; {@code null} for the system (automatic expiry)
 * @param actorName   display name at the time, so the history reads the same after renames
 * @param step        the review step approved or rejected (null for other actions)
 * @param opinion     审核意见 / reason; required for reject, withdraw, abolish
 * @param effectiveOn the date a validity change takes effect (废止/失效 date); null otherwise
 */
public record ItemEvent(Action action, Long actorId, String actorName, ItemStatus step, String opinion,
                        Instant at, LocalDate effectiveOn) {
}
