package org.gongkai.core.proof.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpressionCheckTest {

    private static final ExpressionCheck CHECK = new ExpressionCheck();

    private static List<Finding> run(String text, LocalDate date) {
        return CHECK.check(text, ProofContext.on(date));
    }

    private static Finding only(String text, LocalDate date) {
        List<Finding> f = run(text, date);
        assertThat(f).as("findings in %s", text).hasSize(1);
        Finding x = f.get(0);
        assertThat(x.text()).isEqualTo(text.substring(x.start(), x.end()));
        assertThat(x.category()).isEqualTo(Category.EXPRESSION);
        return x;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // 5.1: real errors from inspections
            "地址：湖北省张家界市永定区|3|湖北省张家界市|湖南省张家界市|expr.division|BLOCK",
            "游客来自湖北省张家界，|4|湖北省张家界|湖南省张家界|expr.division|BLOCK",
            "他出生在四川省重庆市。|4|四川省重庆市|重庆市|expr.division|BLOCK",
            "依据中华人民共合国有关法律|2|中华人民共合国|中华人民共和国|expr.name|BLOCK",
            "中共人民共和国成立七十五周年|0|中共人民共和国|中华人民共和国|expr.name|BLOCK",
            "积极参与“一带一路”战略建设|4|“一带一路”战略|“一带一路”倡议|expr.formula|WARN",
            "坚定三个自信，|2|三个自信|四个自信|expr.formula|WARN",
            "坚定“三个自信”，|2|“三个自信”|“四个自信”|expr.formula|WARN",
            "依据《中华人民共和国政府信息公开法》第十条|2|《中华人民共和国政府信息公开法》|《中华人民共和国政府信息公开条例》|expr.lawtitle|BLOCK",
            "依据《政府信息公开法》|2|《政府信息公开法》|《中华人民共和国政府信息公开条例》|expr.lawtitle|BLOCK",
            "按照《中华人民共和国保障农民工工资支付法》|2|《中华人民共和国保障农民工工资支付法》|《保障农民工工资支付条例》|expr.lawtitle.kind|BLOCK",
            "根据《中华人民共和国安全生产条例》|2|《中华人民共和国安全生产条例》|《中华人民共和国安全生产法》|expr.lawtitle.kind|BLOCK",
            "依照《中华人民共和国合同法》处理|2|《中华人民共和国合同法》|《中华人民共和国民法典》|expr.repealed|WARN",
            "依照《物权法》规定|2|《物权法》|《中华人民共和国民法典》|expr.repealed|WARN",
            "根据《信访条例》办理|2|《信访条例》|《信访工作条例》|expr.lawtitle|WARN",
            "报国家工商行政管理总局备案|1|国家工商行政管理总局|国家市场监督管理总局|expr.agency|WARN",
            "由中国银行保险监督管理委员会负责|1|中国银行保险监督管理委员会|国家金融监督管理总局|expr.agency|WARN",
            "报县国土资源局审批|2|国土资源局|自然资源局|expr.agency.local|WARN",
            "深入学习贯彻党的十九大精神|2|学习贯彻党的十九大精神|学习贯彻党的二十大精神|expr.congress|WARN",
            "做好新型冠状病毒肺炎防控|2|新型冠状病毒肺炎|新型冠状病毒感染|expr.outdated|WARN",
            "启动编制“十四五”规划|2|编制“十四五”规划|编制“十五五”规划|expr.plan|WARN",
            "坚持以公开为主、不公开为例外|2|以公开为主、不公开为例外|以公开为常态、不公开为例外|expr.formula|WARN",
            "坚持以公开为常态、不公开为特例|2|以公开为常态、不公开为特例|以公开为常态、不公开为例外|expr.formula|WARN",
            "北朝鲜代表团来访|0|北朝鲜|朝鲜|expr.xinhua|WARN",
            "关心残废人生活|2|残废人|残疾人|expr.xinhua|WARN",
            "坚决反对台独分裂活动|4|台独|“台独”|expr.xinhua|WARN",
    })
    void flagsSeriousExpressionErrorsIn2026(String text, int start, String found, String suggestion, String rule,
                                            Severity severity) {
        Finding x = only(text, LocalDate.of(2026, 3, 1));
        assertThat(x.start()).isEqualTo(start);
        assertThat(x.end()).isEqualTo(start + found.length());
        assertThat(x.text()).isEqualTo(found);
        assertThat(x.suggestion()).isEqualTo(suggestion);
        assertThat(x.rule()).isEqualTo(rule);
        assertThat(x.severity()).isEqualTo(severity);
        assertThat(x.message()).contains(found).contains(suggestion);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "深入学习贯彻党的十九大精神|2021-06-01",
            "做好新型冠状病毒肺炎防控|2021-06-01",
            "依照《中华人民共和国合同法》处理|2020-06-01",
            "报国家工商行政管理总局备案|2017-06-01",
            "根据《信访条例》办理|2021-06-01",
            "启动编制“十四五”规划|2020-06-01",
    })
    void rulesApplyOnlyFromTheirDate(String text, LocalDate before) {
        assertThat(run(text, before)).isEmpty();
        assertThat(run(text, LocalDate.of(2026, 3, 1))).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "原国家工商行政管理总局已于2018年撤销。",
            "组建文化和旅游部，不再保留文化部、国家旅游局。",
            "2017年，国家工商行政管理总局发布了该办法。",
            "2020年签订的合同适用《中华人民共和国合同法》。",
            "依照原《合同法》第五十二条。",
            "从“三个自信”到“四个自信”，体现了理论创新。",
            "2020年，全县新冠肺炎疫情防控取得成效。",
            "湖南省张家界市、吉林省吉林市、青海省海南州、广东省中山市、北京市朝阳区、北京市广安门内大街。",
            "坚持以公开为常态、不公开为例外，以公开为原则、不公开为例外。",
            "依据《中华人民共和国政府信息公开条例》《中华人民共和国个人信息保护法》《保障农民工工资支付条例》。",
            "全国人民代表大会常务委员会、全国人大常委会、中国人民解放军、中国人民解放战争时期。",
            "市农业部门、县文化部门和环境保护部门联合检查。",
            "坚决反对“台独”分裂活动。",
            "朝鲜族群众、新中国成立后、习近平总书记亲自部署。",
            "学习贯彻党的二十大精神，坚定“四个自信”，推进“一带一路”建设。",
            "省人民代表大会、县人民代表大会、最高人民检察院、国家卫生健康委员会。",
    })
    void correctOfficialTextHasNoFinding(String text) {
        assertThat(run(text, LocalDate.of(2026, 3, 1))).isEmpty();
    }

    @Test
    void cleanNoticeHasNoFinding() {
        assertThat(run(Samples.COUNTY_NOTICE, LocalDate.of(2024, 3, 1))).isEmpty();
    }

    @Test
    void countyRulesExtendAndSwitchOffBundledOnes() {
        ExpressionRules county = ExpressionRules.parse("""
                # 余杭区本地规则
                word|余杭县|余杭区|2001-02-02||WARN|2001年余杭撤县设区
                off|北朝鲜
                """);
        assertThat(county.errors()).isEmpty();
        ExpressionCheck c = new ExpressionCheck(ExpressionRules.bundled().merge(county));
        List<Finding> f = c.check("余杭县与北朝鲜", ProofContext.on(LocalDate.of(2024, 1, 1)));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("余杭县");
            assertThat(x.suggestion()).isEqualTo("余杭区");
            assertThat(x.rule()).isEqualTo("expr.word");
            assertThat(x.message()).contains("撤县设区");
        });
    }

    @Test
    void everyXinhuaTermIsARuleOrDocumentedAsSkipped() {
        String data = Texts.resource("xinhua-terms.txt");
        List<String> terms = Texts.dataLines("新华社禁用词慎用词.utf8");
        assertThat(terms).hasSize(181);
        for (String t : terms) {
            String escaped = t.replace("“", "").replace("”", "");
            assertThat(data.replace("“", "").replace("”", "")).as("term %s", t).contains(escaped);
        }
    }

    @Test
    void divisionsListHasAllPrefectureLevelUnits() {
        assertThat(Divisions.bundled().units()).hasSize(337); // 333 prefecture-level units + 4 municipalities
    }
}
