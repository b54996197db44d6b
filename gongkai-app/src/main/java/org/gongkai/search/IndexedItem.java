package org.gongkai.search;

import java.time.LocalDate;

/**
 * A published item as the index sees it: a flat, denormalised copy so that a search never needs the
 * database. The catalog module builds one whenever an item is published, amended or withdrawn; the
 * index can be rebuilt from these at any time.
 *
 * @param id           the item's database id; the index keeps at most one document per id
 * @param agencyCode   the publishing agency's code (filter and facet key)
 * @param agencyName   the agency's display name, stored so that result lists need no lookup
 * @param categoryCode the catalogue category's code (filter and facet key)
 * @param categoryName the category's display name
 * @param title        the item's title
 * @param indexNo      its 索引号, searchable as an exact value; may be null
 * @param docNo        its 文号, searchable as an exact value; may be null
 * @param summary      a short abstract; may be null
 * @param bodyText     the body as plain text (never HTML); may be null
 * @param publishedOn  the publication date; sorts results and gives the year filter
 * @param validity     VALID, AMENDED, ABOLISHED or EXPIRED
 * @param url          absolute path of the public page, e.g. {@code /items/123}
 */
public record IndexedItem(long id, String agencyCode, String agencyName, String categoryCode, String categoryName,
        String title, String indexNo, String docNo, String summary, String bodyText, LocalDate publishedOn,
        String validity, String url) {
}
