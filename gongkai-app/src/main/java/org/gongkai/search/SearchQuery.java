package org.gongkai.search;

public record SearchQuery(String text, String agencyCode, String categoryCode, Integer year, String validity, Sort sort, int page, int pageSize) { public enum Sort { RELEVANCE, NEWEST, OLDEST } }
