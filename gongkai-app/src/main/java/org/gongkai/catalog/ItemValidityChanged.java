package org.gongkai.catalog;

import org.gongkai.core.review.Validity;

/** A published item became 已修订, 已废止 or 已失效; it stays public with that status. */
public record ItemValidityChanged(long itemId, String agencyCode, Validity validity) {
}
