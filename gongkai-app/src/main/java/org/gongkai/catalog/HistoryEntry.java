package org.gongkai.catalog;

import java.time.Instant;
import java.time.LocalDate;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;

/** One recorded event of an item, as shown in its history and on the 信息发布审批单. */
public record HistoryEntry(long id, Action action, String actorName, ItemStatus step, String opinion, Instant at,
                           LocalDate effectiveOn) {
}
