package org.gongkai.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Table 四 (政府信息公开行政复议、行政诉讼情况), the same in both formats (regulations.md §3.4): one row of 15
 * numbers — 行政复议 {结果维持, 结果纠正, 其他结果, 尚未审结, 总计}, then 行政诉讼 未经复议直接起诉 {same five} and
 * 复议后起诉 {same five}. Immutable; each 总计 is the sum of its four results unless set explicitly (to reproduce a
 * published table that does not add up).
 * <p>
 * Per 国办公开办函〔2016〕201号, where the 复议机关 is a co-defendant only the original agency counts the case.
 */
public final class ReviewLitigationTable {

    /** The kinds of case, in column order. */
    public enum Kind {
        RECONSIDERATION("行政复议"),
        LITIGATION("未经复议直接起诉"),
        LITIGATION_AFTER_RECONSIDERATION("复议后起诉");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The results, in column order (each kind's fifth column is 总计). */
    public enum Result {
        UPHELD("结果维持"),
        CORRECTED("结果纠正"),
        OTHER("其他结果"),
        PENDING("尚未审结");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String RECONSIDERATION_LABEL = "行政复议";
    public static final String LITIGATION_LABEL = "行政诉讼";
    public static final String TOTAL_LABEL = "总计";

    private static final Kind[] KINDS = Kind.values();
    private static final Result[] RESULTS = Result.values();

    private final long[][] counts; // [kind][result]
    private final long[] totals; // [kind]

    private ReviewLitigationTable(long[][] counts, long[] totals) {
        this.counts = counts;
        this.totals = totals;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ReviewLitigationTable empty() {
        return builder().build();
    }

    public long get(Kind kind, Result result) {
        return counts[kind.ordinal()][result.ordinal()];
    }

    /** The 总计 of a kind: the sum of its four results unless set explicitly. */
    public long total(Kind kind) {
        return totals[kind.ordinal()];
    }

    /** The sum of the four results of a kind, whatever its 总计 says. */
    public long sumOfResults(Kind kind) {
        return Arrays.stream(counts[kind.ordinal()]).sum();
    }

    /** All litigation (直接起诉 and 复议后起诉), for the narrative. */
    public long litigationTotal() {
        return total(Kind.LITIGATION) + total(Kind.LITIGATION_AFTER_RECONSIDERATION);
    }

    /** The 15 numbers in the official order. */
    public long[] values() {
        long[] out = new long[15];
        int i = 0;
        for (Kind k : KINDS) {
            for (Result r : RESULTS) {
                out[i++] = get(k, r);
            }
            out[i++] = total(k);
        }
        return out;
    }

    /** The 15 bottom-level column labels in order (结果维持 … 总计, three times). */
    public static List<String> headerLabels() {
        List<String> out = new ArrayList<>(15);
        for (int k = 0; k < KINDS.length; k++) {
            for (Result r : RESULTS) {
                out.add(r.label());
            }
            out.add(TOTAL_LABEL);
        }
        return Collections.unmodifiableList(out);
    }

    /** The 15 column labels qualified by their groups, e.g. "行政诉讼/复议后起诉/尚未审结", for exports and messages. */
    public static List<String> qualifiedHeaderLabels() {
        List<String> out = new ArrayList<>(15);
        List<String> leaf = headerLabels();
        for (int i = 0; i < 15; i++) {
            Kind k = KINDS[i / 5];
            String prefix = k == Kind.RECONSIDERATION ? RECONSIDERATION_LABEL : LITIGATION_LABEL + "/" + k.label();
            out.add(prefix + "/" + leaf.get(i));
        }
        return Collections.unmodifiableList(out);
    }

    /** The roll-up of two tables: every number adds up. */
    public ReviewLitigationTable plus(ReviewLitigationTable other) {
        long[][] c = new long[KINDS.length][RESULTS.length];
        long[] t = new long[KINDS.length];
        for (int k = 0; k < KINDS.length; k++) {
            for (int r = 0; r < RESULTS.length; r++) {
                c[k][r] = Math.addExact(counts[k][r], other.counts[k][r]);
            }
            t[k] = Math.addExact(totals[k], other.totals[k]);
        }
        return new ReviewLitigationTable(c, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewLitigationTable t && Arrays.deepEquals(t.counts, counts)
                && Arrays.equals(t.totals, totals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.deepHashCode(counts), Arrays.hashCode(totals));
    }

    @Override
    public String toString() {
        return "ReviewLitigationTable" + Arrays.toString(values());
    }

    public static final class Builder {
        private final long[][] counts = new long[KINDS.length][RESULTS.length];
        private final Long[] explicitTotals = new Long[KINDS.length];

        private Builder() {
        }

        public Builder add(Kind kind, Result result, long n) {
            check(kind, result, n);
            counts[kind.ordinal()][result.ordinal()] = Math.addExact(counts[kind.ordinal()][result.ordinal()], n);
            return this;
        }

        public Builder set(Kind kind, Result result, long n) {
            check(kind, result, n);
            counts[kind.ordinal()][result.ordinal()] = n;
            return this;
        }

        /** Sets a 总计 as published instead of the sum of the four results (to reproduce real reports). */
        public Builder setTotalExplicitly(Kind kind, long n) {
            Objects.requireNonNull(kind, "kind");
            if (n < 0) {
                throw new IllegalArgumentException("negative 总计 " + n + " for " + kind.label());
            }
            explicitTotals[kind.ordinal()] = n;
            return this;
        }

        public ReviewLitigationTable build() {
            long[][] c = new long[KINDS.length][];
            long[] t = new long[KINDS.length];
            for (int k = 0; k < KINDS.length; k++) {
                c[k] = counts[k].clone();
                t[k] = explicitTotals[k] != null ? explicitTotals[k] : Arrays.stream(c[k]).sum();
            }
            return new ReviewLitigationTable(c, t);
        }

        private static void check(Kind kind, Result result, long n) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(result, "result");
            if (n < 0) {
                throw new IllegalArgumentException("negative count " + n + " for " + kind.label() + " "
                        + result.label());
            }
        }
    }
}
