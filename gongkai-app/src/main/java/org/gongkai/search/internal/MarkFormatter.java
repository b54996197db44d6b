package org.gongkai.search.internal;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.springframework.web.util.HtmlUtils;

/**
 * Formats the highlighter's best passage as a {@link Fragment}. Only this class writes markup: the
 * stored text is escaped piece by piece between matches, so text containing {@code <script>} comes
 * out as {@code &lt;script&gt;} and the only tags in the result are our own {@code <mark>}s.
 *
 * <p>Adjacent matches are merged into one mark (the analyser splits 政务公开 into two words, which
 * readers expect to see marked as one). Passages longer than the limit are cut to a window that
 * starts shortly before the first match, with an ellipsis where text was cut.
 */
final class MarkFormatter extends PassageFormatter {

    static final String ELLIPSIS = "…";
    /** Characters of context kept before the first match when a passage has to be cut. */
    private static final int LEAD = 20;

    private final int maxChars;

    /** @param maxChars longest fragment in characters, excluding ellipses; {@code Integer.MAX_VALUE} for whole titles */
    MarkFormatter(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        if (passages == null || passages.length == 0 || content == null) {
            return null;
        }
        Passage p = passages[0];
        int pStart = p.getStartOffset();
        int pEnd = Math.min(p.getEndOffset(), content.length());
        int start = pStart;
        int end = pEnd;
        if (end - start > maxChars) {
            if (p.getNumMatches() > 0) {
                int first = p.getMatchStarts()[0];
                start = Math.max(pStart, Math.min(first - LEAD, pEnd - maxChars));
            }
            end = Math.min(pEnd, start + maxChars);
        }
        // Skip leading white space so the snippet does not start with an indent; never split a surrogate pair.
        while (start < end && (Character.isWhitespace(content.charAt(start)) || Character.isLowSurrogate(content.charAt(start)))) {
            start++;
        }
        if (end > start && end < content.length() && Character.isLowSurrogate(content.charAt(end))) {
            end--;
        }
        String prefix = start > pStart ? ELLIPSIS : "";
        String suffix = end < pEnd ? ELLIPSIS : "";

        StringBuilder html = new StringBuilder(end - start + 32).append(prefix);
        int cursor = start;
        boolean matched = false;
        int n = p.getNumMatches();
        int[] ms = p.getMatchStarts();
        int[] me = p.getMatchEnds();
        int i = 0;
        while (i < n) {
            int s = Math.max(ms[i], cursor);
            int e = Math.min(me[i], end);
            // Merge following matches that touch or overlap this one.
            while (i + 1 < n && ms[i + 1] <= e) {
                i++;
                e = Math.max(e, Math.min(me[i], end));
            }
            i++;
            if (s >= e || s < start) {
                continue;
            }
            html.append(escape(content.substring(cursor, s)))
                    .append("<mark>").append(escape(content.substring(s, e))).append("</mark>");
            cursor = e;
            matched = true;
        }
        html.append(escape(content.substring(cursor, end))).append(suffix);
        String plain = prefix + content.substring(start, end) + suffix;
        return new Fragment(plain, html.toString(), matched);
    }

    /** Escapes the five HTML-significant characters and leaves CJK text readable (no numeric entities). */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    /** A fragment for text shown without a query: cut to the limit, escaped, nothing marked. */
    static Fragment plain(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            return Fragment.EMPTY;
        }
        String t = text.strip();
        String cut = t.length() > maxChars ? t.substring(0, maxChars) + ELLIPSIS : t;
        return new Fragment(cut, escape(cut), false);
    }
}
