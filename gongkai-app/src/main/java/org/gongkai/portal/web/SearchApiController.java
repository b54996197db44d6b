package org.gongkai.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.platform.Page;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchResult;
import org.gongkai.search.SearchService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public search as JSON, for the county's WeChat mini-program and other government sites that
 * embed our results. No sign-in; the same checks and messages as the search page.
 */
@RestController
@Tag(name = "检索", description = "Public full-text search of published items")
class SearchApiController {

    private static final int MAX_SIZE = 50;
    private final SearchService search;
    private final SearchRequests requests;

    SearchApiController(SearchService search, SearchRequests requests) {
        this.search = search;
        this.requests = requests;
    }

    /** One result; {@code snippet} is plain text (no markup), {@code url} is the item's page on this site. */
    record Hit(long id, String title, String indexNo, String agency, String agencyName, String category,
               LocalDate publishedOn, String validity, String url, String snippet) {
        static Hit of(SearchHit h) {
            return new Hit(h.id(), h.title(), h.indexNo(), h.agencyCode(), h.agencyName(), h.categoryCode(),
                    h.publishedOn(), h.validity(), h.url(), h.snippet());
        }
    }

    record Response(long total, int page, int pageSize, List<Hit> hits) {
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "全文检索已发布的政府信息（公开）：q 检索词；agency 机构统一社会信用代码；category 栏目代码；year 发布年份；"
            + "sort relevance|newest|oldest；page 页码；size 每页条数（最多 50）")
    ResponseEntity<Response> search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
                                    @RequestParam(required = false) String category,
                                    @RequestParam(required = false) String year,
                                    @RequestParam(required = false) String validity,
                                    @RequestParam(required = false) String sort,
                                    @RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size) {
        var query = requests.query(q, requests.agency(agency), category, year, validity, sort, page,
                Page.clampSize(size == null || !size.strip().matches("\\d{1,4}") ? null : Integer.valueOf(size.strip()), 10, MAX_SIZE));
        Response body;
        if (query.text() == null) {
            body = new Response(0, query.page(), query.pageSize(), List.of());
        } else {
            SearchResult r = search.search(query);
            body = new Response(r.total(), r.page(), r.pageSize(), r.hits().stream().map(Hit::of).toList());
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, PublicCaching.PUBLIC_MINUTE).body(body);
    }
}
