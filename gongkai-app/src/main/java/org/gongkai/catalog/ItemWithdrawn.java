package org.gongkai.catalog;

/** A published item was taken off the portal. */
public record ItemWithdrawn(long itemId, String agencyCode) {
}
