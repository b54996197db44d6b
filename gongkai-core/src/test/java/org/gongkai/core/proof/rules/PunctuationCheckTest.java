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

class PunctuationCheckTest {

    private final PunctuationCheck check = new PunctuationCheck();

    private List<Finding> run(String text) {
        return check.check(text, Samples.ON_2024);
    }

    private Finding only(String text) {
        List<Finding> f = run(text);
        assertThat(f).as("findings in %s", text).hasSize(1);
        Finding x = f.get(0);
        assertThat(x.category()).isEqualTo(Category.PUNCTUATION);
        assertThat(x.text()).isEqualTo(text.substring(x.start(), x.end()));
        return x;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "各镇,各部门要落实。#2#,#，",
            "请注意;此项必填。#3#;#；",
            "注:本通知自发布之日起施行。#1#:#：",
            "是否同意?请回复。#4#?#？",
            "截至2024,全区完成任务。#6#,#，",
    })
    void halfWidthMarksInChineseText(String text, int start, String found, String suggestion) {
        Finding x = only(text);
        assertThat(x.start()).isEqualTo(start);
        assertThat(x.end()).isEqualTo(start + 1);
        assertThat(x.text()).isEqualTo(found);
        assertThat(x.suggestion()).isEqualTo(suggestion);
        assertThat(x.rule()).isEqualTo(PunctuationCheck.RULE_HALF_WIDTH);
        assertThat(x.severity()).isEqualTo(Severity.WARN);
        assertThat(x.message()).contains("全角");
    }

    @Test
    void halfWidthParenthesesAroundChineseAreBothReported() {
        List<Finding> f = run("《政府网站发展指引》(国办发〔2017〕47号)已印发。");
        assertThat(f).extracting(Finding::text, Finding::start, Finding::suggestion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("(", 10, "（"),
                        org.assertj.core.groups.Tuple.tuple(")", 23, "）"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "会议决定，，同意立项。#4#，，#，",
            "已经完成。。#4#。。#。",
            "现予公布；。#4#；。#。",
            "同意，。#2#，。#。",
            "水利、、交通#2#、、#、",
    })
    void doubledMarks(String text, int start, String found, String suggestion) {
        Finding x = only(text);
        assertThat(x.start()).isEqualTo(start);
        assertThat(x.text()).isEqualTo(found);
        assertThat(x.suggestion()).isEqualTo(suggestion);
        assertThat(x.rule()).isEqualTo(PunctuationCheck.RULE_DOUBLED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "根据《政府信息公开条例规定，#2#《",
            "他说：“马上办。#3#“",
            "此项工作已完成）。#7#）",
            "【注意事项请阅读。#0#【",
            "群众反映‘办事难问题。#4#‘",
    })
    void unpairedMarks(String text, int start, String mark) {
        Finding x = only(text);
        assertThat(x.start()).isEqualTo(start);
        assertThat(x.end()).isEqualTo(start + 1);
        assertThat(x.text()).isEqualTo(mark);
        assertThat(x.rule()).isEqualTo(PunctuationCheck.RULE_UNPAIRED);
        assertThat(x.message()).contains(mark);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "水利、交通、教育...等项目#8#...",
            "水利、交通、教育。。。等项目#8#。。。",
            "水利、交通、教育......等项目#8#......",
            "水利、交通、教育…等项目#8#…",
            "水利、交通、教育………等项目#8#………",
    })
    void wrongEllipsis(String text, int start, String found) {
        Finding x = only(text);
        assertThat(x.start()).isEqualTo(start);
        assertThat(x.text()).isEqualTo(found);
        assertThat(x.suggestion()).isEqualTo("……");
        assertThat(x.rule()).isEqualTo(PunctuationCheck.RULE_ELLIPSIS);
    }

    @Test
    void arabicOrdinalWithDunhao() {
        Finding x = only("工作要求如下：\n1、加强领导");
        assertThat(x.start()).isEqualTo(8);
        assertThat(x.text()).isEqualTo("1、");
        assertThat(x.suggestion()).isEqualTo("1.");
        assertThat(x.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void approximateNumbers() {
        Finding x = only("现场来了三、四百人。");
        assertThat(x.start()).isEqualTo(4);
        assertThat(x.text()).isEqualTo("三、四");
        assertThat(x.suggestion()).isEqualTo("三四");
        assertThat(x.rule()).isEqualTo(PunctuationCheck.RULE_APPROXIMATE);
    }

    @Test
    void dunhaoBetweenTitles() {
        Finding x = only("学习《宪法》、《民法典》等法律。");
        assertThat(x.start()).isEqualTo(5);
        assertThat(x.text()).isEqualTo("》、《");
        assertThat(x.suggestion()).isEqualTo("》《");
        assertThat(x.rule()).isEqualTo(PunctuationCheck.RULE_SERIAL_COMMA);
    }

    @ParameterizedTest
    @ValueSource(strings = {"总投资1,000万元，圆周率取3.14。", "会议于10:30开始。", "详见https://www.gov.cn/zhengce/a,b;c.htm?x=1!",
            "The Regulations (2019 revision), see Art. 5; Q&A!", "第一、二季度任务已完成，一、二年级学生参加。",
            "“人民至上”“生命至上”", "一、总体要求\n二、工作措施", "2、3、5号楼已竣工。", "他说：“要把‘放管服’改革推向深入。”",
            "学习《中华人民共和国宪法》〈序言〉部分。"})
    void leavesCorrectUsageAlone(String text) {
        assertThat(run(text)).isEmpty();
    }

    @Test
    void quotationOverSeveralParagraphs() {
        assertThat(run("“第一段引文。\n“第二段引文。”")).isEmpty();
    }

    @Test
    void cleanNoticeHasNoFinding() {
        assertThat(run(Samples.COUNTY_NOTICE)).isEmpty();
    }
}
