package org.gongkai.search;

import java.time.LocalDate;

/**
 * One result line. The {@code *Highlighted} variants are safe to write into a page unescaped: they
 * are HTML-escaped text whose only markup is {@code <mark>} around matched words; the plain
 * variants must be escaped by the page as usual.
 *
 * @param snippet            a passage of at most about 160 characters from the body or summary, plain
 *                           text, possibly empty
 * @param snippetHighlighted the same passage, HTML-escaped, with matched words in {@code <mark>}
 */
public record SearchHit(long id, String title, String titleHighlighted, String indexNo, String agencyCode,
        String agencyName, String categoryCode, String categoryName, LocalDate publishedOn, String validity,
        String url, String snippet, String snippetHighlighted) {
}
