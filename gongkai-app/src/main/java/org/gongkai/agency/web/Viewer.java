package org.gongkai.agency.web;

import org.gongkai.agency.Officer;
import org.gongkai.core.review.Role;

/**
 * The signed-in officer as the back-office layout needs it. Templates cannot call
 * {@link Officer#has(Role)} with an enum constant (Thymeleaf 3.1 forbids {@code T(...)}), so role
 * checks take the role's name here.
 */
public record Viewer(Officer officer) {

    public String displayName() {
        return officer.displayName();
    }

    public String agencyName() {
        return officer.agencyName();
    }

    public String agencyCode() {
        return officer.agencyCode();
    }

    public boolean has(String role) {
        return officer.has(Role.valueOf(role));
    }

    /** May open the 用户 page: an agency administrator or the county. */
    public boolean isPeopleManager() {
        return officer.isCountyAdmin() || officer.has(Role.AGENCY_ADMIN);
    }

    /** May open 依申请公开: its handlers, signers (reply letters) and administrators, and the county. */
    public boolean isRequestViewer() {
        return officer.isCountyAdmin() || officer.has(Role.REQUEST_OFFICER) || officer.has(Role.SIGNER)
                || officer.has(Role.AGENCY_ADMIN);
    }

    public boolean isCountyAdmin() {
        return officer.isCountyAdmin();
    }
}
