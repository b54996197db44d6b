package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.report.ApplicantColumn.COMMERCIAL_ENTERPRISE;
import static org.gongkai.core.report.ApplicantColumn.NATURAL_PERSON;

import java.util.List;

import org.gongkai.core.report.ConsistencyChecks.CheckResult;
import org.gongkai.core.report.ReviewLitigationTable.Kind;
import org.gongkai.core.report.ReviewLitigationTable.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Every rule can fail, and says which column or row and with what numbers. */
class ConsistencyChecksTest {

    /** 一 5, 二 1, （一） 3, （四）1 2, 四 1: consistent in every column. */
    static ApplicationTable.Builder consistent() {
        return ApplicationTable.builder(ReportFormat.F2021)
                .add(ApplicationRow.NEW_THIS_YEAR, NATURAL_PERSON, 4).add(ApplicationRow.NEW_THIS_YEAR, COMMERCIAL_ENTERPRISE, 1)
                .add(ApplicationRow.CARRIED_FROM_LAST_YEAR, NATURAL_PERSON, 1)
                .add(ApplicationRow.GRANTED, NATURAL_PERSON, 2).add(ApplicationRow.GRANTED, COMMERCIAL_ENTERPRISE, 1)
                .add(ApplicationRow.UNABLE_1, NATURAL_PERSON, 2)
                .add(ApplicationRow.CARRIED_TO_NEXT_YEAR, NATURAL_PERSON, 1);
    }

    static ReviewLitigationTable review() {
        return ReviewLitigationTable.builder().add(Kind.RECONSIDERATION, Result.UPHELD, 5)
                .add(Kind.RECONSIDERATION, Result.PENDING, 2).add(Kind.LITIGATION_AFTER_RECONSIDERATION, Result.CORRECTED, 1)
                .build();
    }

    @Test
    @DisplayName("a consistent table passes all checks: 7 balance + one per row + 7 leaf sums + 3 table-四 checks")
    void allHold() {
        List<CheckResult> results = ConsistencyChecks.of(consistent().build(), review());
        assertThat(results).hasSize(7 + ApplicationRow.rows(ReportFormat.F2021).size() + 7 + 3);
        assertThat(results).allMatch(CheckResult::holds);
        assertThat(ConsistencyChecks.failures(consistent().build(), review())).isEmpty();
        assertThat(ConsistencyChecks.of(consistent().build(), null)).hasSize(7 + 25 + 7);
    }

    @Test
    @DisplayName("(a) 一 + 二 = （七） + 四 fails in the column that does not balance, and in 总计")
    void balanceFails() {
        ApplicationTable t = consistent().add(ApplicationRow.NEW_THIS_YEAR, NATURAL_PERSON, 2).build();
        List<CheckResult> failures = ConsistencyChecks.failures(t, null);
        assertThat(failures).extracting(CheckResult::rule).containsExactly(
                "勾稽关系：第一项加第二项之和等于第三项加第四项之和（自然人列）",
                "勾稽关系：第一项加第二项之和等于第三项加第四项之和（总计列）");
        assertThat(failures).extracting(CheckResult::detail).containsExactly(
                "自然人：6 + 1 = 7，（七）总计 4 + 四 1 = 5", "总计：7 + 1 = 8，（七）总计 5 + 四 1 = 6");
        assertThat(failures).noneMatch(CheckResult::holds);
    }

    @Test
    @DisplayName("(b) a row's 总计 that is not the sum of its six columns fails, naming the row")
    void rowTotalFails() {
        ApplicationTable t = consistent().setRowTotalExplicitly(ApplicationRow.GRANTED, 4).build();
        assertThat(t.total(ApplicationRow.GRANTED)).isEqualTo(4);
        assertThat(t.sumOfColumns(ApplicationRow.GRANTED)).isEqualTo(3);
        List<CheckResult> failures = ConsistencyChecks.failures(t, null);
        CheckResult row = failures.stream().filter(c -> c.rule().startsWith("总计列")).findFirst().orElseThrow();
        assertThat(row.holds()).isFalse();
        assertThat(row.rule()).isEqualTo("总计列等于六类申请人之和（（一）予以公开）");
        assertThat(row.detail()).isEqualTo("（一）予以公开：2 + 1 + 0 + 0 + 0 + 0 = 3，总计 4");
        // the wrong 总计 also breaks the leaf sum of the 总计 column
        assertThat(failures).extracting(CheckResult::rule).contains("（七）总计等于（一）至（六）各项之和（总计列）");
    }

    @Test
    @DisplayName("(c) a published （七） that is not the sum of the leaf rows fails, per column")
    void leafSumFails() {
        ApplicationTable t = consistent().setTotalExplicitly(NATURAL_PERSON, 10).build();
        List<CheckResult> failures = ConsistencyChecks.failures(t, null);
        CheckResult leaf = failures.stream().filter(c -> c.rule().equals("（七）总计等于（一）至（六）各项之和（自然人列）"))
                .findFirst().orElseThrow();
        assertThat(leaf.holds()).isFalse();
        assertThat(leaf.detail()).isEqualTo("自然人：2 + 2 = 4，（七）总计 10");
        // and the column no longer balances: 4 + 1 ≠ 10 + 1
        assertThat(failures).extracting(CheckResult::detail).contains("自然人：4 + 1 = 5，（七）总计 10 + 四 1 = 11");
    }

    @Test
    @DisplayName("(d) a table-四 总计 that is not the sum of its four results fails, naming the kind")
    void reviewFails() {
        ReviewLitigationTable r = ReviewLitigationTable.builder().add(Kind.RECONSIDERATION, Result.UPHELD, 5)
                .add(Kind.RECONSIDERATION, Result.PENDING, 2).setTotalExplicitly(Kind.RECONSIDERATION, 8)
                .add(Kind.LITIGATION, Result.UPHELD, 1).setTotalExplicitly(Kind.LITIGATION, 0).build();
        List<CheckResult> failures = ConsistencyChecks.failures(consistent().build(), r);
        assertThat(failures).extracting(CheckResult::rule).containsExactly(
                "行政复议的总计等于结果维持、结果纠正、其他结果、尚未审结之和",
                "行政诉讼（未经复议直接起诉）的总计等于结果维持、结果纠正、其他结果、尚未审结之和");
        assertThat(failures).extracting(CheckResult::detail).containsExactly("行政复议：5 + 0 + 0 + 2 = 7，总计 8",
                "行政诉讼（未经复议直接起诉）：1 + 0 + 0 + 0 = 1，总计 0");
    }

    @Test
    @DisplayName("F2019 checks cover the single （六） row and not the 2021 sub-rows")
    void format2019() {
        ApplicationTable t = ApplicationTable.builder(ReportFormat.F2019)
                .add(ApplicationRow.NEW_THIS_YEAR, NATURAL_PERSON, 3)
                .add(ApplicationRow.OTHER_SINGLE, NATURAL_PERSON, 2).build();
        List<CheckResult> results = ConsistencyChecks.of(t, null);
        assertThat(results).extracting(CheckResult::rule).contains("总计列等于六类申请人之和（（六）其他处理）")
                .noneMatch(s -> s.contains("3.其他"));
        assertThat(results).filteredOn(c -> !c.holds()).extracting(CheckResult::detail)
                .containsExactly("自然人：3 + 0 = 3，（七）总计 2 + 四 0 = 2", "总计：3 + 0 = 3，（七）总计 2 + 四 0 = 2");
    }
}
