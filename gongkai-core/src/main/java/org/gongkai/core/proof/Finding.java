package org.gongkai.core.proof;

/**
 * One problem found.
 *
 * @param start      offset of the first character in the checked text (UTF-16 index)
 * @param end        offset after the last character
 * @param text       the text found, {@code text.substring(start, end)}
 * @param suggestion the replacement, or null when there is none to offer (e.g. "delete" is the empty string)
 * @param message    for the officer, in Chinese: what is wrong and why
 * @param rule       a stable id of the rule that fired (e.g. "typo.confusion", "pii.id18"), for whitelists and statistics
 * @param location   where in an attachment (e.g. "工作表“名单”（隐藏）第3行"), null for the item's own text
 */
public record Finding(int start, int end, Category category, Severity severity, String text, String suggestion,
                      String message, String rule, String location) {

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The same finding placed in an attachment part. */
    public Finding at(String where) {
        return new Finding(start, end, category, severity, text, suggestion, message, rule, where);
    }

    /** The same finding with another severity (e.g. a leak in hidden content becomes BLOCK). */
    public Finding withSeverity(Severity s) {
        return new Finding(start, end, category, s, text, suggestion, message, rule, location);
    }
}
