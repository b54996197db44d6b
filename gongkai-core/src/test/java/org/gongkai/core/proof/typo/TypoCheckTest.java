package org.gongkai.core.proof.typo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypoCheckTest {

    static final TypoCheck CHECK = TypoCheck.load();
    static final ProofContext CTX = ProofContext.on(LocalDate.of(2025, 6, 1));

    static List<Finding> check(String text) {
        return CHECK.check(text, CTX);
    }

    /** The finding whose span covers {@code wrong} (the first occurrence) with the given suggestion. */
    static Finding expect(String text, String wrong, String suggestion) {
        List<Finding> fs = check(text);
        int at = text.indexOf(wrong);
        assertThat(fs).as("findings in %s", text)
                .anySatisfy(f -> {
                    assertThat(f.start()).isGreaterThanOrEqualTo(at);
                    assertThat(f.end()).isLessThanOrEqualTo(at + wrong.length());
                    assertThat(f.suggestion()).isEqualTo(suggestion);
                });
        return fs.stream().filter(f -> suggestion.equals(f.suggestion())).findFirst().orElseThrow();
    }

    @Test
    void gongfuIsTheStateOrganAndBlocks() {
        Finding f = expect("市攻府办公室关于开展安全生产检查的通知", "攻府", "政府");
        assertThat(f.severity()).isEqualTo(Severity.BLOCK);
        assertThat(f.category()).isEqualTo(Category.TYPO);
        assertThat(f.message()).contains("攻府").contains("政府");
    }

    @Test
    void countryNameBlocks() {
        Finding f = expect("根据《中华人民共合国政府信息公开条例》规定", "中华人民共合国", "中华人民共和国");
        assertThat(f.severity()).isEqualTo(Severity.BLOCK);
        assertThat(f.rule()).isEqualTo("typo.organ");
    }

    @Test
    void realInspectionExamples() {
        expect("加强秸杆综合利用，严禁露天焚烧。", "秸杆", "秸秆");
        expect("深入开展扫黑险恶专项斗争。", "扫黑险恶", "扫黑除恶");
        expect("全面准确贯彻一郭两制方针。", "一郭两制", "一国两制");
        expect("坚定不移退进改革开放。", "退进改革", "推进改革");
    }

    @Test
    void jiezhiFollowedByADateIsJiezhi() {
        Finding f = expect("截止2024年12月31日，全县共受理申请120件。", "截止", "截至");
        assertThat(f.severity()).isEqualTo(Severity.WARN);
        assertThat(f.message()).contains("截至").contains("时间");
        expect("截止目前，已完成整改任务85项。", "截止", "截至");
    }

    @Test
    void jiezhiAsDeadlineIsFine() {
        // decision (pairs.tsv): 截止 without a following date is the deadline verb/noun and is correct
        assertThat(check("报名截止时间为2025年3月15日17时，逾期不予受理。")).isEmpty();
        assertThat(check("申报工作于6月30日截止。")).isEmpty();
        expect("报名截至日期为3月15日。", "截至日期", "截止日期");
    }

    @Test
    void curatedPairs() {
        expect("我市与省内12所院校组建高效联盟。", "高效联盟", "高校联盟");
        expect("聚焦前言技术攻关。", "前言技术", "前沿技术");
        expect("做为全省试点单位，我县积极探索。", "做为", "作为");
        expect("既使遇到困难，也要按期完成。", "既使", "即使");
        expect("在路口按装监控设备。", "按装", "安装");
    }

    @Test
    void qitaIsOnlyAVariantNote() {
        Finding f = expect("其它事项另行通知。", "其它", "其他");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void misspeltIdiomFromTheIdiomList() {
        // 坚定不移 is in ECSpell 成语.txt, 疑/移 are same-pinyin; "坚定不疑" is in no misuse list
        Finding f = expect("必须坚定不疑地走中国特色社会主义道路。", "疑", "移");
        assertThat(f.rule()).isEqualTo("typo.idiom");
        assertThat(f.message()).contains("成语");
        // word-checker pair (whole idiom replaced)
        expect("各项工作一如继往地推进。", "一如继往", "一如既往");
    }

    @Test
    void confusionSubstitutionInContext() {
        Finding f = expect("内蒙古自治区乌兰察布市大力培育发展大数局产业。", "局", "据");
        assertThat(f.rule()).isEqualTo("typo.confusion");
        assertThat(f.start()).isEqualTo("内蒙古自治区乌兰察布市大力培育发展大数局产业。".indexOf('局'));
    }

    @Test
    void wordModelFindsAnErrorWhoseWrittenFormIsAWord() {
        // 懂事 is a word, so the character model leaves 懂事长 alone; HanLP's word bigrams make 有限公司/董事长 far
        // likelier than 有限公司/懂事/长
        Finding f = expect("市城市建设投资集团有限公司懂事长、总经理", "懂", "董");
        assertThat(f.rule()).isEqualTo("typo.context");
        assertThat(f.message()).contains("“懂”").contains("董事");
        // 联责 is no word, but the character bigrams alone do not prefer 职责 by enough
        assertThat(expect("进一步明确各部门联责分工，压实工作责任。", "联", "职").rule()).isEqualTo("typo.context");
    }

    @Test
    void wordModelVetoesAFalseAlarmOfTheCharacterModel() {
        // 鼓历 → 鼓励 is right; the character model alone also turned 中国鼓 into 中国家 (国家 is a word), which the
        // word model finds no likelier in 中国鼓励外商
        List<Finding> fs = check("中国鼓历外商以合作的方式进行勘探开发。");
        assertThat(fs).extracting(Finding::suggestion).containsExactly("励");
    }

    /** EC-ODW dev sentences: slips outside the confusion sets, found in a sentence that already holds an error. */
    @Test
    void slipOutsideTheConfusionSetsIsFoundNextToAnotherError() {
        String assets = "行政事业性玉有资产以市场化方式出售、出租的，依昭有关规定可以通过相应公共资源交易平台进行。";
        Finding f = expect(assets, "玉", "国");
        assertThat(f.rule()).isEqualTo("typo.free");
        assertThat(f.message()).contains("“玉有资产”不成词").contains("国有资产");
        expect(assets, "昭", "照");
        String law = "是指2016年11月7日《全国人民代表大会常务委员会关于修改〈中华人民共和国民办教育足进法〉的决定》公布前没立的民办学校。";
        assertThat(expect(law, "足", "促").rule()).isEqualTo("typo.free");
        // 牛/流 is in none of the sets but among the slips of ECSpell's law and medical sentences (law-med-pairs.txt)
        String members = "企业、农村和街道、社区等党的基层组织应当注重维护牛动党员权利，加强和改进流动党员管理和湖务工作。";
        assertThat(expect(members, "牛", "流").rule()).isEqualTo("typo.confusion");
        // alone, without a confident error beside it, the sentence is read with the strict thresholds only
        assertThat(check("行政事业性玉有资产以市场化方式出售、出租的。")).extracting(Finding::rule).doesNotContain("typo.free");
    }

    /** EC-ODW dev sentences (the held-out fifth is never used in tests). */
    @Test
    void homophoneWordFromPinyinInput() {
        Finding f = expect("各部门及其所属单位在国有资产管理工作中有违反鱼蒜管理规定行为的，依照《中华人民共和国预算法》追究责任。",
                "鱼蒜", "预算");
        assertThat(f.rule()).isEqualTo("typo.word");
        assertThat(f.end() - f.start()).isEqualTo(2);
        assertThat(f.message()).contains("鱼蒜").contains("预算");
        expect("提高服务能力，切实让起夜群众办事更方便、更快捷。", "起夜", "企业");
        expect("联席悔意办公室设在民政部，承担联席会议日常工作。", "悔意", "会议");
    }

    @Test
    void aSentenceWithOneErrorIsReadAgainForMore() {
        String text = "推厂应用纲结构建筑，结合棚户区改造、危房改造和抗震安居工程实施，开展钢结枸建筑推广应用试点，大幅提高钢结构应用比例。";
        TypoCheck strictOnly = CHECK.with(TypoCheck.Params.DEFAULT.alone());
        List<Finding> strict = strictOnly.check(text, CTX);
        List<Finding> both = check(text);
        assertThat(strict).extracting(Finding::suggestion).contains("构").doesNotContain("钢");
        assertThat(both).extracting(Finding::suggestion).contains("构", "钢");
        assertThat(both).containsAll(strict);
        // a clean sentence after it is not read with the looser thresholds
        String clean = "本办法自发布之日起施行，由县人民政府办公室负责解释。";
        assertThat(check(text + clean)).hasSameSizeAs(both);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "为深入贯彻落实党中央、国务院关于全面推进政务公开的决策部署，现就做好2025年政务公开工作通知如下。",
        "各乡镇人民政府、县政府各部门要高度重视，明确分管领导和工作人员，确保各项任务落到实处。",
        "截至2024年底，全县累计发放创业担保贷款3.2亿元，带动就业5600余人。",
        "对群众反映强烈的突出问题，要建立台账，限期整改，整改情况及时向社会公开。",
        "坚持以人民为中心的发展思想，持续优化营商环境，推动经济社会高质量发展。",
        "本办法自发布之日起施行，由县人民政府办公室负责解释。",
        "依申请公开的政府信息，行政机关应当自收到申请之日起20个工作日内予以答复。",
        "加强秸秆综合利用和禁烧工作，推进农业绿色发展。",
        "聚焦科技前沿，加快突破关键核心技术。",
        "全国人民代表大会是最高国家权力机关。",
        "增强法治观念，强化纪律意识，严肃财经纪律。",
        "推动实现携号转网异地办、网上办。",
        "本办法施行前设立的机构，应当在六个月内完成登记。",
    })
    void cleanOfficialSentencesHaveNoFinding(String sentence) {
        assertThat(check(sentence)).isEmpty();
    }

    @Test
    void everyFindingHasAChineseMessageAndAConsistentSpan() {
        String text = "市攻府要做为表率，截止2024年底完成按装任务，推动发展大数局产业。";
        List<Finding> fs = check(text);
        assertThat(fs).hasSizeGreaterThanOrEqualTo(4);
        for (Finding f : fs) {
            assertThat(f.text()).isEqualTo(text.substring(f.start(), f.end()));
            assertThat(f.message()).isNotBlank().doesNotContain("{0}").contains("“" + f.text() + "”");
            assertThat(f.rule()).startsWith("typo.");
        }
    }

    @Test
    void emptyAndNonChineseText() {
        assertThat(check("")).isEmpty();
        assertThat(check("Gongkai 2025 v1.0 (ok)")).isEmpty();
    }
}
