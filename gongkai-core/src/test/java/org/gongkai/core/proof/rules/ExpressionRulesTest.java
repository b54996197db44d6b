package org.gongkai.core.proof.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.proof.Check;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Proofreader;
import org.gongkai.core.proof.Severity;
import org.junit.jupiter.api.Test;

class ExpressionRulesTest {

    @Test
    void parsesAllFieldsAndEscapedBars() {
        ExpressionRules r = ExpressionRules.parse("""
                # comment

                regex|国土资源部(?!门\\|局)|自然资源部|2018-03-21|2030-12-31|BLOCK|机构改革|my.rule
                word|XX
                """);
        assertThat(r.errors()).isEmpty();
        assertThat(r.rules()).hasSize(2);
        ExpressionRules.Rule a = r.rules().get(0);
        assertThat(a.kind()).isEqualTo(ExpressionRules.Kind.REGEX);
        assertThat(a.pattern()).isEqualTo("国土资源部(?!门|局)");
        assertThat(a.regex().matcher("国土资源局").find()).isFalse();
        assertThat(a.suggestion()).isEqualTo("自然资源部");
        assertThat(a.validFrom()).isEqualTo(LocalDate.of(2018, 3, 21));
        assertThat(a.validUntil()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(a.severity()).isEqualTo(Severity.BLOCK);
        assertThat(a.note()).isEqualTo("机构改革");
        assertThat(a.id()).isEqualTo("my.rule");
        assertThat(a.appliesOn(LocalDate.of(2018, 3, 20))).isFalse();
        assertThat(a.appliesOn(LocalDate.of(2018, 3, 21))).isTrue();
        assertThat(a.appliesOn(LocalDate.of(2031, 1, 1))).isFalse();
        ExpressionRules.Rule b = r.rules().get(1);
        assertThat(b.severity()).isEqualTo(Severity.WARN);
        assertThat(b.id()).isEqualTo("expr.word");
        assertThat(b.suggestion()).isNull();
    }

    @Test
    void reportsBadLinesWithTheirNumbers() {
        ExpressionRules r = ExpressionRules.parse("""
                word|好的|||||
                phrase|某词
                word|
                regex|([未闭合|x
                word|甲|乙|2024-13-01
                word|甲|乙|2024-03-01|2023-01-01
                word|甲|乙|||FATAL
                name|国务院
                word|丙|丁
                """);
        assertThat(r.rules()).extracting(ExpressionRules.Rule::pattern).containsExactly("好的", "丙");
        assertThat(r.errors()).extracting(ExpressionRules.LineError::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
        assertThat(r.errors().get(0).reason()).contains("未知类别");
        assertThat(r.errors().get(2).reason()).contains("正则表达式");
        assertThat(r.errors().get(3).reason()).contains("2024-03-01");
        assertThat(r.errors().get(5).reason()).contains("BLOCK");
        assertThat(r.errors().get(0).toString()).startsWith("第2行");
    }

    @Test
    void bundledRulesParseWithoutErrors() {
        ExpressionRules b = ExpressionRules.bundled();
        assertThat(b.errors()).isEmpty();
        assertThat(b.rules()).hasSizeGreaterThan(100);
        assertThat(b.rules()).extracting(ExpressionRules.Rule::id).contains("expr.xinhua", "expr.name", "expr.repealed");
    }

    @Test
    void mergeReplacesSameRuleAndOffRemoves() {
        ExpressionRules a = ExpressionRules.parse("word|甲|乙|||WARN\nword|丙|丁");
        ExpressionRules b = ExpressionRules.parse("word|甲|戊|||BLOCK\noff|丙");
        ExpressionRules m = a.merge(b);
        assertThat(m.rules()).singleElement().satisfies(r -> {
            assertThat(r.suggestion()).isEqualTo("戊");
            assertThat(r.severity()).isEqualTo(Severity.BLOCK);
        });
    }

    @Test
    void ruleChecksRunTogetherOnTheCleanNoticeAndOnAFaultyOne() {
        List<Check> checks = RuleChecks.standard();
        assertThat(checks).hasSize(5);
        Proofreader p = new Proofreader(checks);
        assertThat(p.check(Samples.COUNTY_NOTICE, Samples.ON_2024)).isEmpty();

        String bad = "XX县人民政府关于赴湖北省张家界市考察的通知,联系人手机13812345678。";
        List<Finding> f = p.check(bad, Samples.ON_2024);
        assertThat(f).extracting(Finding::rule)
                .containsExactly("placeholder.xx", "expr.division", "punct.halfwidth", "pii.mobile");

        ExpressionRules county = ExpressionRules.parse("word|考察|调研|||INFO|本县公文用“调研”");
        assertThat(new Proofreader(RuleChecks.with(county)).check(bad, Samples.ON_2024))
                .extracting(Finding::rule).contains("expr.word");
    }

    @Test
    void everyRuleCheckRunsOnEmptyAndNullDateContexts() {
        for (Check c : RuleChecks.standard()) {
            assertThat(c.check("", Samples.ON_2024)).isEmpty();
            assertThat(c.check("正常的句子。", new ProofContext(null, null))).isEmpty();
        }
    }
}
