package org.gongkai.catalog.web;

import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.Category;
import org.gongkai.catalog.CategoryNode;
import org.gongkai.catalog.CategoryService;
import org.gongkai.catalog.PublicCatalog;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 栏目: an agency's catalogue as a tree with the number of published items in each column, and the
 * form to add a column (its administrator or the county; {@link CategoryService} decides). Every
 * officer of the agency may look, because they choose a column for each item.
 */
@Controller
class CategoryAdminController {

    record CategoryForm(String agency, String code, String name, String parent) {
    }

    private final CategoryService categories;
    private final PublicCatalog catalog;
    private final AgencyService agencies;
    private final UserMessages messages;

    CategoryAdminController(CategoryService categories, PublicCatalog catalog, AgencyService agencies,
                            UserMessages messages) {
        this.categories = categories;
        this.catalog = catalog;
        this.agencies = agencies;
        this.messages = messages;
    }

    @GetMapping("/admin/categories")
    String view(@RequestParam(required = false) String agency, Officer officer, Model model) {
        Agency a = target(agency, officer);
        page(model, officer, a, new CategoryForm(a.code(), "", "", ""));
        return "admin/categories";
    }

    @PostMapping("/admin/categories")
    Object add(CategoryForm form, Officer officer, Model model, RedirectAttributes redirect) {
        Agency a = target(form.agency(), officer);
        try {
            Category c = categories.add(a.code(), form.code(), form.name(), form.parent(), officer);
            redirect.addFlashAttribute("notice", messages.text("admin.category.added", c.name(), c.code()));
            return "redirect:/admin/categories" + (a.id() == officer.agencyId() ? "" : "?agency=" + a.code());
        } catch (BadInputException | ForbiddenException | ConflictException e) {
            model.addAttribute("problem", messages.problem(e));
            page(model, officer, a, form);
            return new ModelAndView("admin/categories", model.asMap(), HttpStatus.valueOf(e.status()));
        }
    }

    private void page(Model model, Officer officer, Agency a, CategoryForm form) {
        List<CategoryNode> tree = catalog.tree(a.id());
        model.addAttribute("agency", a);
        model.addAttribute("tree", tree);
        model.addAttribute("parents", tree.stream().map(CategoryNode::category).filter(c -> !c.placeholder()).toList());
        model.addAttribute("canAdd", officer.isCountyAdmin() || (officer.agencyId() == a.id() && officer.has(Role.AGENCY_ADMIN)));
        model.addAttribute("agencies", officer.isCountyAdmin() ? agencies.all() : List.of());
        model.addAttribute("form", form);
    }

    private Agency target(String code, Officer officer) {
        if (code == null || code.isBlank()) {
            return agencies.requireById(officer.agencyId());
        }
        Agency a = agencies.byCode(code).orElseThrow(() -> new NotFoundException("agency.notFound", code));
        if (!officer.canAccess(a.id())) {
            throw new NotFoundException("agency.notFound", code);
        }
        return a;
    }
}
