package org.gongkai.statistics.web;

import java.util.List;

/**
 * A table of numbers as both the page and the CSV download show it, built once so the two cannot
 * disagree. A cell may link somewhere on the page (an item), which the CSV leaves out.
 */
record StatTable(String id, String caption, List<String> headers, List<List<Cell>> rows) {

    /** A cell; {@code alert} marks what needs attention (a late report), shown in the danger colour and bold. */
    record Cell(String text, String href, boolean numeric, boolean alert) {

        static Cell text(String text) {
            return new Cell(text == null ? "" : text, null, false, false);
        }

        static Cell alert(String text, boolean alert) {
            return new Cell(text == null ? "" : text, null, false, alert);
        }

        static Cell number(Object n) {
            return new Cell(String.valueOf(n), null, true, false);
        }

        static Cell link(String text, String href) {
            return new Cell(text == null ? "" : text, href, false, false);
        }
    }
}
