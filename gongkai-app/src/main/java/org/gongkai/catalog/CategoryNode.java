package org.gongkai.catalog;

import java.util.List;

/** A category with its sub-categories and the number of published items in it (and below). */
public record CategoryNode(Category category, long publishedCount, List<CategoryNode> children) {
}
