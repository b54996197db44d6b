package org.gongkai.agency;

import java.util.Set;
import org.gongkai.core.review.Role;

/**
 * A person to create: the API and the back-office form both build one of these.
 *
 * @param email optional; where the officers' daily digest of requests due soon is sent
 */
public record NewUser(String username, String password, String displayName, String agencyCode, Set<Role> roles,
                      String email) {

    /** A person without an email address (most officers of the review chain need none). */
    public NewUser(String username, String password, String displayName, String agencyCode, Set<Role> roles) {
        this(username, password, displayName, agencyCode, roles, null);
    }
}
