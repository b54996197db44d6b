package org.gongkai.portal.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.catalog.Category;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.platform.BadInputException;
import org.gongkai.portal.CountyDirectory;
import org.gongkai.search.SearchQuery;
import org.springframework.stereotype.Component;

/**
 * Turns the parameters of the search page and of the public search API into a {@link SearchQuery},
 * with the same checks for both so the page and the API can never disagree about what a query means,
 * and supplies the names that facet counts (keyed by code) are shown with.
 */
@Component
class SearchRequests {

    private final CountyDirectory directory;
    private final PublicCatalog catalog;
    private final Clock clock;

    SearchRequests(CountyDirectory directory, PublicCatalog catalog, Clock clock) {
        this.directory = directory;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The agency filter, or null; an unknown code is a 400 naming the field 所属机构. */
    Agency agency(String code) {
        if (FilterValues.blank(code)) {
            return null;
        }
        return directory.byCode(code).orElseThrow(() -> new BadInputException("agency", "agency.notFound", code.strip()));
    }

    SearchQuery query(String q, Agency agency, String category, String year, String validity, String sort, String page,
                      int pageSize) {
        String categoryCode = agency == null ? FilterValues.categoryCode(category)
                : FilterValues.category(category, catalog.categories(agency.id()).stream().map(Category::code).toList());
        Integer y = FilterValues.year(year, clock);
        var v = FilterValues.validity(validity);
        return new SearchQuery(FilterValues.queryText(q), agency == null ? null : agency.code(), categoryCode, y,
                v == null ? null : v.name(), FilterValues.sort(sort), FilterValues.page(page), pageSize);
    }

    /** Agency names by code, for the facet of the agencies that matched. */
    Map<String, String> agencyNames() {
        Map<String, String> names = new HashMap<>();
        directory.all().forEach(a -> names.put(a.code(), a.name()));
        return names;
    }

    /**
     * Category names by code. Every agency starts from the county's catalogue template, so the county
     * government's catalogue names the shared codes; an agency's own categories are added when the
     * search is within that agency.
     */
    Map<String, String> categoryNames(Agency agency) {
        Map<String, String> names = new HashMap<>();
        directory.root().ifPresent(r -> catalog.categories(r.id()).forEach(c -> names.put(c.code(), c.name())));
        if (agency != null) {
            catalog.categories(agency.id()).forEach(c -> names.put(c.code(), c.name()));
        }
        return names;
    }
}
