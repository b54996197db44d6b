package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.agency.Agency;
import org.gongkai.catalog.Category;
import org.gongkai.catalog.ItemSummary;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.core.review.Validity;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.Page;
import org.gongkai.portal.CountyDirectory;
import org.gongkai.portal.GuideText;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An agency's disclosure pages: its home (指南 in brief, catalogue tree, latest items), the full
 * 公开指南 (条例 第十二条 requires it to be published and kept current) and the catalogue list with
 * filters.
 */
@Controller
class AgencyPagesController implements PortalPage {

    static final int PAGE_SIZE = 20;
    private static final int LATEST = 10;
    private static final int GUIDE_LEAD_PARAGRAPHS = 2;

    private final CountyDirectory directory;
    private final PublicCatalog catalog;
    private final Clock clock;

    AgencyPagesController(CountyDirectory directory, PublicCatalog catalog, Clock clock) {
        this.directory = directory;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/agencies/{code}")
    String home(@PathVariable String code, Model model) {
        Agency agency = agency(code, model);
        model.addAttribute("guideLead", GuideText.lead(agency.guideText(), GUIDE_LEAD_PARAGRAPHS));
        model.addAttribute("guideHasMore", GuideText.paragraphs(agency.guideText()).size() > GUIDE_LEAD_PARAGRAPHS);
        model.addAttribute("tree", catalog.tree(agency.id()));
        model.addAttribute("latest", catalog.list(agency.id(), null, null, null, 1, LATEST).content());
        return "portal/agency";
    }

    @GetMapping("/agencies/{code}/guide")
    String guide(@PathVariable String code, Model model) {
        Agency agency = agency(code, model);
        model.addAttribute("guide", GuideText.paragraphs(agency.guideText()));
        model.addAttribute("tree", catalog.tree(agency.id()));
        return "portal/guide";
    }

    @GetMapping("/agencies/{code}/items")
    String items(@PathVariable String code, @RequestParam(required = false) String category,
                 @RequestParam(required = false) String year, @RequestParam(required = false) String validity,
                 @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        Agency agency = agency(code, model);
        List<Category> categories = catalog.categories(agency.id());
        Map<String, Category> byCode = categories.stream().collect(Collectors.toMap(Category::code, Function.identity()));
        String categoryCode = FilterValues.category(category, byCode.keySet());
        Integer y = FilterValues.year(year, clock);
        Validity v = FilterValues.validity(validity);
        Page<ItemSummary> result = catalog.list(agency.id(), categoryCode, y, v, FilterValues.page(page), PAGE_SIZE);
        if (result.content().isEmpty() && result.page() > 1) {
            // past the last page: not a page of this list (and not an endless space for crawlers)
            throw new NotFoundException("error.notFound");
        }
        if (categoryCode != null) {
            model.addAttribute("feedUrl", "/agencies/" + agency.code() + "/categories/" + categoryCode + "/feed.atom");
        }
        model.addAttribute("categories", categories);
        model.addAttribute("category", categoryCode == null ? null : byCode.get(categoryCode));
        model.addAttribute("parentCategory", categoryCode == null || byCode.get(categoryCode).parentCode() == null ? null
                : byCode.get(byCode.get(categoryCode).parentCode()));
        model.addAttribute("years", catalog.years(agency.id()));
        model.addAttribute("validities", Validity.values());
        model.addAttribute("selectedYear", y);
        model.addAttribute("selectedValidity", v);
        model.addAttribute("tree", catalog.tree(agency.id()));
        model.addAttribute("result", result);
        model.addAttribute("links", QueryLinks.of(request));
        return "portal/items";
    }

    private Agency agency(String code, Model model) {
        Agency agency = directory.require(code);
        model.addAttribute("agency", agency);
        model.addAttribute("feedUrl", "/agencies/" + agency.code() + "/feed.atom");
        return agency;
    }
}
