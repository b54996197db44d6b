package org.gongkai.agency.web;

import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.NewAgency;
import org.gongkai.agency.Officer;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.web.UserMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 公开指南: the facts 条例 第十二条 requires every agency to publish about its disclosure office
 * (address, hours, phone, fax, e-mail) and the guide's text. The agency's administrator keeps its
 * own; the county may edit any agency's. Lengths are checked here because the service stores what
 * it is given and the columns are bounded.
 */
@Controller
class GuideAdminController {

    record GuideForm(String agency, String shortName, String address, String officeHours, String phone, String fax,
                     String email, String postcode, String guideText) {
        static GuideForm of(Agency a) {
            return new GuideForm(a.code(), a.shortName(), a.address(), a.officeHours(), a.phone(), a.fax(), a.email(),
                    a.postcode(), a.guideText());
        }
    }

    private final AgencyService agencies;
    private final UserMessages messages;

    GuideAdminController(AgencyService agencies, UserMessages messages) {
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/admin/guide")
    String edit(@RequestParam(required = false) String agency, Officer officer, Model model) {
        Agency a = visible(agency, officer);
        page(model, officer, a, GuideForm.of(a));
        return "admin/guide";
    }

    @PostMapping("/admin/guide")
    Object save(GuideForm form, Officer officer, Model model, RedirectAttributes redirect) {
        Agency a = visible(form.agency(), officer);
        if (!officer.canManagePeopleOf(a.id())) {
            throw new ForbiddenException("admin.forbidden.guide");
        }
        try {
            check("shortName", form.shortName(), 40);
            check("address", form.address(), 200);
            check("officeHours", form.officeHours(), 200);
            check("phone", form.phone(), 50);
            check("fax", form.fax(), 50);
            check("email", form.email(), 100);
            check("postcode", form.postcode(), 10);
            check("guideText", form.guideText(), 20000);
            if (form.email() != null && !form.email().isBlank() && !form.email().strip().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
                throw new BadInputException("email", "admin.guide.email.invalid");
            }
            agencies.updateGuide(a.id(), new NewAgency(a.code(), a.name(), form.shortName(), a.kind(), a.parentCode(),
                    form.address(), form.officeHours(), form.phone(), form.fax(), form.email(), form.postcode(),
                    form.guideText()), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.guide.saved"));
            return "redirect:/admin/guide" + (a.id() == officer.agencyId() ? "" : "?agency=" + a.code());
        } catch (BadInputException | ForbiddenException e) {
            model.addAttribute("problem", messages.problem(e));
            page(model, officer, a, form);
            return new ModelAndView("admin/guide", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    private void page(Model model, Officer officer, Agency agency, GuideForm form) {
        model.addAttribute("agency", agency);
        model.addAttribute("canEdit", officer.canManagePeopleOf(agency.id()));
        model.addAttribute("agencies", officer.isCountyAdmin() ? agencies.all() : List.<Agency>of());
        model.addAttribute("form", form);
    }

    /**
     * The agency whose guide is shown: one's own, or for the county any chosen one. Every officer may
     * read their agency's guide (they answer the public's questions from it); only its administrator
     * or the county may change it.
     */
    private Agency visible(String code, Officer officer) {
        Agency a = code == null || code.isBlank() ? agencies.requireById(officer.agencyId())
                : agencies.byCode(code).orElseThrow(() -> new NotFoundException("agency.notFound", code));
        if (!officer.canAccess(a.id())) {
            throw new NotFoundException("agency.notFound", code);
        }
        return a;
    }

    private static void check(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new BadInputException(field, "error.tooLong", max);
        }
    }
}
