package org.gongkai.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import org.gongkai.core.review.Validity;
import org.gongkai.platform.BadInputException;
import org.gongkai.search.SearchQuery;

/**
 * Reads the filter parameters of lists and searches. A value that cannot be right (a category the
 * agency does not have, year "abc") is answered 400 with a Chinese message naming the field rather
 * than silently ignored: a visitor who typed or was sent a wrong link should learn it is wrong
 * instead of seeing "no results" and concluding the government published nothing. Blank means
 * "no filter".
 */
final class FilterValues {

    /** The first year a county of the People's Republic could have published anything. */
    private static final int FIRST_YEAR = 1949;
    private static final int MAX_QUERY_CHARS = 100;

    private FilterValues() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A category code among {@code known}, or null for none. */
    static String category(String value, Collection<String> known) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip();
        if (!known.contains(code)) {
            throw new BadInputException("category", "portal.filter.category.unknown", code);
        }
        return code;
    }

    /** A category code of plausible form (for searches across agencies, whose catalogues differ). */
    static String categoryCode(String value) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip();
        if (!code.matches("[A-Z0-9-]{2,40}")) {
            throw new BadInputException("category", "portal.filter.category.unknown", code);
        }
        return code;
    }

    /** A four-digit year from 1949 to next year, or null. */
    static Integer year(String value, Clock clock) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        int last = LocalDate.now(clock).getYear() + 1;
        if (!v.matches("\\d{4}") || Integer.parseInt(v) < FIRST_YEAR || Integer.parseInt(v) > last) {
            throw new BadInputException("year", "portal.filter.year.unknown", v, FIRST_YEAR, Integer.toString(last));
        }
        return Integer.parseInt(v);
    }

    /** VALID, AMENDED, ABOLISHED or EXPIRED (any case), or null. */
    static Validity validity(String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Validity.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("validity", "portal.filter.validity.unknown", value.strip());
        }
    }

    /** relevance (default), newest or oldest; anything else falls back to relevance, which is harmless. */
    static SearchQuery.Sort sort(String value) {
        if (blank(value)) {
            return SearchQuery.Sort.RELEVANCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "newest" -> SearchQuery.Sort.NEWEST;
            case "oldest" -> SearchQuery.Sort.OLDEST;
            default -> SearchQuery.Sort.RELEVANCE;
        };
    }

    /** The search words, trimmed and cut to a length no real query needs (a guard against abuse). */
    static String queryText(String value) {
        if (blank(value)) {
            return null;
        }
        String q = value.strip().replaceAll("\\s+", " ");
        return q.length() > MAX_QUERY_CHARS ? q.substring(0, MAX_QUERY_CHARS) : q;
    }

    /** A page number from 1; non-numbers are a 400 naming the field 页码. */
    static int page(String value) {
        if (blank(value)) {
            return 1;
        }
        try {
            return org.gongkai.platform.Page.clampPage(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new BadInputException("page", "portal.filter.page.invalid");
        }
    }
}
