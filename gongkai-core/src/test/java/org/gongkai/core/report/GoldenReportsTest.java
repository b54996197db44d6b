package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.report.ApplicantColumn.COMMERCIAL_ENTERPRISE;
import static org.gongkai.core.report.ApplicantColumn.LEGAL_SERVICE_ORG;
import static org.gongkai.core.report.ApplicantColumn.NATURAL_PERSON;
import static org.gongkai.core.report.ApplicantColumn.OTHER;
import static org.gongkai.core.report.ApplicantColumn.PUBLIC_INTEREST_ORG;
import static org.gongkai.core.report.ApplicantColumn.RESEARCH_INSTITUTION;
import static org.gongkai.core.report.ApplicationRow.*;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.core.report.ConsistencyChecks.CheckResult;
import org.gongkai.core.report.ReviewLitigationTable.Kind;
import org.gongkai.core.report.ReviewLitigationTable.Result;
import org.gongkai.core.request.ReplyType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Real published reports rebuilt cell by cell (regulations.md §3.5). Blank cells of the source are left at 0; the
 * totals are computed by the model and compared with the published ones.
 */
class GoldenReportsTest {

    /**
     * 2019年上海市人民政府办公厅政府信息公开工作年度报告 (2019 试行 format), table 三 as published (checked against
     * the HTML copy, read_file id 18090078150). Empty cells are omitted.
     */
    static ApplicationTable shanghai2019() {
        return ApplicationTable.builder(ReportFormat.F2019)
                .add(NEW_THIS_YEAR, NATURAL_PERSON, 821).add(NEW_THIS_YEAR, COMMERCIAL_ENTERPRISE, 35)
                .add(NEW_THIS_YEAR, LEGAL_SERVICE_ORG, 2).add(NEW_THIS_YEAR, OTHER, 1)
                .add(CARRIED_FROM_LAST_YEAR, NATURAL_PERSON, 18)
                .add(GRANTED, NATURAL_PERSON, 258).add(GRANTED, COMMERCIAL_ENTERPRISE, 12)
                .add(GRANTED, LEGAL_SERVICE_ORG, 1).add(GRANTED, OTHER, 1)
                .add(PARTIALLY_GRANTED, NATURAL_PERSON, 3)
                .add(WITHHELD_1, NATURAL_PERSON, 14)
                .add(WITHHELD_5, NATURAL_PERSON, 5)
                .add(WITHHELD_6, NATURAL_PERSON, 3).add(WITHHELD_6, COMMERCIAL_ENTERPRISE, 1)
                .add(WITHHELD_8, NATURAL_PERSON, 10).add(WITHHELD_8, COMMERCIAL_ENTERPRISE, 2)
                .add(UNABLE_1, NATURAL_PERSON, 252).add(UNABLE_1, COMMERCIAL_ENTERPRISE, 12)
                .add(UNABLE_1, LEGAL_SERVICE_ORG, 1)
                .add(UNABLE_2, NATURAL_PERSON, 44).add(UNABLE_2, COMMERCIAL_ENTERPRISE, 3)
                .add(UNABLE_3, NATURAL_PERSON, 25)
                .add(NOT_PROCESSED_1, NATURAL_PERSON, 148).add(NOT_PROCESSED_1, COMMERCIAL_ENTERPRISE, 1)
                .add(NOT_PROCESSED_2, NATURAL_PERSON, 5).add(NOT_PROCESSED_2, COMMERCIAL_ENTERPRISE, 4)
                .add(CARRIED_TO_NEXT_YEAR, NATURAL_PERSON, 72)
                .build();
    }

    static ReviewLitigationTable shanghai2019Review() {
        return ReviewLitigationTable.builder()
                .add(Kind.RECONSIDERATION, Result.UPHELD, 5).add(Kind.RECONSIDERATION, Result.PENDING, 2)
                .add(Kind.LITIGATION, Result.UPHELD, 8).add(Kind.LITIGATION, Result.PENDING, 1)
                .build();
    }

    @Test
    @DisplayName("Shanghai 2019: the model's totals equal the published 859, 18, 805, 72 and 859 + 18 = 805 + 72")
    void shanghaiTotals() {
        ApplicationTable t = shanghai2019();
        assertThat(t.total(NEW_THIS_YEAR)).isEqualTo(859);
        assertThat(t.total(CARRIED_FROM_LAST_YEAR)).isEqualTo(18);
        assertThat(t.total(TOTAL)).isEqualTo(805);
        assertThat(t.total(CARRIED_TO_NEXT_YEAR)).isEqualTo(72);
        assertThat(t.total(NEW_THIS_YEAR) + t.total(CARRIED_FROM_LAST_YEAR))
                .isEqualTo(t.total(TOTAL) + t.total(CARRIED_TO_NEXT_YEAR)).isEqualTo(877);
        // the published （七） row, per column: 767 / 35 / – / – / 2 / 1
        assertThat(new long[] {t.get(TOTAL, NATURAL_PERSON), t.get(TOTAL, COMMERCIAL_ENTERPRISE),
                t.get(TOTAL, RESEARCH_INSTITUTION), t.get(TOTAL, PUBLIC_INTEREST_ORG), t.get(TOTAL, LEGAL_SERVICE_ORG),
                t.get(TOTAL, OTHER)}).containsExactly(767, 35, 0, 0, 2, 1);
    }

    /**
     * What we found: the published table 三 is fully consistent. Every column balances (自然人 821 + 18 = 767 + 72,
     * 商业企业 35 + 0 = 35 + 0, 法律服务机构 2 = 2, 其他 1 = 1) and the published （七） row equals the sum of the
     * leaf rows in every column. The 总计 cells of rows （一）–（六） are blank in the source; the model derives them
     * (（一）予以公开 272).
     */
    @Test
    @DisplayName("Shanghai 2019: every check holds, the blank 总计 cells are derived")
    void shanghaiChecks() {
        ApplicationTable t = shanghai2019();
        List<CheckResult> results = ConsistencyChecks.of(t, shanghai2019Review());
        assertThat(results).allMatch(CheckResult::holds);
        assertThat(results).extracting(CheckResult::detail)
                .contains("自然人：821 + 18 = 839，（七）总计 767 + 四 72 = 839",
                        "总计：859 + 18 = 877，（七）总计 805 + 四 72 = 877");
        assertThat(t.total(GRANTED)).isEqualTo(272);
        assertThat(t.total(UNABLE_1)).isEqualTo(265);
    }

    /**
     * Reading the blank 总计 of （一）予以公开 as a published 0 does not add up, and the model says so instead of
     * hiding it: the row check of （一） and the leaf-sum check of the 总计 column fail.
     */
    @Test
    @DisplayName("Shanghai 2019: the blank 总计 of （一） read as 0 is flagged")
    void shanghaiBlankAsZeroIsFlagged() {
        ApplicationTable.Builder b = ApplicationTable.builder(ReportFormat.F2019);
        ApplicationTable src = shanghai2019();
        for (ApplicationRow r : ApplicationRow.rows(ReportFormat.F2019)) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                if (r != TOTAL) {
                    b.set(r, c, src.get(r, c));
                } else {
                    b.setTotalExplicitly(c, src.get(r, c));
                }
            }
        }
        b.setRowTotalExplicitly(GRANTED, 0).setRowTotalExplicitly(TOTAL, 805);
        List<CheckResult> failures = ConsistencyChecks.failures(b.build(), null);
        assertThat(failures).extracting(CheckResult::rule).containsExactlyInAnyOrder(
                "总计列等于六类申请人之和（（一）予以公开）", "（七）总计等于（一）至（六）各项之和（总计列）");
        assertThat(failures).extracting(CheckResult::detail).contains("（一）予以公开：258 + 12 + 0 + 0 + 1 + 1 = 272，总计 0");
    }

    /**
     * What we found in the narrative of the same report: "予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；
     * 因本机关不掌握等原因无法提供265件，占32.9%；不予处理158件，占19.6%". 35 and 158 match the table, but 258 is
     * only the 自然人 cell of （一） (the table gives 272 + 3 = 275) and 265 is only the （四）1 row (the table gives
     * 265 + 47 + 25 = 337); the quoted figures add up to 716, not 805, and the shares to 91.0% with mixed precision.
     * From the table, the group figures add up to 805 and the model's shares to exactly 100.0%.
     */
    @Test
    @DisplayName("Shanghai 2019: group figures from the table add up to 805 and their shares to 100.0%")
    void shanghaiNarrativeFigures() {
        ApplicationTable t = shanghai2019();
        long disclosed = t.totalOf(ReplyType.GRANTED) + t.totalOf(ReplyType.PARTIALLY_GRANTED);
        long withheld = t.totalOf(ReplyType.WITHHELD);
        long unable = t.totalOf(ReplyType.UNABLE_TO_PROVIDE);
        long notProcessed = t.totalOf(ReplyType.NOT_PROCESSED);
        long other = t.totalOf(ReplyType.OTHER);
        assertThat(List.of(disclosed, withheld, unable, notProcessed, other)).containsExactly(275L, 35L, 337L, 158L, 0L);
        assertThat(disclosed + withheld + unable + notProcessed + other).isEqualTo(t.total(TOTAL));
        // the narrative's 258 and 265 are single cells, not the group figures
        assertThat(t.get(GRANTED, NATURAL_PERSON)).isEqualTo(258).isNotEqualTo(disclosed);
        assertThat(t.total(UNABLE_1)).isEqualTo(265).isNotEqualTo(unable);
        List<Integer> shares = Shares.percentTenths(List.of(disclosed, withheld, unable, notProcessed, other));
        assertThat(shares).containsExactly(342, 43, 419, 196, 0);
        assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(Shares.percent(shares.get(3))).isEqualTo("19.6%"); // agrees with the published 19.6%
    }

    @Test
    @DisplayName("Shanghai 2019 table 四: 复议 维持 5, 未审结 2, 总计 7; 直接起诉 维持 8, 未审结 1, 总计 9")
    void shanghaiReview() {
        ReviewLitigationTable r = shanghai2019Review();
        assertThat(r.values()).containsExactly(5, 0, 0, 2, 7, 8, 0, 0, 1, 9, 0, 0, 0, 0, 0);
        assertThat(r.total(Kind.RECONSIDERATION)).isEqualTo(7);
        assertThat(r.total(Kind.LITIGATION)).isEqualTo(9);
        assertThat(r.litigationTotal()).isEqualTo(9);
    }

    @Test
    @DisplayName("Shanghai 2019 table 二 (2019 columns, with 第二十条第（九）项)")
    void shanghaiProactive() {
        ProactiveTable p = ProactiveTable.builder(ReportFormat.F2019)
                .set(ProactiveTable.ITEM_1, "规章", "本年新制作数量", 13).set(ProactiveTable.ITEM_1, "规章", "本年新公开数量", 13)
                .set(ProactiveTable.ITEM_1, "规章", "对外公开总数量", 524)
                .set(ProactiveTable.ITEM_1, "规范性文件", "本年新制作数量", 60)
                .set(ProactiveTable.ITEM_1, "规范性文件", "本年新公开数量", 60)
                .set(ProactiveTable.ITEM_1, "规范性文件", "对外公开总数量", 368)
                .set(ProactiveTable.ITEM_9, "政府集中采购", "采购项目数量", 6)
                .set(ProactiveTable.ITEM_9, "政府集中采购", "采购总金额", new BigDecimal("251000")) // "251000元"
                .build();
        assertThat(p.block(ProactiveTable.ITEM_1).row("规范性文件").values()).containsExactly(60L, 60L, 368L);
        assertThat(p.amount(ProactiveTable.ITEM_9, "政府集中采购", "采购总金额")).isEqualByComparingTo("251000");
        assertThat(p.count(ProactiveTable.ITEM_6, "行政强制", "处理决定数量")).isZero();
    }

    /**
     * 深圳市龙岗区 2024 (2021 format), partial: the excerpt stops after （三）7, so only these rows are known. Each
     * row's 总计 is the model's sum of the columns.
     */
    @Test
    @DisplayName("Longgang 2024: row totals 66, 2, 3, 17, 1")
    void longgang2024() {
        ApplicationTable t = ApplicationTable.builder(ReportFormat.F2021)
                .add(NEW_THIS_YEAR, NATURAL_PERSON, 58).add(NEW_THIS_YEAR, COMMERCIAL_ENTERPRISE, 7)
                .add(NEW_THIS_YEAR, LEGAL_SERVICE_ORG, 1)
                .add(CARRIED_FROM_LAST_YEAR, NATURAL_PERSON, 2)
                .add(GRANTED, NATURAL_PERSON, 2).add(GRANTED, COMMERCIAL_ENTERPRISE, 1)
                .add(PARTIALLY_GRANTED, NATURAL_PERSON, 16).add(PARTIALLY_GRANTED, COMMERCIAL_ENTERPRISE, 1)
                .add(WITHHELD_5, NATURAL_PERSON, 1)
                .build();
        assertThat(List.of(t.total(NEW_THIS_YEAR), t.total(CARRIED_FROM_LAST_YEAR), t.total(GRANTED),
                t.total(PARTIALLY_GRANTED), t.total(WITHHELD_5))).containsExactly(66L, 2L, 3L, 17L, 1L);
        // the rows after （三）7 were not seen, so the table is incomplete and the column check cannot hold: the
        // model reports it rather than pretending the partial figures balance
        CheckResult total = ConsistencyChecks.of(t, null).stream()
                .filter(c -> c.rule().contains("勾稽关系") && c.rule().contains("（总计列）")).findFirst().orElseThrow();
        assertThat(total.holds()).isFalse();
        assertThat(total.detail()).isEqualTo("总计：66 + 2 = 68，（七）总计 21 + 四 0 = 21");
    }

    /**
     * 义乌市廿三里街道 2022 (narrative figures only): 新收 7, 上年结转 1, 予以公开 3, 无法提供 4, 结转下年 1. The
     * narrative gives neither the applicant columns nor the （四） sub-row, so all are put under 自然人 and （四）1
     * (assumption).
     */
    @Test
    @DisplayName("Yiwu 2022: 7 + 1 = 3 + 4 + 1")
    void yiwu2022() {
        ApplicationTable t = ApplicationTable.builder(ReportFormat.forYear(2022))
                .add(NEW_THIS_YEAR, NATURAL_PERSON, 7).add(CARRIED_FROM_LAST_YEAR, NATURAL_PERSON, 1)
                .add(GRANTED, NATURAL_PERSON, 3).add(UNABLE_1, NATURAL_PERSON, 4)
                .add(CARRIED_TO_NEXT_YEAR, NATURAL_PERSON, 1)
                .build();
        assertThat(t.total(TOTAL)).isEqualTo(7);
        assertThat(ConsistencyChecks.of(t, ReviewLitigationTable.empty())).allMatch(CheckResult::holds);
        assertThat(ConsistencyChecks.of(t, null)).extracting(CheckResult::detail)
                .contains("总计：7 + 1 = 8，（七）总计 7 + 四 1 = 8");
    }
}
