package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rows of table 三, copied from regulations.md §3.3 (2021 rows; the 2019 试行 format has （六） as one row). */
class ApplicationRowTest {

    /** The value rows of the 2021 format, in order, as written in regulations.md §3.3. */
    static final List<String> LABELS_2021 = List.of(
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "（一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "1.属于国家秘密",
            "2.其他法律行政法规禁止公开",
            "3.危及\"三安全一稳定\"",
            "4.保护第三方合法权益",
            "5.属于三类内部事务信息",
            "6.属于四类过程性信息",
            "7.属于行政执法案卷",
            "8.属于行政查询事项",
            "1.本机关不掌握相关政府信息",
            "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确",
            "1.信访举报投诉类申请",
            "2.重复申请",
            "3.要求提供公开出版物",
            "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "3.其他",
            "（七）总计",
            "四、结转下年度继续办理");

    /** The 2019 试行 rows: the same, with （六）其他处理 as a single row (Shanghai 2019, 雄县 2019). */
    static final List<String> LABELS_2019 = List.of(
            "一、本年新收政府信息公开申请数量",
            "二、上年结转政府信息公开申请数量",
            "（一）予以公开",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "1.属于国家秘密",
            "2.其他法律行政法规禁止公开",
            "3.危及\"三安全一稳定\"",
            "4.保护第三方合法权益",
            "5.属于三类内部事务信息",
            "6.属于四类过程性信息",
            "7.属于行政执法案卷",
            "8.属于行政查询事项",
            "1.本机关不掌握相关政府信息",
            "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确",
            "1.信访举报投诉类申请",
            "2.重复申请",
            "3.要求提供公开出版物",
            "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
            "（六）其他处理",
            "（七）总计",
            "四、结转下年度继续办理");

    @Test
    @DisplayName("2021 rows: labels exactly as in §3.3, in order")
    void labels2021() {
        assertThat(ApplicationRow.rows(ReportFormat.F2021)).extracting(ApplicationRow::label)
                .containsExactlyElementsOf(LABELS_2021);
    }

    @Test
    @DisplayName("2019 rows: labels exactly as in §3.3 (2019 differences), in order")
    void labels2019() {
        assertThat(ApplicationRow.rows(ReportFormat.F2019)).extracting(ApplicationRow::label)
                .containsExactlyElementsOf(LABELS_2019);
    }

    @Test
    @DisplayName("2019 has OTHER_SINGLE and no OTHER_1..3; 2021 the reverse")
    void otherRows() {
        assertThat(ApplicationRow.rows(ReportFormat.F2019)).contains(ApplicationRow.OTHER_SINGLE)
                .doesNotContain(ApplicationRow.OTHER_1, ApplicationRow.OTHER_2, ApplicationRow.OTHER_3);
        assertThat(ApplicationRow.rows(ReportFormat.F2021)).doesNotContain(ApplicationRow.OTHER_SINGLE)
                .contains(ApplicationRow.OTHER_1, ApplicationRow.OTHER_2, ApplicationRow.OTHER_3);
        assertThat(ApplicationRow.OTHER_SINGLE.group()).isNull();
        assertThat(ApplicationRow.OTHER_1.group()).isEqualTo("（六）其他处理");
    }

    @Test
    @DisplayName("the heading 三、本年度办理结果 is a constant, not a row; the header note states the check")
    void heading() {
        assertThat(ApplicationRow.RESULTS_HEADING).isEqualTo("三、本年度办理结果");
        assertThat(ApplicationRow.values()).extracting(ApplicationRow::label)
                .doesNotContain(ApplicationRow.RESULTS_HEADING);
        assertThat(ApplicationRow.CHECK_NOTE)
                .isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    }

    @Test
    @DisplayName("groups （三）–（六） and leaves")
    void groupsAndLeaves() {
        assertThat(ApplicationRow.rows(ReportFormat.F2021).stream()
                .filter(r -> "（三）不予公开".equals(r.group()))).hasSize(8);
        assertThat(ApplicationRow.rows(ReportFormat.F2021).stream()
                .filter(r -> "（四）无法提供".equals(r.group()))).hasSize(3);
        assertThat(ApplicationRow.rows(ReportFormat.F2021).stream()
                .filter(r -> "（五）不予处理".equals(r.group()))).hasSize(5);
        assertThat(ApplicationRow.GRANTED.group()).isNull();
        assertThat(ApplicationRow.TOTAL.group()).isNull();
        // leaves: everything under 三 except （七）
        assertThat(ApplicationRow.leaves(ReportFormat.F2021)).hasSize(2 + 8 + 3 + 5 + 3)
                .doesNotContain(ApplicationRow.NEW_THIS_YEAR, ApplicationRow.CARRIED_FROM_LAST_YEAR,
                        ApplicationRow.TOTAL, ApplicationRow.CARRIED_TO_NEXT_YEAR);
        assertThat(ApplicationRow.leaves(ReportFormat.F2019)).hasSize(2 + 8 + 3 + 5 + 1);
    }

    @Test
    @DisplayName("printedLabel uses curly quotes around 三安全一稳定 only")
    void printedLabel() {
        assertThat(ApplicationRow.WITHHELD_3.printedLabel()).isEqualTo("3.危及\u201c三安全一稳定\u201d");
        assertThat(ApplicationRow.WITHHELD_4.printedLabel()).isEqualTo(ApplicationRow.WITHHELD_4.label());
    }

    @ParameterizedTest
    @EnumSource(ReplyGround.class)
    @DisplayName("F2021: every ground maps to the sub-row with the ground's label, under its type's group")
    void ofGround2021(ReplyGround g) {
        ApplicationRow r = ApplicationRow.of(g.type(), g, ReportFormat.F2021);
        assertThat(r.label()).isEqualTo(g.label());
        assertThat(r.group()).isEqualTo(g.type().label());
        assertThat(r.replyType()).isEqualTo(g.type());
        assertThat(r.leaf()).isTrue();
        assertThat(ApplicationRow.of(null, g, ReportFormat.F2021)).isEqualTo(r);
    }

    @ParameterizedTest
    @EnumSource(ReplyGround.class)
    @DisplayName("F2019: every ground maps to its sub-row, except （六） grounds, all on OTHER_SINGLE")
    void ofGround2019(ReplyGround g) {
        ApplicationRow r = ApplicationRow.of(g.type(), g, ReportFormat.F2019);
        if (g.type() == ReplyType.OTHER) {
            assertThat(r).isEqualTo(ApplicationRow.OTHER_SINGLE);
            assertThat(r.label()).isEqualTo(ReplyType.OTHER.label());
        } else {
            assertThat(r.label()).isEqualTo(g.label());
            assertThat(r.group()).isEqualTo(g.type().label());
        }
        assertThat(r.in(ReportFormat.F2019)).isTrue();
    }

    @Test
    @DisplayName("types without grounds: （一） and （二）, labels equal to ReplyType's; F2019 （六） without a ground")
    void ofTypes() {
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(ApplicationRow.of(ReplyType.GRANTED, null, f)).isEqualTo(ApplicationRow.GRANTED);
            assertThat(ApplicationRow.of(ReplyType.PARTIALLY_GRANTED, null, f))
                    .isEqualTo(ApplicationRow.PARTIALLY_GRANTED);
        }
        assertThat(ApplicationRow.GRANTED.label()).isEqualTo(ReplyType.GRANTED.label());
        assertThat(ApplicationRow.PARTIALLY_GRANTED.label()).isEqualTo(ReplyType.PARTIALLY_GRANTED.label());
        assertThat(ApplicationRow.of(ReplyType.OTHER, null, ReportFormat.F2019)).isEqualTo(ApplicationRow.OTHER_SINGLE);
    }

    @Test
    @DisplayName("of rejects a missing ground, a ground of another type, and a ground on （一）")
    void ofRejects() {
        assertThatThrownBy(() -> ApplicationRow.of(ReplyType.WITHHELD, null, ReportFormat.F2021))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("（三）不予公开");
        assertThatThrownBy(() -> ApplicationRow.of(ReplyType.OTHER, null, ReportFormat.F2021))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplicationRow.of(ReplyType.WITHHELD, ReplyGround.NOT_HELD, ReportFormat.F2021))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.本机关不掌握相关政府信息");
        assertThatThrownBy(() -> ApplicationRow.of(ReplyType.GRANTED, ReplyGround.STATE_SECRET, ReportFormat.F2019))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApplicationRow.of(null, null, ReportFormat.F2019))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ApplicantType.class)
    @DisplayName("ApplicantColumn.of maps each applicant type to the column with the same label")
    void applicantColumns(ApplicantType t) {
        assertThat(ApplicantColumn.of(t).label()).isEqualTo(t.label());
        assertThat(ApplicantColumn.of(t).isOrganisation()).isEqualTo(t.isOrganisation());
    }

    @Test
    @DisplayName("applicant columns: order and labels of §3.3, total label 总计")
    void applicantColumnLabels() {
        assertThat(ApplicantColumn.values()).extracting(ApplicantColumn::label)
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(ApplicantColumn.TOTAL_LABEL).isEqualTo("总计");
    }
}
