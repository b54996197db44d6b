package org.gongkai.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Drafts of the narrative parts of the annual report with the year's figures, in the style of real reports. The
 * officer edits them; the wording is in {@code narrative.properties}. Parts to be written by hand are marked
 * 【请填写……】, which the proofreader's placeholder check flags if they are left in.
 */
public final class Narrative {

    private Narrative() {
    }

    /**
     * The （一）主动公开 and （二）依申请公开 paragraphs of 一、总体情况.
     *
     * @param proactiveByCategory items proactively disclosed per category, in the order to print (a
     *                            {@link java.util.LinkedHashMap}); categories with 0 items are not listed but
     *                            the shares of the others still add up to 100%
     * @param received            applications received this year (table 三 row 一)
     * @param closed              applications closed this year (row （七）总计)
     * @param carriedOver         applications carried over to next year (row 四)
     * @param feeYuan             信息处理费 collected, in yuan
     */
    public static String overview(String agencyName, int year, Map<String, Long> proactiveByCategory, long received,
            long closed, long carriedOver, long feeYuan) {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(proactiveByCategory, "proactiveByCategory");
        nonNegative(received, closed, carriedOver, feeYuan);
        List<String> names = new ArrayList<>(proactiveByCategory.keySet());
        List<Long> counts = new ArrayList<>(proactiveByCategory.values());
        List<Integer> shares = Shares.percentTenths(counts);
        long total = counts.stream().mapToLong(Long::longValue).sum();

        StringBuilder sb = new StringBuilder();
        sb.append(ReportText.text("overview.proactive.heading")).append('\n');
        sb.append(ReportText.text("overview.proactive.total", String.valueOf(year), agencyName, s(total)));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (counts.get(i) > 0) {
                items.add(ReportText.text("overview.proactive.item", names.get(i), s(counts.get(i)),
                        Shares.percent(shares.get(i))));
            }
        }
        if (!items.isEmpty()) {
            sb.append(ReportText.text("overview.proactive.items",
                    String.join(ReportText.text("overview.proactive.separator"), items)));
        }
        sb.append(ReportText.text("overview.end")).append('\n');
        sb.append(ReportText.text("overview.request.heading")).append('\n');
        sb.append(ReportText.text("overview.request.body", s(received), s(closed), s(carriedOver)));
        sb.append(feeYuan > 0 ? ReportText.text("overview.request.fee", s(feeYuan))
                : ReportText.text("overview.request.noFee"));
        return sb.toString();
    }

    /** A template for 五、存在的主要问题及改进情况, with the parts to write marked 【请填写……】. */
    public static String problems(int year) {
        return ReportText.text("problems", String.valueOf(year), String.valueOf(year + 1));
    }

    /** 六、其他需要报告的事项: the 信息处理费 collected (real reports put it here). */
    public static String other(int year, long feeYuan, long feeCount) {
        nonNegative(feeYuan, feeCount);
        return feeYuan > 0 ? ReportText.text("other.fee", String.valueOf(year), s(feeYuan), s(feeCount))
                : ReportText.text("other.noFee", String.valueOf(year));
    }

    private static void nonNegative(long... values) {
        for (long v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("negative figure " + v);
            }
        }
    }

    private static String s(long v) {
        return Long.toString(v);
    }
}
