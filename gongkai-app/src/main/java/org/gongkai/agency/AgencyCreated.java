package org.gongkai.agency;

/**
 * Published in the transaction that creates an agency, so that other modules (the catalogue copies
 * its template) complete their part in the same transaction or not at all.
 */
public record AgencyCreated(long agencyId, String code) {
}
