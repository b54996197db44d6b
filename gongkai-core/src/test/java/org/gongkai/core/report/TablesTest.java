package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.core.report.ApplicantColumn.NATURAL_PERSON;
import static org.gongkai.core.report.ApplicantColumn.OTHER;

import java.math.BigDecimal;
import java.util.List;

import org.gongkai.core.report.ConsistencyChecks.CheckResult;
import org.gongkai.core.report.ReviewLitigationTable.Kind;
import org.gongkai.core.report.ReviewLitigationTable.Result;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Builders, validation and roll-up of tables 二, 三 and 四. */
class TablesTest {

    @Test
    @DisplayName("table 三: add accumulates, set overwrites, （七） and 总计 are computed")
    void applicationBuilder() {
        ApplicationTable t = ApplicationTable.builder(ReportFormat.F2021)
                .add(ApplicationRow.GRANTED, NATURAL_PERSON, 2).add(ApplicationRow.GRANTED, NATURAL_PERSON, 3)
                .set(ApplicationRow.OTHER_2, OTHER, 4).set(ApplicationRow.OTHER_2, OTHER, 1).build();
        assertThat(t.get(ApplicationRow.GRANTED, NATURAL_PERSON)).isEqualTo(5);
        assertThat(t.get(ApplicationRow.OTHER_2, OTHER)).isEqualTo(1);
        assertThat(t.get(ApplicationRow.TOTAL, NATURAL_PERSON)).isEqualTo(5);
        assertThat(t.total(ApplicationRow.TOTAL)).isEqualTo(6);
        assertThat(t.rowValues(ApplicationRow.TOTAL)).containsExactly(5, 0, 0, 0, 0, 1, 6);
        assertThat(t.format()).isEqualTo(ReportFormat.F2021);
    }

    @Test
    @DisplayName("table 三 rejects rows of the other format, counts on （七）, negative counts")
    void applicationValidation() {
        assertThatThrownBy(() -> ApplicationTable.builder(ReportFormat.F2019).add(ApplicationRow.OTHER_1, NATURAL_PERSON, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("F2019");
        assertThatThrownBy(() -> ApplicationTable.builder(ReportFormat.F2021).add(ApplicationRow.OTHER_SINGLE, NATURAL_PERSON, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("（六）其他处理");
        assertThatThrownBy(() -> ApplicationTable.builder(ReportFormat.F2021).set(ApplicationRow.TOTAL, NATURAL_PERSON, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("setTotalExplicitly");
        assertThatThrownBy(() -> ApplicationTable.builder(ReportFormat.F2021).add(ApplicationRow.GRANTED, NATURAL_PERSON, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    @DisplayName("table 三 roll-up: a department plus a township adds cell by cell, stays consistent")
    void applicationPlus() {
        ApplicationTable dept = ConsistencyChecksTest.consistent().build();
        ApplicationTable town = ApplicationTable.builder(ReportFormat.F2021)
                .add(ApplicationRow.NEW_THIS_YEAR, OTHER, 3).add(ApplicationRow.NOT_PROCESSED_2, OTHER, 2)
                .add(ApplicationRow.CARRIED_TO_NEXT_YEAR, OTHER, 1).build();
        ApplicationTable sum = dept.plus(town);
        assertThat(sum.total(ApplicationRow.NEW_THIS_YEAR)).isEqualTo(5 + 3);
        assertThat(sum.get(ApplicationRow.NOT_PROCESSED_2, OTHER)).isEqualTo(2);
        assertThat(sum.get(ApplicationRow.GRANTED, NATURAL_PERSON)).isEqualTo(2);
        assertThat(sum.total(ApplicationRow.TOTAL)).isEqualTo(5 + 2);
        assertThat(sum.total(ApplicationRow.CARRIED_TO_NEXT_YEAR)).isEqualTo(2);
        assertThat(ConsistencyChecks.of(sum, null)).allMatch(CheckResult::holds);
        assertThat(sum.plus(ApplicationTable.empty(ReportFormat.F2021))).isEqualTo(sum);
        assertThatThrownBy(() -> dept.plus(ApplicationTable.empty(ReportFormat.F2019)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("table 三 roll-up carries an inconsistency over instead of repairing it")
    void applicationPlusKeepsInconsistency() {
        ApplicationTable bad = ConsistencyChecksTest.consistent().setRowTotalExplicitly(ApplicationRow.GRANTED, 9).build();
        ApplicationTable sum = bad.plus(ConsistencyChecksTest.consistent().build());
        assertThat(sum.total(ApplicationRow.GRANTED)).isEqualTo(9 + 3);
        assertThat(ConsistencyChecks.failures(sum, null)).extracting(CheckResult::detail)
                .contains("（一）予以公开：4 + 2 + 0 + 0 + 0 + 0 = 6，总计 12");
    }

    @Test
    @DisplayName("table 四: 15 values in order, labels, roll-up")
    void review() {
        ReviewLitigationTable a = ReviewLitigationTable.builder().add(Kind.RECONSIDERATION, Result.CORRECTED, 1)
                .add(Kind.LITIGATION_AFTER_RECONSIDERATION, Result.OTHER, 2).build();
        ReviewLitigationTable b = ReviewLitigationTable.builder().add(Kind.RECONSIDERATION, Result.CORRECTED, 3)
                .add(Kind.LITIGATION, Result.PENDING, 4).set(Kind.LITIGATION, Result.UPHELD, 1).build();
        assertThat(a.plus(b).values()).containsExactly(0, 4, 0, 0, 4, 1, 0, 0, 4, 5, 0, 0, 2, 0, 2);
        assertThat(ReviewLitigationTable.headerLabels()).hasSize(15).containsExactly(
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
                "结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
        assertThat(ReviewLitigationTable.qualifiedHeaderLabels().get(0)).isEqualTo("行政复议/结果维持");
        assertThat(ReviewLitigationTable.qualifiedHeaderLabels().get(14)).isEqualTo("行政诉讼/复议后起诉/总计");
        assertThat(Kind.LITIGATION.label()).isEqualTo("未经复议直接起诉");
        assertThatThrownBy(() -> ReviewLitigationTable.builder().add(Kind.LITIGATION, Result.UPHELD, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("table 二, 2021: four blocks with the official captions, columns and rows")
    void proactive2021Layout() {
        ProactiveTable p = ProactiveTable.empty(ReportFormat.F2021);
        assertThat(p.blocks()).extracting(ProactiveTable.Block::caption)
                .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
        assertThat(p.block("第二十条第（一）项").columns()).containsExactly("信息内容", "本年制发件数", "本年废止件数", "现行有效件数");
        assertThat(p.block("第二十条第（一）项").rows()).extracting(ProactiveTable.BlockRow::label)
                .containsExactly("规章", "行政规范性文件");
        assertThat(p.block("第二十条第（五）项").columns()).containsExactly("信息内容", "本年处理决定数量");
        assertThat(p.block("第二十条第（六）项").rows()).extracting(ProactiveTable.BlockRow::label)
                .containsExactly("行政处罚", "行政强制");
        assertThat(p.block("第二十条第（八）项").columns()).containsExactly("信息内容", "本年收费金额（单位：万元）");
        assertThat(p.block("第二十条第（八）项").row("行政事业性收费").values()).containsExactly(BigDecimal.ZERO);
    }

    @Test
    @DisplayName("table 二, 2019: five blocks incl. （九）政府集中采购, the 2019 columns")
    void proactive2019Layout() {
        ProactiveTable p = ProactiveTable.empty(ReportFormat.F2019);
        assertThat(ProactiveTable.captions(ReportFormat.F2019)).containsExactly("第二十条第（一）项", "第二十条第（五）项",
                "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项");
        assertThat(p.block("第二十条第（一）项").columns()).containsExactly("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量");
        assertThat(p.block("第二十条第（一）项").rows()).extracting(ProactiveTable.BlockRow::label)
                .containsExactly("规章", "规范性文件");
        assertThat(p.block("第二十条第（五）项").columns()).containsExactly("信息内容", "上一年项目数量", "本年增/减", "处理决定数量");
        assertThat(p.block("第二十条第（五）项").rows()).extracting(ProactiveTable.BlockRow::label)
                .containsExactly("行政许可", "其他对外管理服务事项");
        assertThat(p.block("第二十条第（八）项").columns()).containsExactly("信息内容", "上一年项目数量", "本年增/减");
        assertThat(p.block("第二十条第（九）项").columns()).containsExactly("信息内容", "采购项目数量", "采购总金额");
        // 本年增/减 may be negative
        ProactiveTable q = ProactiveTable.builder(ReportFormat.F2019).set("第二十条第（五）项", "行政许可", "本年增/减", -3).build();
        assertThat(q.count("第二十条第（五）项", "行政许可", "本年增/减")).isEqualTo(-3);
    }

    @Test
    @DisplayName("table 二 rejects unknown block, row and column labels, naming them")
    void proactiveRejectsUnknownLabels() {
        ProactiveTable.Builder b = ProactiveTable.builder(ReportFormat.F2021);
        assertThatThrownBy(() -> b.set("第二十条第（九）项", "政府集中采购", "采购项目数量", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("第二十条第（九）项");
        assertThatThrownBy(() -> b.set("第二十条第（一）项", "规范性文件", "本年制发件数", 1)) // 2019 row label
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("规范性文件");
        assertThatThrownBy(() -> b.set("第二十条第（一）项", "规章", "本年新制作数量", 1)) // 2019 column label
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("本年新制作数量");
        assertThatThrownBy(() -> b.set("第二十条第（一）项", "规章", "本年制发件数", new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("本年制发件数");
        assertThatThrownBy(() -> b.set("第二十条第（一）项", "规章", "本年制发件数", -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProactiveTable.empty(ReportFormat.F2021).value("第二十条第（一）项", "规章", "合计"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("合计");
    }

    @Test
    @DisplayName("table 二 roll-up adds counts and amounts")
    void proactivePlus() {
        ProactiveTable a = ProactiveTable.builder(ReportFormat.F2021)
                .set("第二十条第（一）项", "行政规范性文件", "本年制发件数", 5)
                .set("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", new BigDecimal("1.25")).build();
        ProactiveTable b = ProactiveTable.builder(ReportFormat.F2021)
                .set("第二十条第（一）项", "行政规范性文件", "本年制发件数", 2)
                .set("第二十条第（六）项", "行政处罚", "本年处理决定数量", 40)
                .set("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）", new BigDecimal("0.5")).build();
        ProactiveTable sum = a.plus(b);
        assertThat(sum.count("第二十条第（一）项", "行政规范性文件", "本年制发件数")).isEqualTo(7);
        assertThat(sum.count("第二十条第（六）项", "行政处罚", "本年处理决定数量")).isEqualTo(40);
        assertThat(sum.amount("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）")).isEqualByComparingTo("1.75");
        assertThat(sum.block("第二十条第（一）项").row("规章").values()).containsExactly(0L, 0L, 0L);
        assertThatThrownBy(() -> a.plus(ProactiveTable.empty(ReportFormat.F2019)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.copyOf(sum.blocks())).hasSize(4);
    }
}
