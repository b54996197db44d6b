package org.gongkai.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results with counts over the whole matching set, so that the page can offer
 * "narrow by agency / category / year" links with numbers.
 *
 * @param total      number of matching items, even beyond the last page that can be fetched
 * @param page       the page actually returned (after clamping)
 * @param pageSize   the page size actually used (after clamping)
 * @param hits       the hits of this page; empty past the deep-paging cap
 * @param tookMillis time spent in the search service
 * @param byAgency   matching items per agency code, largest first
 * @param byCategory matching items per category code, largest first
 * @param byYear     matching items per publication year, newest year first
 */
public record SearchResult(long total, int page, int pageSize, List<SearchHit> hits, long tookMillis,
        Map<String, Long> byAgency, Map<String, Long> byCategory, Map<Integer, Long> byYear) {
}
