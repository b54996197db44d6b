package org.gongkai.agency.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewUser;
import org.gongkai.agency.Officer;
import org.gongkai.agency.UserService;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.web.UserMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 用户管理 in the back office. Every decision (who may manage whom, who may hand out the county
 * role, password length) is {@link UserService}'s, the same as for the API; this controller only
 * turns its refusals into a re-rendered form that keeps what was typed (except passwords).
 */
@Controller
class UserAdminController {

    /** The create form as typed; roles as names so an unknown one cannot break binding. */
    record UserForm(String username, String displayName, String password, String agency, List<String> roles,
                    String email) {
        static UserForm blank(String agency) {
            return new UserForm("", "", "", agency, List.of(Role.DRAFTER.name()), "");
        }

        UserForm withoutPassword() {
            return new UserForm(username, displayName, "", agency, roles, email);
        }

        public boolean hasRole(String role) {
            return roles != null && roles.contains(role);
        }
    }

    private final UserService users;
    private final AgencyService agencies;
    private final UserMessages messages;

    UserAdminController(UserService users, AgencyService agencies, UserMessages messages) {
        this.users = users;
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String agency, Officer officer, Model model) {
        requireManager(officer);
        page(model, officer, agency, UserForm.blank(officer.agencyCode()));
        return "admin/users";
    }

    @PostMapping("/admin/users")
    Object create(UserForm form, Officer officer, Model model, RedirectAttributes redirect) {
        requireManager(officer);
        String agency = officer.isCountyAdmin() ? form.agency() : officer.agencyCode();
        try {
            UserSummary created = users.create(new NewUser(form.username(), form.password(), form.displayName(), agency,
                    parseRoles(form.roles()), form.email()), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.user.created", created.username()));
            return "redirect:/admin/users/" + created.id();
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            model.addAttribute("problem", messages.problem(e));
            page(model, officer, null, form.withoutPassword());
            return new ModelAndView("admin/users", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, Officer officer, Model model) {
        requireManager(officer);
        model.addAttribute("user", find(id, officer));
        model.addAttribute("roles", grantable(officer));
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}/roles")
    Object roles(@PathVariable long id, @RequestParam(required = false) List<String> roles, Officer officer, Model model,
                 RedirectAttributes redirect) {
        requireManager(officer);
        find(id, officer);
        return act(id, officer, model, redirect, "admin.user.rolesSaved", "roles",
                () -> users.setRoles(id, parseRoles(roles), officer));
    }

    @PostMapping("/admin/users/{id}/email")
    Object email(@PathVariable long id, @RequestParam(required = false) String email, Officer officer, Model model,
                 RedirectAttributes redirect) {
        requireManager(officer);
        find(id, officer);
        return act(id, officer, model, redirect, "admin.user.emailSaved", "email",
                () -> users.setEmail(id, email, officer));
    }

    @PostMapping("/admin/users/{id}/enabled")
    Object enabled(@PathVariable long id, @RequestParam boolean enabled, Officer officer, Model model,
                   RedirectAttributes redirect) {
        requireManager(officer);
        find(id, officer);
        return act(id, officer, model, redirect, enabled ? "admin.user.enabledDone" : "admin.user.disabledDone", "enabled",
                () -> users.setEnabled(id, enabled, officer));
    }

    @PostMapping("/admin/users/{id}/password")
    Object password(@PathVariable long id, @RequestParam(required = false) String newPassword,
                    @RequestParam(required = false) String confirmPassword, Officer officer, Model model,
                    RedirectAttributes redirect) {
        requireManager(officer);
        find(id, officer);
        return act(id, officer, model, redirect, "admin.user.passwordReset", "password", () -> {
            if (newPassword != null && !newPassword.equals(confirmPassword)) {
                throw new BadInputException("confirmPassword", "admin.user.password.mismatch");
            }
            users.changePassword(id, newPassword, officer);
        });
    }

    private Object act(long id, Officer officer, Model model, RedirectAttributes redirect, String doneKey, String form,
                       Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", messages.text(doneKey));
            return "redirect:/admin/users/" + id;
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            model.addAttribute("problem", messages.problem(e));
            model.addAttribute("failedForm", form);
            model.addAttribute("user", find(id, officer));
            model.addAttribute("roles", grantable(officer));
            return new ModelAndView("admin/user", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    private void page(Model model, Officer officer, String agencyFilter, UserForm form) {
        String filter = officer.isCountyAdmin() ? agencyFilter : null;
        model.addAttribute("users", users.visibleTo(officer, filter));
        model.addAttribute("agencyFilter", filter);
        model.addAttribute("agencies", officer.isCountyAdmin() ? agencies.all() : List.<Agency>of());
        model.addAttribute("roles", grantable(officer));
        model.addAttribute("form", form);
    }

    /** The person, if this officer may manage them; anyone else is "not found", as in the service. */
    private UserSummary find(long id, Officer officer) {
        return users.visibleTo(officer, null).stream().filter(u -> u.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("user.notFound"));
    }

    /** Only the county hands out the county role, so others do not see it offered. */
    private static List<Role> grantable(Officer officer) {
        return EnumSet.allOf(Role.class).stream().filter(r -> r != Role.COUNTY_ADMIN || officer.isCountyAdmin()).toList();
    }

    private static void requireManager(Officer officer) {
        if (!officer.isCountyAdmin() && !officer.has(Role.AGENCY_ADMIN)) {
            throw new ForbiddenException("admin.forbidden.people");
        }
    }

    private static Set<Role> parseRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String n : names) {
                try {
                    roles.add(Role.valueOf(n.strip()));
                } catch (IllegalArgumentException | NullPointerException e) {
                    throw new BadInputException("roles", "user.role.unknown", n);
                }
            }
        }
        return roles;
    }
}
