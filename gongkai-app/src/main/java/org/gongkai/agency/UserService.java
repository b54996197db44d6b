package org.gongkai.agency;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.agency.internal.UserRepository;
import org.gongkai.agency.internal.UserRepository.UserRow;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their roles. The county administrator manages anyone; an agency administrator only
 * the people of its own agency, and cannot hand out the county role.
 */
@Service
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]{3,50}$");
    /** Deliberately loose (something@domain.tld): the mail server is the real judge of an address. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final int MAX_EMAIL = 100;
    static final int MIN_PASSWORD = 10;

    private final UserRepository users;
    private final AgencyService agencies;
    private final PasswordEncoder encoder;
    private final Clock clock;

    public UserService(UserRepository users, AgencyService agencies, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional
    public UserSummary create(NewUser cmd, Officer by) {
        if (cmd.agencyCode() == null || cmd.agencyCode().isBlank()) {
            throw new BadInputException("agency", "error.required.named", "agency");
        }
        Agency agency = agencies.byCode(cmd.agencyCode())
                .orElseThrow(() -> new BadInputException("agency", "agency.notFound", cmd.agencyCode()));
        Set<Role> roles = cmd.roles() == null || cmd.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(cmd.roles());
        if (by != null) {
            if (!by.canManagePeopleOf(agency.id())) {
                // in its own agency the officer lacks the administrator role; elsewhere, the agency is not theirs
                throw new ForbiddenException(by.agencyId() == agency.id() ? "user.forbidden.adminRole"
                        : "user.forbidden.otherAgency");
            }
            if (roles.contains(Role.COUNTY_ADMIN) && !by.isCountyAdmin()) {
                throw new ForbiddenException("user.forbidden.countyRole");
            }
        }
        String username = cmd.username() == null ? "" : cmd.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new BadInputException("username", "user.username.invalid");
        }
        if (cmd.displayName() == null || cmd.displayName().isBlank()) {
            throw new BadInputException("displayName", "error.required.named", "displayName");
        }
        if (cmd.displayName().strip().length() > 50) {
            throw new BadInputException("displayName", "error.tooLong", 50);
        }
        checkPassword(cmd.password());
        String email = email(cmd.email());
        if (roles.isEmpty()) {
            throw new BadInputException("roles", "user.roles.required");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new ConflictException("user.username.taken", username);
        }
        long id = users.insert(username, encoder.encode(cmd.password()), cmd.displayName().strip(), agency.id(), roles,
                email, clock.instant());
        return summary(users.findById(id).orElseThrow());
    }

    /** People visible to {@code by}: everyone for the county, else its own agency. */
    public List<UserSummary> visibleTo(Officer by, String agencyCode) {
        Long agencyId = null;
        if (agencyCode != null && !agencyCode.isBlank()) {
            agencyId = agencies.requireByCode(agencyCode).id();
        }
        if (!by.isCountyAdmin()) {
            if (agencyId != null && agencyId != by.agencyId()) {
                throw new NotFoundException("agency.notFound", agencyCode);
            }
            agencyId = by.agencyId();
        }
        return users.findByAgency(agencyId).stream().map(UserService::summary).toList();
    }

    @Transactional
    public void setRoles(long userId, Set<Role> roles, Officer by) {
        UserRow row = manageable(userId, by);
        if (roles.contains(Role.COUNTY_ADMIN) && !by.isCountyAdmin()) {
            throw new ForbiddenException("user.forbidden.countyRole");
        }
        if (roles.isEmpty()) {
            throw new BadInputException("roles", "user.roles.required");
        }
        users.setRoles(row.id(), EnumSet.copyOf(roles));
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled, Officer by) {
        UserRow row = manageable(userId, by);
        if (row.id() == by.id()) {
            throw new ConflictException("user.cannotDisableSelf");
        }
        users.setEnabled(row.id(), enabled);
    }

    /** Sets or (with a blank value) removes a person's email address. */
    @Transactional
    public void setEmail(long userId, String email, Officer by) {
        UserRow row = userId == by.id() ? users.findById(userId).orElseThrow() : manageable(userId, by);
        users.setEmail(row.id(), email(email));
    }

    /**
     * The enabled people of an agency holding {@code role}, for system use (the notifications' daily
     * digest): no officer, no permission check, and nothing but what a listing shows.
     */
    public List<UserSummary> withRole(long agencyId, Role role) {
        return users.findEnabledWithRole(agencyId, role).stream().map(UserService::summary).toList();
    }

    @Transactional
    public void changePassword(long userId, String newPassword, Officer by) {
        UserRow row = userId == by.id() ? users.findById(userId).orElseThrow() : manageable(userId, by);
        checkPassword(newPassword);
        users.setPassword(row.id(), encoder.encode(newPassword));
    }

    private UserRow manageable(long userId, Officer by) {
        UserRow row = users.findById(userId).orElseThrow(() -> new NotFoundException("user.notFound"));
        if (!by.canManagePeopleOf(row.agencyId())) {
            throw new NotFoundException("user.notFound");
        }
        return row;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new BadInputException("password", "user.password.tooShort", MIN_PASSWORD);
        }
    }

    /** The address stripped, or null when blank; refused when it does not look like one. */
    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip();
        if (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
            throw new BadInputException("email", "user.email.invalid");
        }
        return e;
    }

    static UserSummary summary(UserRow r) {
        return new UserSummary(r.id(), r.username(), r.displayName(), r.agencyCode(), r.agencyName(), Set.copyOf(r.roles()),
                r.enabled(), r.email());
    }

    /** Used by sign-in: the officer a username stands for. */
    public static Officer officerOf(UserRow r) {
        return new Officer(r.id(), r.username(), r.displayName(), r.agencyId(), r.agencyCode(), r.agencyName(),
                Set.copyOf(r.roles()));
    }
}
