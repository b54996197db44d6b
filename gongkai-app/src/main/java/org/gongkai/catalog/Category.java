package org.gongkai.catalog;

/**
 * A column of an agency's catalogue.
 *
 * @param placeholder a column filled by a later module (行政许可/行政处罚), shown but not yet fed
 */
public record Category(long id, Long agencyId, String code, String name, String parentCode, int sortOrder,
                       String description, boolean placeholder) {
}
