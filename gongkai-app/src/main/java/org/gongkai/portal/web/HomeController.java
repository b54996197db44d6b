package org.gongkai.portal.web;

import org.gongkai.catalog.PublicCatalog;
import org.gongkai.portal.CountyDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The county's front door (/) and the directory of every agency that discloses (/agencies). */
@Controller
class HomeController implements PortalPage {

    private static final int LATEST = 10;
    private final CountyDirectory directory;
    private final PublicCatalog catalog;

    HomeController(CountyDirectory directory, PublicCatalog catalog) {
        this.directory = directory;
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("groups", directory.byKind());
        model.addAttribute("latest", catalog.list(null, null, null, null, 1, LATEST).content());
        model.addAttribute("publishedCount", catalog.countPublished());
        return "portal/home";
    }

    @GetMapping("/agencies")
    String agencies(Model model) {
        model.addAttribute("groups", directory.byKind());
        return "portal/agencies";
    }
}
