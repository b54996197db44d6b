package org.gongkai.proofing;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The plain text of an item's sanitized HTML body, as the proofreader checks it and as the reviewer sees
 * it with the findings marked: one line per paragraph, list item or table row, so offsets in findings
 * point at the same characters in both.
 */
public final class ItemText {

    private static final Pattern BLOCK_END = Pattern.compile("(?i)(</(p|div|li|h[1-6]|tr|blockquote|pre)>|<br\\s*/?>)");

    private ItemText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String marked = BLOCK_END.matcher(html).replaceAll("$1\n");
        String text = Jsoup.parse(marked).wholeText();
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]*\n[ \\t\n]*", "\n").strip();
    }
}
