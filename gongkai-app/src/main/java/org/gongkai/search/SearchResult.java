package org.gongkai.search;

public record SearchResult(long total, int page, int pageSize, java.util.List<SearchHit> hits, long tookMillis, java.util.Map<String, Long> byAgency, java.util.Map<String, Long> byCategory, java.util.Map<Integer, Long> byYear) {}
