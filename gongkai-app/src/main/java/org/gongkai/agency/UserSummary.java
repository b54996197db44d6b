package org.gongkai.agency;

import java.util.Set;
import org.gongkai.core.review.Role;

/**
 * A person as listed in user management (never with the password hash).
 *
 * @param email null when none was given
 */
public record UserSummary(long id, String username, String displayName, String agencyCode, String agencyName,
                          Set<Role> roles, boolean enabled, String email) {
}
