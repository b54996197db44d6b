package org.gongkai.agency.web;

import java.util.Arrays;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewAgency;
import org.gongkai.agency.Officer;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.web.UserMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 机构管理 for the county administrator: the list of the county's agencies and the form that adds
 * one. The 统一社会信用代码 check (GB 32100) is {@link AgencyService}'s; a refused code is shown
 * next to the field with the code kept, so a typo can be corrected rather than retyped.
 */
@Controller
class AgencyAdminController {

    record AgencyForm(String code, String name, String shortName, String kind, String parent) {
        static AgencyForm blank(String parent) {
            return new AgencyForm("", "", "", AgencyKind.DEPARTMENT.name(), parent);
        }
    }

    private final AgencyService agencies;
    private final UserMessages messages;

    AgencyAdminController(AgencyService agencies, UserMessages messages) {
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/admin/agencies")
    String list(Officer officer, Model model) {
        requireCounty(officer);
        page(model, AgencyForm.blank(agencies.root().map(Agency::code).orElse("")));
        return "admin/agencies";
    }

    @PostMapping("/admin/agencies")
    Object create(AgencyForm form, Officer officer, Model model, RedirectAttributes redirect) {
        requireCounty(officer);
        try {
            AgencyKind kind = kind(form.kind());
            Agency created = agencies.create(new NewAgency(form.code(), form.name(), form.shortName(), kind, form.parent(),
                    null, null, null, null, null, null, null), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.agency.created", created.name()));
            return "redirect:/admin/agencies";
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            model.addAttribute("problem", messages.problem(e));
            page(model, form);
            return new ModelAndView("admin/agencies", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    private void page(Model model, AgencyForm form) {
        model.addAttribute("agencies", agencies.all());
        model.addAttribute("kinds", Arrays.asList(AgencyKind.values()));
        model.addAttribute("form", form);
    }

    private static AgencyKind kind(String name) {
        try {
            return name == null || name.isBlank() ? null : AgencyKind.valueOf(name.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("kind", "agency.kind.invalid");
        }
    }

    static void requireCounty(Officer officer) {
        if (!officer.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
    }

}
