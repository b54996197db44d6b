package org.gongkai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.platform.Page;
import org.gongkai.portal.CountyDirectory;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 全文检索: the whole county (/search) or within one agency (/agencies/{code}/search). A GET form
 * and plain links for facets, sort and pages, so results can be bookmarked, shared and used without
 * JavaScript.
 */
@Controller
class SearchPageController implements PortalPage {

    static final int PAGE_SIZE = 10;
    private final SearchService search;
    private final SearchRequests requests;
    private final CountyDirectory directory;

    SearchPageController(SearchService search, SearchRequests requests, CountyDirectory directory) {
        this.search = search;
        this.requests = requests;
        this.directory = directory;
    }

    @GetMapping("/search")
    String county(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
                  @RequestParam(required = false) String category, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String validity, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        return render(q, requests.agency(agency), false, category, year, validity, sort, page, request, model);
    }

    @GetMapping("/agencies/{code}/search")
    String withinAgency(@PathVariable String code, @RequestParam(required = false) String q,
                        @RequestParam(required = false) String category, @RequestParam(required = false) String year,
                        @RequestParam(required = false) String validity, @RequestParam(required = false) String sort,
                        @RequestParam(required = false) String page, HttpServletRequest request, Model model) {
        return render(q, directory.require(code), true, category, year, validity, sort, page, request, model);
    }

    private String render(String q, Agency agency, boolean agencyScoped, String category, String year, String validity,
                          String sort, String page, HttpServletRequest request, Model model) {
        SearchQuery query = requests.query(q, agency, category, year, validity, sort, page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("agency", agencyScoped ? agency : null);
        model.addAttribute("filterAgency", agency);
        model.addAttribute("links", QueryLinks.of(request));
        model.addAttribute("formAction", agencyScoped ? "/agencies/" + agency.code() + "/search" : "/search");
        if (query.text() != null) {
            SearchResult result = search.search(query);
            model.addAttribute("result", result);
            model.addAttribute("pager", new Page<SearchHit>(result.hits(), result.total(), result.page(), result.pageSize()));
            model.addAttribute("agencyNames", agencyScoped ? Map.of() : requests.agencyNames());
            model.addAttribute("categoryNames", requests.categoryNames(agency));
        }
        if (agencyScoped) {
            model.addAttribute("feedUrl", "/agencies/" + agency.code() + "/feed.atom");
        }
        return "portal/search";
    }
}
