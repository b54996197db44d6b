package org.gongkai.search;

/**
 * What a visitor asked for. Every field may come straight from a request parameter: the search
 * service never throws on odd text and clamps paging to sane bounds.
 *
 * @param text         free text in any mix of Chinese words, numbers, an 索引号 or a 文号; blank lists
 *                     everything that matches the filters, newest first
 * @param agencyCode   only items of this agency, or null for all
 * @param categoryCode only items of this category, or null for all
 * @param year         only items published in this year, or null for all
 * @param validity     only items with this validity (VALID, AMENDED, ABOLISHED, EXPIRED), or null
 * @param sort         result order; null means relevance (or newest when there is no text)
 * @param page         1-based page number
 * @param pageSize     hits per page
 */
public record SearchQuery(String text, String agencyCode, String categoryCode, Integer year, String validity,
        Sort sort, int page, int pageSize) {

    /** Result order. Relevance falls back to newest first among equally relevant items. */
    public enum Sort { RELEVANCE, NEWEST, OLDEST }
}
