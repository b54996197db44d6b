package org.gongkai.catalog;

/** An item became visible on the portal (published or re-published). */
public record ItemPublished(long itemId, String agencyCode) {
}
