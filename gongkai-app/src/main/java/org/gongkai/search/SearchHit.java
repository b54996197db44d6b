package org.gongkai.search;

public record SearchHit(long id, String title, String titleHighlighted, String indexNo, String agencyCode, String agencyName, String categoryCode, String categoryName, java.time.LocalDate publishedOn, String validity, String url, String snippet, String snippetHighlighted) {}
