package org.gongkai.search;

public record IndexedItem(long id, String agencyCode, String agencyName, String categoryCode, String categoryName, String title, String indexNo, String docNo, String summary, String bodyText, java.time.LocalDate publishedOn, String validity, String url) {}
