package org.gongkai.search.internal;

/**
 * A piece of stored text ready for a result line: the plain text and the same text HTML-escaped
 * with {@code <mark>} around matched words.
 *
 * @param matched whether any query word was marked, so the caller can prefer a passage that shows why the item matched
 */
record Fragment(String plain, String html, boolean matched) {

    static final Fragment EMPTY = new Fragment("", "", false);
}
