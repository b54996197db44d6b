package org.gongkai.statistics.web;

import java.util.List;
import java.util.Locale;

/**
 * Server-rendered SVG charts: a page shows them without JavaScript, they print, and a screen reader
 * hears the title and description ({@code role="img"}, {@code aria-labelledby}); the numbers are also
 * on every bar and in a table beside the chart. Every piece of text is escaped here, which is what makes
 * it safe for the templates to insert the result unescaped (th:utext) — nothing else may be.
 *
 * <p>Hand-written rather than a charting library: ECharts would need JavaScript in the browser, and a
 * Java charting library with an SVG backend would be two new dependencies for two simple chart types.
 * The text stays text, so the browser lays out the Chinese labels with the page's own font.
 */
final class SvgCharts {

    /** One bar: its label and value. */
    record Bar(String label, long value) {
    }

    static final int WIDTH = 640;
    private static final String FILL = "#1f5fa8";
    private static final String TEXT = "#1a1a1a";
    private static final String AXIS = "#595959";
    private static final int MAX_LABEL_CHARS = 12;

    private SvgCharts() {
    }

    /** Vertical columns (e.g. the twelve months), each with its value above it. */
    static String columns(String id, String title, String description, List<Bar> bars) {
        int top = 24;
        int bottom = 32;
        int plot = 180;
        int left = 16;
        int height = top + plot + bottom;
        long max = max(bars);
        double slot = (double) (WIDTH - 2 * left) / Math.max(1, bars.size());
        double barWidth = slot * 0.6;
        StringBuilder svg = open(id, title, description, height);
        int base = top + plot;
        line(svg, left, base, WIDTH - left, base);
        for (int k = 0; k < bars.size(); k++) {
            Bar b = bars.get(k);
            double h = max == 0 ? 0 : plot * (double) b.value() / max;
            double x = left + k * slot + (slot - barWidth) / 2;
            double cx = left + k * slot + slot / 2;
            svg.append("<g><title>").append(escape(b.label())).append("：").append(b.value()).append("</title>");
            svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(base - h)).append("\" width=\"")
                    .append(num(barWidth)).append("\" height=\"").append(num(h)).append("\" fill=\"").append(FILL)
                    .append("\"/>");
            text(svg, cx, base - h - 6, "middle", Long.toString(b.value()));
            text(svg, cx, base + 20, "middle", shorten(b.label()));
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars (e.g. categories, reply types), label on the left and value after the bar. */
    static String bars(String id, String title, String description, List<Bar> bars) {
        int top = 12;
        int row = 28;
        int labelWidth = 200;
        int valueRoom = 60;
        int height = top * 2 + Math.max(1, bars.size()) * row;
        long max = max(bars);
        double room = WIDTH - labelWidth - valueRoom;
        StringBuilder svg = open(id, title, description, height);
        line(svg, labelWidth, top, labelWidth, top + Math.max(1, bars.size()) * row);
        for (int k = 0; k < bars.size(); k++) {
            Bar b = bars.get(k);
            double w = max == 0 ? 0 : room * b.value() / max;
            double y = top + k * row;
            svg.append("<g><title>").append(escape(b.label())).append("：").append(b.value()).append("</title>");
            text(svg, labelWidth - 8, y + row / 2.0 + 5, "end", shorten(b.label()));
            svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(num(y + 5)).append("\" width=\"")
                    .append(num(w)).append("\" height=\"").append(row - 10).append("\" fill=\"").append(FILL)
                    .append("\"/>");
            text(svg, labelWidth + w + 6, y + row / 2.0 + 5, "start", Long.toString(b.value()));
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        String safeId = safeId(id);
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-labelledby=\"")
                .append(safeId).append("-title ").append(safeId).append("-desc\" font-size=\"13\">");
        svg.append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(safeId).append("-desc\">").append(escape(description)).append("</desc>");
        return svg;
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2) {
        svg.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(AXIS).append("\" stroke-width=\"1\"/>");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" fill=\"").append(TEXT).append("\">").append(escape(text)).append("</text>");
    }

    private static long max(List<Bar> bars) {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    /** Long labels are cut on the chart (the bar's tooltip and the table keep them whole). */
    static String shorten(String label) {
        if (label == null) {
            return "";
        }
        return label.codePointCount(0, label.length()) <= MAX_LABEL_CHARS ? label
                : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL_CHARS - 1)) + "…";
    }

    /** XML text and attribute escaping. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters are not allowed in XML 1.0; drop them rather than break the page
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** An id usable in XML and in aria-labelledby (no spaces, no markup). */
    static String safeId(String id) {
        String s = id == null ? "" : id.replaceAll("[^A-Za-z0-9_-]", "-");
        return s.isEmpty() || !Character.isLetter(s.charAt(0)) ? "chart-" + s : s;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
