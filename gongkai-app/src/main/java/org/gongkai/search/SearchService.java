package org.gongkai.search;

import java.util.stream.Stream;

/**
 * Full-text search over published items. The index is a derived copy of the database: callers index
 * an item when it is published or changes and remove it when it is withdrawn, and a rebuild feeds
 * every published item through {@link #indexAll}.
 */
public interface SearchService {

    /**
     * Runs a visitor's search; never throws on odd user text.
     *
     * @throws SearchBusyException when the search could not get its turn in time (too many at once)
     */
    SearchResult search(SearchQuery q);

    /** Adds the item or replaces the one with the same id; the change is visible to the next search. */
    void index(IndexedItem item);

    /** Adds or replaces many items at once and commits at the end; the fast path for rebuilds. */
    void indexAll(Stream<IndexedItem> items);

    /** Removes the item with this id, if present; visible to the next search. */
    void remove(long id);

    /** Empties the index, e.g. before a rebuild. */
    void clear();

    /** Number of items in the index. */
    long count();
}
