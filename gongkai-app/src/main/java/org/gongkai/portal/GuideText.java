package org.gongkai.portal;

import java.util.ArrayList;
import java.util.List;

/**
 * The 公开指南 is stored as plain text typed by an officer (never HTML, so nothing has to be
 * sanitized); the portal shows each line as a paragraph.
 */
public final class GuideText {

    private GuideText() {
    }

    /** Non-blank lines, trimmed of the ideographic and ordinary spaces officers use to indent. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String p = line.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The first {@code n} paragraphs, for the agency's home page (the full text has its own page). */
    public static List<String> lead(String text, int n) {
        List<String> all = paragraphs(text);
        return all.size() <= n ? all : List.copyOf(all.subList(0, n));
    }
}
