package org.gongkai.search.web;

import org.gongkai.agency.Officer;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.search.IndexMaintenance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county administrator's view of the search index: its size against the database, and a rebuild. */
@Controller
class SearchIndexAdminController {

    private final IndexMaintenance maintenance;

    SearchIndexAdminController(IndexMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/admin/search-index")
    String status(Officer officer, Model model) {
        requireCounty(officer);
        model.addAttribute("status", maintenance.status());
        return "admin/search-index";
    }

    @PostMapping("/admin/search-index/rebuild")
    String rebuild(Officer officer, RedirectAttributes redirect) {
        requireCounty(officer);
        redirect.addFlashAttribute("rebuildStarted", maintenance.startRebuild());
        return "redirect:/admin/search-index";
    }

    private static void requireCounty(Officer officer) {
        if (!officer.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
    }
}
