package org.gongkai.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rows of table 三 "三、本年度办理结果" of the annual report (国办公开办函〔2021〕30号 format), labels copied
 * from regulations.md §3.3, and the articles of the 条例 each ground rests on (§1.5, §3.3 mapping).
 */
class ReplyTypeTest {

    @Test
    @DisplayName("the six result rows （一）–（六）, labels as printed")
    void typeLabels() {
        assertThat(Arrays.stream(ReplyType.values()).map(ReplyType::label)).containsExactly(
                "（一）予以公开",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                "（三）不予公开",
                "（四）无法提供",
                "（五）不予处理",
                "（六）其他处理");
    }

    /** Every sub-row of （三）–（六） in the order of §3.3, copied from the spec. */
    @ParameterizedTest(name = "{0} = {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "STATE_SECRET | WITHHELD | 1 | 1.属于国家秘密 | 第十四条",
            "PROHIBITED_BY_LAW | WITHHELD | 2 | 2.其他法律行政法规禁止公开 | 第十四条",
            // as written in regulations.md §3.3 (the annual-report API keys use that text exactly)
            "SECURITY_STABILITY | WITHHELD | 3 | 3.危及\"三安全一稳定\" | 第十四条",
            "THIRD_PARTY_RIGHTS | WITHHELD | 4 | 4.保护第三方合法权益 | 第十五条",
            "INTERNAL_AFFAIRS | WITHHELD | 5 | 5.属于三类内部事务信息 | 第十六条第一款",
            "PROCESS_INFORMATION | WITHHELD | 6 | 6.属于四类过程性信息 | 第十六条第二款",
            "ENFORCEMENT_FILE | WITHHELD | 7 | 7.属于行政执法案卷 | 第十六条第二款",
            "ADMINISTRATIVE_QUERY | WITHHELD | 8 | 8.属于行政查询事项 | 第三十六条第（七）项",
            "NOT_HELD | UNABLE_TO_PROVIDE | 1 | 1.本机关不掌握相关政府信息 | 第三十六条第（四）（五）项",
            "NEEDS_CREATION | UNABLE_TO_PROVIDE | 2 | 2.没有现成信息需要另行制作 | 第三十八条",
            "UNCLEAR_AFTER_SUPPLEMENT | UNABLE_TO_PROVIDE | 3 | 3.补正后申请内容仍不明确 | 第三十条",
            "PETITION_COMPLAINT | NOT_PROCESSED | 1 | 1.信访举报投诉类申请 | 第三十九条第一款",
            "REPEATED | NOT_PROCESSED | 2 | 2.重复申请 | 第三十六条第（六）项",
            "PUBLICATION | NOT_PROCESSED | 3 | 3.要求提供公开出版物 | 第三十九条第二款",
            "EXCESSIVE | NOT_PROCESSED | 4 | 4.无正当理由大量反复申请 | 第三十五条",
            "CONFIRMATION | NOT_PROCESSED | 5 | 5.要求行政机关确认或重新出具已获取信息 | 第三十九条",
            "NO_SUPPLEMENT | OTHER | 1 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 第三十条",
            "FEE_NOT_PAID | OTHER | 2 | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 第四十二条",
            "OTHER | OTHER | 3 | 3.其他 | ''",
    })
    void everyGround(ReplyGround ground, ReplyType type, int number, String label, String article) {
        assertThat(ground.type()).isEqualTo(type);
        assertThat(ground.number()).isEqualTo(number);
        assertThat(ground.label()).isEqualTo(label);
        assertThat(ground.label()).startsWith(number + ".");
        assertThat(ground.article()).isEqualTo(article);
    }

    @Test
    @DisplayName("grounds per row: （三） 8, （四） 3, （五） 5, （六） 3; （一）（二） none; numbered 1..n in order")
    void groundCounts() {
        assertThat(ReplyType.WITHHELD.grounds()).hasSize(8);
        assertThat(ReplyType.UNABLE_TO_PROVIDE.grounds()).hasSize(3);
        assertThat(ReplyType.NOT_PROCESSED.grounds()).hasSize(5);
        assertThat(ReplyType.OTHER.grounds()).hasSize(3);
        assertThat(ReplyType.GRANTED.grounds()).isEmpty();
        assertThat(ReplyType.PARTIALLY_GRANTED.grounds()).isEmpty();
        assertThat(ReplyGround.values()).hasSize(8 + 3 + 5 + 3);
        for (ReplyType t : ReplyType.values()) {
            List<ReplyGround> g = t.grounds();
            for (int i = 0; i < g.size(); i++) {
                assertThat(g.get(i).number()).as("%s #%d", t, i).isEqualTo(i + 1);
            }
        }
        assertThat(ReplyType.OTHER.grounds()).containsExactly(
                ReplyGround.NO_SUPPLEMENT, ReplyGround.FEE_NOT_PAID, ReplyGround.OTHER);
    }

    @Test
    @DisplayName("only （一）（二） release information; only （三）–（六） need a ground")
    void flags() {
        assertThat(ReplyType.values()).filteredOn(ReplyType::releasesInformation)
                .containsExactly(ReplyType.GRANTED, ReplyType.PARTIALLY_GRANTED);
        assertThat(ReplyType.values()).filteredOn(ReplyType::hasGrounds).containsExactly(
                ReplyType.WITHHELD, ReplyType.UNABLE_TO_PROVIDE, ReplyType.NOT_PROCESSED, ReplyType.OTHER);
    }

    @Test
    @DisplayName("applicant columns: 自然人 and the five kinds of 法人或其他组织")
    void applicantTypes() {
        assertThat(Arrays.stream(ApplicantType.values()).map(ApplicantType::label))
                .containsExactly("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
        assertThat(ApplicantType.values()).filteredOn(ApplicantType::isOrganisation)
                .hasSize(5).doesNotContain(ApplicantType.NATURAL_PERSON);
    }
}
