package org.gongkai.report.web;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.report.ApplicantColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.ApplicationTable;
import org.gongkai.core.report.ProactiveTable;
import org.gongkai.core.report.ReviewLitigationTable;

/**
 * One table of the report laid out on a grid of rows and columns, with the spans of the national format
 * (the same spans {@link ReportHtml} writes as rowspan/colspan). Word needs gridSpan/vMerge per grid
 * position and Excel needs merged regions, so both exports render from this one layout instead of each
 * re-deriving the spans, which would let the two files drift apart from each other and from the web page.
 *
 * @param caption    the caption shown above the table (the block caption of table 二), or null
 * @param headerRows how many top rows are column headers (repeated on every page in Word, frozen in Excel)
 * @param labelCols  how many left columns hold row labels (frozen in Excel, left-aligned)
 * @param widths     the relative width of every grid column
 */
record ReportGrid(String caption, int rows, int cols, int headerRows, int labelCols, List<Cell> cells,
                  int[] widths) {

    /**
     * A cell at its top-left grid position with its spans; {@code value} is set for number cells (a Long or a
     * BigDecimal) and null for text cells.
     */
    record Cell(int row, int col, int rowSpan, int colSpan, String text, Number value) {

        boolean covers(int r, int c) {
            return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
        }
    }

    /** The cell covering a grid position (its own or one it is merged into). */
    Cell at(int r, int c) {
        for (Cell cell : cells) {
            if (cell.covers(r, c)) {
                return cell;
            }
        }
        throw new IllegalStateException("grid position " + r + "," + c + " is not covered in " + caption);
    }

    /** Table 二: one grid per block (caption, then "信息内容" and the value columns, then the rows). */
    static List<ReportGrid> proactive(ProactiveTable t) {
        List<ReportGrid> out = new ArrayList<>();
        for (ProactiveTable.Block b : t.blocks()) {
            List<Cell> cells = new ArrayList<>();
            int cols = b.columns().size();
            for (int c = 0; c < cols; c++) {
                cells.add(text(0, c, 1, 1, b.columns().get(c)));
            }
            int r = 1;
            for (ProactiveTable.BlockRow row : b.rows()) {
                cells.add(text(r, 0, 1, 1, row.label()));
                for (int k = 0; k < row.values().size(); k++) {
                    Object v = row.values().get(k);
                    cells.add(new Cell(r, k + 1, 1, 1, null, v == null ? 0L : (Number) v));
                }
                r++;
            }
            int[] widths = new int[cols];
            widths[0] = 3;
            for (int c = 1; c < cols; c++) {
                widths[c] = Math.max(2, 6 / (cols - 1));
            }
            out.add(new ReportGrid(b.caption(), r, cols, 1, 1, cells, widths));
        }
        return out;
    }

    /**
     * Table 三: the check note over three label columns and three header rows, 申请人情况 over the seven number
     * columns, 自然人 and 总计 spanning two header rows, 法人或其他组织 over its five columns; in the body
     * 三、本年度办理结果 spans the result rows and （三）–（六） span their numbered sub-rows (regulations.md §3.3).
     */
    static ReportGrid applications(ApplicationTable t) {
        List<ApplicationRow> rows = ApplicationRow.rows(t.format());
        List<Cell> cells = new ArrayList<>();
        int labelCols = 3;
        cells.add(text(0, 0, 3, labelCols, ApplicationRow.CHECK_NOTE));
        cells.add(text(0, labelCols, 1, 7, ApplicantColumn.APPLICANT_HEADING));
        cells.add(text(1, labelCols, 2, 1, ApplicantColumn.NATURAL_PERSON.label()));
        cells.add(text(1, labelCols + 1, 1, 5, ApplicantColumn.ORGANISATION_GROUP_LABEL));
        cells.add(text(1, labelCols + 6, 2, 1, ApplicantColumn.TOTAL_LABEL));
        int c = labelCols + 1;
        for (ApplicantColumn col : ApplicantColumn.values()) {
            if (col.isOrganisation()) {
                cells.add(text(2, c++, 1, 1, col.label()));
            }
        }
        int resultRows = (int) rows.stream().filter(x -> !topLevel(x)).count();
        int r = 3;
        boolean resultsOpened = false;
        String openGroup = null;
        for (ApplicationRow row : rows) {
            if (topLevel(row)) {
                cells.add(text(r, 0, 1, 3, row.label()));
            } else {
                if (!resultsOpened) {
                    cells.add(text(r, 0, resultRows, 1, ApplicationRow.RESULTS_HEADING));
                    resultsOpened = true;
                }
                if (row.group() == null) {
                    cells.add(text(r, 1, 1, 2, row.printedLabel()));
                    openGroup = null;
                } else {
                    if (!row.group().equals(openGroup)) {
                        int size = (int) rows.stream().filter(x -> row.group().equals(x.group())).count();
                        cells.add(text(r, 1, size, 1, row.group()));
                        openGroup = row.group();
                    }
                    cells.add(text(r, 2, 1, 1, row.printedLabel()));
                }
            }
            int k = labelCols;
            for (ApplicantColumn col : ApplicantColumn.values()) {
                cells.add(new Cell(r, k++, 1, 1, null, t.get(row, col)));
            }
            cells.add(new Cell(r, k, 1, 1, null, t.total(row)));
            r++;
        }
        int[] widths = {2, 3, 11, 2, 2, 2, 2, 2, 2, 2};
        return new ReportGrid(null, r, labelCols + 7, 3, labelCols, cells, widths);
    }

    /**
     * Table 四: 行政复议 over five columns and 行政诉讼 over ten; the five 行政复议 results span two header rows;
     * 未经复议直接起诉 and 复议后起诉 over five each; then the one row of 15 numbers (regulations.md §3.4).
     */
    static ReportGrid appeals(ReviewLitigationTable t) {
        List<String> labels = ReviewLitigationTable.headerLabels();
        List<Cell> cells = new ArrayList<>();
        cells.add(text(0, 0, 1, 5, ReviewLitigationTable.RECONSIDERATION_LABEL));
        cells.add(text(0, 5, 1, 10, ReviewLitigationTable.LITIGATION_LABEL));
        for (int c = 0; c < 5; c++) {
            cells.add(text(1, c, 2, 1, labels.get(c)));
        }
        cells.add(text(1, 5, 1, 5, ReviewLitigationTable.Kind.LITIGATION.label()));
        cells.add(text(1, 10, 1, 5, ReviewLitigationTable.Kind.LITIGATION_AFTER_RECONSIDERATION.label()));
        for (int c = 5; c < 15; c++) {
            cells.add(text(2, c, 1, 1, labels.get(c)));
        }
        long[] values = t.values();
        for (int c = 0; c < 15; c++) {
            cells.add(new Cell(3, c, 1, 1, null, values[c]));
        }
        int[] widths = new int[15];
        java.util.Arrays.fill(widths, 1);
        return new ReportGrid(null, 4, 15, 3, 0, cells, widths);
    }

    private static boolean topLevel(ApplicationRow row) {
        return row == ApplicationRow.NEW_THIS_YEAR || row == ApplicationRow.CARRIED_FROM_LAST_YEAR
                || row == ApplicationRow.CARRIED_TO_NEXT_YEAR;
    }

    private static Cell text(int row, int col, int rowSpan, int colSpan, String text) {
        return new Cell(row, col, rowSpan, colSpan, text, null);
    }
}
