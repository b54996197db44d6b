package org.gongkai.core.proof.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderCheckTest {

    private final PlaceholderCheck check = new PlaceholderCheck();

    private List<Finding> run(String text) {
        return check.check(text, Samples.ON_2024);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "XX市人民政府办公室|0|XX|placeholder.xx",
            "××局关于开展检查的通知|0|××|placeholder.xx",
            "余政办发〔2024〕X号|4|〔2024〕X号|placeholder.docnumber",
            "余政办发〔2024〕××号|4|〔2024〕××号|placeholder.docnumber",
            "会议定于X月X日召开|4|X月X日|placeholder.date",
            "会议定于2024年XX月召开|4|2024年XX月|placeholder.date",
            "尊敬的##姓名##：|3|##姓名##|placeholder.template",
            "申请人{{applicant}}提交|3|{{applicant}}|placeholder.template",
            "金额为${amount}元|3|${amount}|placeholder.template",
            "联系人：【此处填写联系人】|4|【此处填写联系人】|placeholder.note",
            "补助标准：TODO|5|TODO|placeholder.note",
            "具体地点（待定）|4|（待定）|placeholder.note",
            "此处插入图片|0|此处插入|placeholder.note",
            "村民□□反映问题|2|□□|placeholder.boxes",
            "村民口口口反映问题|2|口口口|placeholder.boxes",
            "通知锟斤拷锟斤拷如下|2|锟斤拷锟斤拷|placeholder.mojibake",
            "通知烫烫烫如下|2|烫烫烫|placeholder.mojibake",
            "通知\uFFFD如下|2|\uFFFD|placeholder.mojibake",
    })
    void templateResidueBlocks(String text, int start, String found, String rule) {
        List<Finding> f = run(text);
        assertThat(f).as("findings in %s", text).hasSize(1);
        Finding x = f.get(0);
        assertThat(x.start()).isEqualTo(start);
        assertThat(x.end()).isEqualTo(start + found.length());
        assertThat(x.text()).isEqualTo(found);
        assertThat(x.rule()).isEqualTo(rule);
        assertThat(x.severity()).isEqualTo(Severity.BLOCK);
        assertThat(x.category()).isEqualTo(Category.PLACEHOLDER);
        assertThat(x.message()).contains(found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "正文&nbsp;内容#2#&nbsp;",
            "正文<p style=\"text-align:center\">内容#2#<p style=\"text-align:center\">",
            "正文palign=\"center\"内容#2#palign=\"",
    })
    void htmlResidueWarns(String text, int start, String found) {
        List<Finding> f = run(text);
        assertThat(f).hasSize(1);
        assertThat(f.get(0).text()).isEqualTo(found);
        assertThat(f.get(0).start()).isEqualTo(start);
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARN);
        assertThat(f.get(0).rule()).isEqualTo(PlaceholderCheck.RULE_HTML);
    }

    @ParameterizedTest
    @ValueSource(strings = {"张某某、李某某和某某公司", "联系电话138****1234", "身份证号11*************234", "手机号138XXXX1234",
            "屏幕分辨率1920x1080，尺寸3×4米", "XXL码服装", "具体时间待定，另行通知。", "https://www.gov.cn/#/home##top",
            "第XXI届冬奥会"})
    void deIdentificationAndOrdinaryTextAreNotResidue(String text) {
        assertThat(run(text)).isEmpty();
    }

    @Test
    void cleanNoticeHasNoFinding() {
        assertThat(run(Samples.COUNTY_NOTICE)).isEmpty();
    }
}
