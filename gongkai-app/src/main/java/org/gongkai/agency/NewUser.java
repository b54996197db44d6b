package org.gongkai.agency;

import java.util.Set;
import org.gongkai.core.review.Role;

/** A person to create: the API and the back-office form both build one of these. */
public record NewUser(String username, String password, String displayName, String agencyCode, Set<Role> roles) {
}
