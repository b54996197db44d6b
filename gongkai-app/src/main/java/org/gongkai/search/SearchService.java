package org.gongkai.search;

public interface SearchService { SearchResult search(SearchQuery q); void index(IndexedItem item); void indexAll(java.util.stream.Stream<IndexedItem> items); void remove(long id); void clear(); long count(); }
