package org.gongkai.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.NewUser;
import org.gongkai.agency.Officer;
import org.gongkai.agency.UserService;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "用户", description = "People and roles")
class UserApiController {

    /** @param email optional: where the daily digest of requests due soon goes (依申请公开承办人) */
    record UserRequest(String username, String password, String displayName, String agency, List<String> roles,
                       String email) {
    }

    record UserView(long id, String username, String displayName, String agency, List<String> roles, boolean enabled,
                    String email) {
        static UserView of(UserSummary u) {
            return new UserView(u.id(), u.username(), u.displayName(), u.agencyCode(),
                    u.roles().stream().map(Enum::name).sorted().toList(), u.enabled(), u.email());
        }
    }

    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建用户（县级管理员可为任何机构，机构管理员仅本机构）；角色：DRAFTER, REVIEWER, "
            + "CONFIDENTIALITY_REVIEWER, SIGNER, AGENCY_ADMIN, REQUEST_OFFICER, COUNTY_ADMIN；email 可选（每日待办提醒的收件地址）")
    UserView create(@RequestBody UserRequest r, Officer officer) {
        if (r == null) {
            throw new BadInputException("username", "error.unreadable");
        }
        return UserView.of(users.create(new NewUser(r.username(), r.password(), r.displayName(), r.agency(),
                parseRoles(r.roles()), r.email()), officer));
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "可管理的用户列表")
    List<UserView> list(@RequestParam(required = false) String agency, Officer officer) {
        return users.visibleTo(officer, agency).stream().map(UserView::of).toList();
    }

    static Set<Role> parseRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String n : names) {
                try {
                    roles.add(Role.valueOf(n == null ? "" : n.strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("roles", "user.role.unknown", n);
                }
            }
        }
        return roles;
    }
}
