package org.gongkai.agency;

/** An agency's 公开指南 facts changed; pages that show them must be rendered anew. */
public record AgencyUpdated(long agencyId, String code) {
}
