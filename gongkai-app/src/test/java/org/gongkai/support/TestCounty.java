package org.gongkai.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewAgency;
import org.gongkai.agency.NewUser;
import org.gongkai.agency.Officer;
import org.gongkai.agency.UserService;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.code.CreditCode;
import org.gongkai.core.review.Role;
import org.springframework.stereotype.Component;

/**
 * Creates agencies and people for tests. Every call makes new, unique codes and usernames, so tests
 * never depend on each other's data, also when the suite runs twice against the same PostgreSQL.
 */
@Component
public class TestCounty {

    public static final String PASSWORD = "test-password-123";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

    private final AgencyService agencies;
    private final UserService users;

    public TestCounty(AgencyService agencies, UserService users) {
        this.agencies = agencies;
        this.users = users;
    }

    /** A valid 统一社会信用代码 not used before in this JVM (region 330998, random-ish serial). */
    public static String newCode() {
        int n = SEQ.incrementAndGet();
        long serial = (System.nanoTime() / 1000 + n * 7919L) % 100_000_000L;
        return CreditCode.forGovernmentOrgan("330998", String.format("%08d", serial));
    }

    public static String unique(String prefix) {
        return prefix + RUN + SEQ.incrementAndGet();
    }

    /** The county government (created by the admin bootstrap on start). */
    public Agency county() {
        return agencies.root().orElseThrow();
    }

    /** The county administrator as an officer (for calling services directly). */
    public Officer countyAdmin() {
        Agency root = county();
        return new Officer(0, "test-county-admin", "县级管理员", root.id(), root.code(), root.name(),
                Set.of(Role.COUNTY_ADMIN, Role.AGENCY_ADMIN));
    }

    /** A new department under the county, with its copy of the catalogue template. */
    public Agency department(String name) {
        return agencies.create(NewAgency.of(newCode(), unique(name), AgencyKind.DEPARTMENT, county().code()), countyAdmin());
    }

    /** A new user of {@code agency} with the given roles and the password {@link #PASSWORD}. */
    public UserSummary user(Agency agency, Role... roles) {
        return users.create(new NewUser(unique("u"), PASSWORD, unique("测试用户"), agency.code(),
                roles.length == 0 ? EnumSet.of(Role.DRAFTER) : EnumSet.of(roles[0], roles)), null);
    }

    /** The officer a created user acts as. */
    public static Officer officer(UserSummary u, Agency agency) {
        return new Officer(u.id(), u.username(), u.displayName(), agency.id(), agency.code(), agency.name(), u.roles());
    }

    /** A department with the four people of a review chain. */
    public Chain chain(String name) {
        Agency a = department(name);
        return new Chain(a, officer(user(a, Role.DRAFTER), a), officer(user(a, Role.REVIEWER), a),
                officer(user(a, Role.CONFIDENTIALITY_REVIEWER), a), officer(user(a, Role.SIGNER), a));
    }

    public record Chain(Agency agency, Officer drafter, Officer reviewer, Officer confidentialityReviewer, Officer signer) {
    }
}
