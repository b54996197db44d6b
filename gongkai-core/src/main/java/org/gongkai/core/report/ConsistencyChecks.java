package org.gongkai.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.gongkai.core.report.ReviewLitigationTable.Kind;
import org.gongkai.core.report.ReviewLitigationTable.Result;

/**
 * The arithmetic checks of tables 三 and 四 (regulations.md §3.3, §3.4), run before a report is published:
 * <ol>
 * <li>(a) for every column incl. 总计: 一 + 二 = （七）总计 + 四 ("第一项加第二项之和，等于第三项加第四项之和");</li>
 * <li>(b) for every row: 总计 = the sum of the six applicant columns;</li>
 * <li>(c) for every column incl. 总计: （七）总计 = the sum of the leaf rows （一）–（六）;</li>
 * <li>(d) table 四: each 总计 = the sum of its four results.</li>
 * </ol>
 * A table built without explicit totals always passes (b), (c) and (d); (a) depends on the counts.
 */
public final class ConsistencyChecks {

    /** One check: the rule (a Chinese sentence naming the rule and the column or row), whether it holds, and the
     * numbers. */
    public record CheckResult(String rule, boolean holds, String detail) {
    }

    private ConsistencyChecks() {
    }

    /** All checks of table 三 and, if {@code r} is not null, of table 四. */
    public static List<CheckResult> of(ApplicationTable t, ReviewLitigationTable r) {
        List<CheckResult> out = new ArrayList<>();
        balance(t, out);
        rowTotals(t, out);
        leafSums(t, out);
        if (r != null) {
            review(r, out);
        }
        return List.copyOf(out);
    }

    /** The checks that fail. */
    public static List<CheckResult> failures(ApplicationTable t, ReviewLitigationTable r) {
        return of(t, r).stream().filter(c -> !c.holds()).toList();
    }

    private static void balance(ApplicationTable t, List<CheckResult> out) {
        for (ApplicantColumn c : ApplicantColumn.values()) {
            add(out, "check.balance", c.label(), t.get(ApplicationRow.NEW_THIS_YEAR, c),
                    t.get(ApplicationRow.CARRIED_FROM_LAST_YEAR, c), t.get(ApplicationRow.TOTAL, c),
                    t.get(ApplicationRow.CARRIED_TO_NEXT_YEAR, c));
        }
        add(out, "check.balance", ApplicantColumn.TOTAL_LABEL, t.total(ApplicationRow.NEW_THIS_YEAR),
                t.total(ApplicationRow.CARRIED_FROM_LAST_YEAR), t.total(ApplicationRow.TOTAL),
                t.total(ApplicationRow.CARRIED_TO_NEXT_YEAR));
    }

    private static void add(List<CheckResult> out, String key, String column, long one, long two, long seven,
            long four) {
        long left = one + two;
        long right = seven + four;
        out.add(new CheckResult(ReportText.text(key + ".rule", column), left == right,
                ReportText.text(key + ".detail", column, s(one), s(two), s(left), s(seven), s(four), s(right))));
    }

    private static void rowTotals(ApplicationTable t, List<CheckResult> out) {
        for (ApplicationRow row : ApplicationRow.rows(t.format())) {
            List<Long> terms = new ArrayList<>();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                terms.add(t.get(row, c));
            }
            long sum = t.sumOfColumns(row);
            out.add(new CheckResult(ReportText.text("check.rowTotal.rule", row.label()), sum == t.total(row),
                    ReportText.text("check.rowTotal.detail", row.label(), join(terms), s(sum), s(t.total(row)))));
        }
    }

    private static void leafSums(ApplicationTable t, List<CheckResult> out) {
        List<ApplicationRow> leaves = ApplicationRow.leaves(t.format());
        for (ApplicantColumn c : ApplicantColumn.values()) {
            List<Long> terms = leaves.stream().map(l -> t.get(l, c)).toList();
            leafSum(out, c.label(), terms, t.sum(leaves, c), t.get(ApplicationRow.TOTAL, c));
        }
        List<Long> terms = leaves.stream().map(t::total).toList();
        leafSum(out, ApplicantColumn.TOTAL_LABEL, terms, t.sumOfTotals(leaves), t.total(ApplicationRow.TOTAL));
    }

    private static void leafSum(List<CheckResult> out, String column, List<Long> terms, long sum, long total) {
        List<Long> nonZero = terms.stream().filter(v -> v != 0).toList();
        out.add(new CheckResult(ReportText.text("check.leafSum.rule", column), sum == total,
                ReportText.text("check.leafSum.detail", column, nonZero.isEmpty() ? "0" : join(nonZero), s(sum),
                        s(total))));
    }

    private static void review(ReviewLitigationTable r, List<CheckResult> out) {
        for (Kind k : Kind.values()) {
            String name = k == Kind.RECONSIDERATION ? k.label()
                    : ReportText.text("check.review.litigation", k.label());
            List<Long> terms = new ArrayList<>();
            for (Result res : Result.values()) {
                terms.add(r.get(k, res));
            }
            long sum = r.sumOfResults(k);
            out.add(new CheckResult(ReportText.text("check.review.rule", name), sum == r.total(k),
                    ReportText.text("check.review.detail", name, join(terms), s(sum), s(r.total(k)))));
        }
    }

    private static String join(List<Long> terms) {
        return terms.stream().map(String::valueOf).collect(Collectors.joining(" + "));
    }

    private static String s(long v) {
        return Long.toString(v);
    }
}
