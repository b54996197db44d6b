package org.gongkai.core.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

import org.gongkai.core.request.ReplyType;

/**
 * Table 三 (收到和处理政府信息公开申请情况): counts per {@link ApplicationRow} and {@link ApplicantColumn}, plus the
 * 总计 column. Immutable.
 * <p>
 * The （七）总计 row is computed as the sum of the leaf rows, and the 总计 column as the sum of the six applicant
 * columns, unless set explicitly ({@link Builder#setTotalExplicitly}, {@link Builder#setRowTotalExplicitly}). The
 * explicit setters exist to reproduce published tables as printed, which may not add up;
 * {@link ConsistencyChecks} then reports the mismatch instead of the model hiding it.
 */
public final class ApplicationTable {

    private static final ApplicantColumn[] COLUMNS = ApplicantColumn.values();
    private static final ApplicationRow[] ROWS = ApplicationRow.values();

    private final ReportFormat format;
    private final long[][] cells; // [row ordinal][column ordinal]
    private final long[] rowTotals; // the 总计 column, [row ordinal]

    private ApplicationTable(ReportFormat format, long[][] cells, long[] rowTotals) {
        this.format = format;
        this.cells = cells;
        this.rowTotals = rowTotals;
    }

    public static Builder builder(ReportFormat format) {
        return new Builder(format);
    }

    /** An empty table (all zeros) of the format. */
    public static ApplicationTable empty(ReportFormat format) {
        return builder(format).build();
    }

    public ReportFormat format() {
        return format;
    }

    /** The count in a cell; 0 for a row not in the format. */
    public long get(ApplicationRow row, ApplicantColumn column) {
        return cells[row.ordinal()][column.ordinal()];
    }

    /** The 总计 column of a row: the sum of the six applicant columns unless set explicitly. */
    public long total(ApplicationRow row) {
        return rowTotals[row.ordinal()];
    }

    /** The sum of the six applicant columns of a row, whatever the 总计 cell says. */
    public long sumOfColumns(ApplicationRow row) {
        long s = 0;
        for (ApplicantColumn c : COLUMNS) {
            s += get(row, c);
        }
        return s;
    }

    /** The sum of a set of rows in one column (for the group figures of the narrative). */
    public long sum(Collection<ApplicationRow> rows, ApplicantColumn column) {
        long s = 0;
        for (ApplicationRow r : rows) {
            s += get(r, column);
        }
        return s;
    }

    /** The sum of a set of rows in the 总计 column. */
    public long sumOfTotals(Collection<ApplicationRow> rows) {
        long s = 0;
        for (ApplicationRow r : rows) {
            s += total(r);
        }
        return s;
    }

    /**
     * All replies of a type (the group （三） 不予公开 has no subtotal row in the table; narratives quote it), in the
     * 总计 column.
     */
    public long totalOf(ReplyType type) {
        return sumOfTotals(ApplicationRow.rowsOf(type, format));
    }

    /** The counts of a row in column order, then the 总计 column (7 numbers). */
    public long[] rowValues(ApplicationRow row) {
        long[] out = Arrays.copyOf(cells[row.ordinal()], COLUMNS.length + 1);
        out[COLUMNS.length] = total(row);
        return out;
    }

    /**
     * The roll-up of two tables of the same format (a county's departments and townships): every cell and every
     * 总计 adds up. Tables that are consistent give a consistent sum; an inconsistency carries over.
     */
    public ApplicationTable plus(ApplicationTable other) {
        if (other.format != format) {
            throw new IllegalArgumentException("cannot add a " + other.format + " table to a " + format + " table");
        }
        long[][] c = new long[ROWS.length][COLUMNS.length];
        long[] t = new long[ROWS.length];
        for (int r = 0; r < ROWS.length; r++) {
            for (int k = 0; k < COLUMNS.length; k++) {
                c[r][k] = Math.addExact(cells[r][k], other.cells[r][k]);
            }
            t[r] = Math.addExact(rowTotals[r], other.rowTotals[r]);
        }
        return new ApplicationTable(format, c, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApplicationTable t && t.format == format && Arrays.deepEquals(t.cells, cells)
                && Arrays.equals(t.rowTotals, rowTotals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, Arrays.deepHashCode(cells), Arrays.hashCode(rowTotals));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ApplicationTable[").append(format).append(']');
        for (ApplicationRow r : ApplicationRow.rows(format)) {
            sb.append('\n').append(r.label()).append(' ').append(Arrays.toString(rowValues(r)));
        }
        return sb.toString();
    }

    public static final class Builder {
        private final ReportFormat format;
        private final long[][] cells = new long[ROWS.length][COLUMNS.length];
        private final Long[][] explicitTotalRow = new Long[1][COLUMNS.length];
        private final Long[] explicitRowTotals = new Long[ROWS.length];

        private Builder(ReportFormat format) {
            this.format = Objects.requireNonNull(format, "format");
        }

        /** Adds {@code n} to a cell (counting requests one by one, or adding a department's figures). */
        public Builder add(ApplicationRow row, ApplicantColumn column, long n) {
            check(row, column, n);
            cells[row.ordinal()][column.ordinal()] = Math.addExact(cells[row.ordinal()][column.ordinal()], n);
            return this;
        }

        /** Sets a cell. */
        public Builder set(ApplicationRow row, ApplicantColumn column, long n) {
            check(row, column, n);
            cells[row.ordinal()][column.ordinal()] = n;
            return this;
        }

        /**
         * Sets a cell of the （七）总计 row as published instead of computing it from the leaf rows; for
         * reproducing real reports, which may not add up.
         */
        public Builder setTotalExplicitly(ApplicantColumn column, long n) {
            Objects.requireNonNull(column, "column");
            nonNegative(ApplicationRow.TOTAL, n);
            explicitTotalRow[0][column.ordinal()] = n;
            return this;
        }

        /**
         * Sets the 总计 column of a row as published instead of the sum of its six columns; for reproducing real
         * reports, which may not add up.
         */
        public Builder setRowTotalExplicitly(ApplicationRow row, long n) {
            inFormat(row);
            nonNegative(row, n);
            explicitRowTotals[row.ordinal()] = n;
            return this;
        }

        public ApplicationTable build() {
            long[][] c = new long[ROWS.length][];
            for (int r = 0; r < ROWS.length; r++) {
                c[r] = cells[r].clone();
            }
            int total = ApplicationRow.TOTAL.ordinal();
            for (ApplicantColumn col : COLUMNS) {
                Long explicit = explicitTotalRow[0][col.ordinal()];
                long v;
                if (explicit != null) {
                    v = explicit;
                } else {
                    v = 0;
                    for (ApplicationRow leaf : ApplicationRow.leaves(format)) {
                        v = Math.addExact(v, c[leaf.ordinal()][col.ordinal()]);
                    }
                }
                c[total][col.ordinal()] = v;
            }
            long[] t = new long[ROWS.length];
            for (int r = 0; r < ROWS.length; r++) {
                if (explicitRowTotals[r] != null) {
                    t[r] = explicitRowTotals[r];
                } else {
                    long s = 0;
                    for (long v : c[r]) {
                        s = Math.addExact(s, v);
                    }
                    t[r] = s;
                }
            }
            return new ApplicationTable(format, c, t);
        }

        private void check(ApplicationRow row, ApplicantColumn column, long n) {
            Objects.requireNonNull(column, "column");
            inFormat(row);
            if (row == ApplicationRow.TOTAL) {
                throw new IllegalArgumentException(row.label()
                        + " is computed from the rows （一）–（六）; use setTotalExplicitly to reproduce a published total");
            }
            nonNegative(row, n);
        }

        private void inFormat(ApplicationRow row) {
            Objects.requireNonNull(row, "row");
            if (!row.in(format)) {
                throw new IllegalArgumentException("row " + row.label() + " (" + row + ") is not in the " + format
                        + " format of table 三");
            }
        }

        private static void nonNegative(ApplicationRow row, long n) {
            if (n < 0) {
                throw new IllegalArgumentException("negative count " + n + " for " + row.label());
            }
        }
    }
}
