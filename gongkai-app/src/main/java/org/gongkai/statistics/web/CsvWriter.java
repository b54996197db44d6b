package org.gongkai.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link StatTable} as CSV the way Excel and WPS open it without asking: UTF-8 with a byte-order
 * mark (without it both guess GBK and garble the Chinese), a header row, CRLF line ends, RFC 4180 quoting.
 * Text cells that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with an apostrophe:
 * item titles come from officers' input. (No CSV library is on the build's classpath, and these few rules
 * are all it needs.)
 */
final class CsvWriter {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvWriter() {
    }

    static byte[] write(StatTable table) {
        StringBuilder sb = new StringBuilder();
        line(sb, table.headers());
        for (List<StatTable.Cell> row : table.rows()) {
            line(sb, row.stream().map(c -> c.numeric() ? c.text() : defuse(c.text())).toList());
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append(quote(cells.get(k)));
        }
        sb.append("\r\n");
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))))) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static String defuse(String s) {
        if (s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
