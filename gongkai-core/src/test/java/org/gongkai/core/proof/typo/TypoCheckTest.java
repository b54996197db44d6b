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
    void aPolicyInterpretersNameIsNoSlip() {
        // the demo county's 政策解读 pages name a 解读人; word-checker's 读人 → 读入 holds only elsewhere
        assertThat(check("解读机关：青山县民政局；解读人：县民政局有关负责人")).extracting(Finding::rule)
                .doesNotContain("typo.pair");
        expect("将采集的数据读人系统后统一校验。", "读人", "读入");
    }

    /** Sentences of the demo county's own pages, where the detector once cried wolf. */
    @Test
    void aChangeThatCutsThroughAFrequentWordIsNoCandidate() {
        // 文件经单位 → 文件清单位 would cut 单位; 召开消防 holds word-checker's 开消 → 开销 across 召开 / 消防
        assertThat(check("文件经单位集体讨论审议通过，现予以公布。")).isEmpty();
        assertThat(check("青山县综合行政执法局召开消防安全工作会议，全体干部参加。")).isEmpty();
        expect("今年的开消比去年有所增加。", "开消", "开销");
    }

    @Test
    void theIssuingCodeOfADocumentNumberIsNotProse() {
        assertThat(check("青山县统计局行政处罚决定书（青统罚决〔2025〕1号）")).isEmpty();
        // the prose around it is still read
        expect("依据青统罚决〔2025〕1号，对该单位作出处罚，并在网站公示处罚决订。", "订", "定");
    }

    @Test
    void confusionSubstitutionInContext() {
        Finding f = expect("内蒙古自治区乌兰察布市大力培育发展大数局产业。", "局", "据");
        assertThat(f.rule()).isEqualTo("typo.confusion");
        assertThat(f.start()).isEqualTo("内蒙古自治区乌兰察布市大力培育发展大数局产业。".indexOf('局'));
    }

    /** EC-ODW dev sentences (the held-out fifth is never used in tests). */
    @Test
    void contextFindsAnErrorWhoseWrittenFormIsAWord() {
        // 旅行 and 指责 are words, so only the context shows them wrong: HanLP's word bigrams make 不/履行/或者 and
        // 按/职责/分工 far likelier
        Finding f = expect("各级党政机关及其零导干部、工作人员不旅行或者未能正确履行本办法所列责任内容，有下列情形之一的，应当追究责任：",
                "旅", "履");
        assertThat(f.rule()).isEqualTo("typo.context");
        assertThat(f.message()).contains("“旅”").contains("履行");
        assertThat(expect("商务部、海关总署、税务总局按指责分工负责", "指", "职").rule()).isEqualTo("typo.context");
        // 懂事 is a word, but 懂事长 is none; 董事长 is
        assertThat(expect("市城市建设投资集团有限公司懂事长、总经理", "懂", "董").message()).contains("董事长");
    }

    @Test
    void wordModelVetoesAFalseAlarmOfTheCharacterModel() {
        // 鼓历 → 鼓励 is right; the character model alone also turned 中国鼓 into 中国家 (国家 is a word), which the
        // word model finds no likelier in 中国鼓励外商
        List<Finding> fs = check("中国鼓历外商以合作的方式进行勘探开发。");
        assertThat(fs).extracting(Finding::suggestion).containsExactly("励");
    }

    /** EC-ODW dev sentences: slips outside the confusion sets. */
    @Test
    void slipOutsideTheConfusionSetsIsFoundWhereItCompletesALongWord() {
        String school = "县级人民政底教育行政部门应当加强对木行政区域内的残疾儿童、少年实施义务教育工作的栺导。";
        Finding f = expect(school, "底", "府");
        assertThat(f.rule()).isEqualTo("typo.free");
        assertThat(f.message()).contains("“人民政底”不成词").contains("人民政府");
        // 互/负 only in the second reading of a sentence that already holds an error (中国名航局)
        String duty = "国家邮政局、中国名航局、国家铁路局按职责分工互责";
        assertThat(expect(duty, "互", "负").rule()).isEqualTo("typo.free");
        assertThat(CHECK.alone().check(duty, CTX)).extracting(Finding::suggestion).contains("民").doesNotContain("负");
        // 牛/流 is in none of the sets but among the slips of ECSpell's law and medical sentences (law-med-pairs.txt)
        String members = "企业、农村和街道、社区等党的基层组织应当注重维护牛动党员权利，加强和改进流动党员管理和湖务工作。";
        assertThat(expect(members, "牛", "流").rule()).isEqualTo("typo.confusion");
    }

    /** EC-ODW dev sentences: a wrong word of two characters, also where it is a word itself (罚站, 贬值, 报账). */
    @Test
    void homophoneWordFromPinyinInput() {
        Finding f = expect("内蒙古、上海、罚站改革委等16个低区和部门留言按其办结率达100%。", "罚站", "发展");
        assertThat(f.rule()).isEqualTo("typo.word");
        assertThat(f.end() - f.start()).isEqualTo(2);
        assertThat(f.message()).contains("罚站").contains("发展");
        expect("近日，中共中央印发了《中国共产党机构贬值工作条例》（以下简称《条例》）。", "贬值", "编制");
        expect("人力资源社会报账部、中国残联等按职责分工负责，年内持续推进", "报账", "保障");
        expect("建立稳定智齿和竞争性支持相协调的投入机制，推动科学研究、人才培养与基地建设全面发展。", "智齿", "支持");
        expect("联席悔意办公室设在民政部，承担联席会议日常工作。", "悔意", "会议");
    }

    @Test
    void aSentenceWithOneErrorIsReadAgainForMore() {
        // EC-ODW dev: 零导 → 领导 is sure; read again as corrected, 不旅行 → 不履行 follows
        String text = "各级党政机关及其零导干部、工作人员不旅行或者未能正确履行本办法所列责任内容，有下列情形之一的，应当追究责任：";
        List<Finding> strict = CHECK.alone().check(text, CTX);
        List<Finding> both = check(text);
        assertThat(strict).extracting(Finding::suggestion).contains("领").doesNotContain("履");
        assertThat(both).extracting(Finding::suggestion).containsExactly("领", "履");
        assertThat(both).containsAll(strict);
        // a clean sentence after it gains no findings
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
