package org.gongkai.agency;

import java.io.Serializable;
import java.util.Set;
import org.gongkai.core.review.Role;

/**
 * A signed-in person acting for an agency. Agency isolation is decided here, once: only the
 * county-level role reaches other agencies' back-office data.
 */
public record Officer(long id, String username, String displayName, long agencyId, String agencyCode,
                      String agencyName, Set<Role> roles) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCountyAdmin() {
        return roles.contains(Role.COUNTY_ADMIN);
    }

    /** Whether this officer may see and edit back-office data of {@code otherAgencyId}. */
    public boolean canAccess(long otherAgencyId) {
        return agencyId == otherAgencyId || isCountyAdmin();
    }

    /** Whether this officer may manage people of {@code otherAgencyId}. */
    public boolean canManagePeopleOf(long otherAgencyId) {
        return isCountyAdmin() || (agencyId == otherAgencyId && has(Role.AGENCY_ADMIN));
    }
}
