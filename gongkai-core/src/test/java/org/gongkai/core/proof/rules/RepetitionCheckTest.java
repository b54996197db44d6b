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

class RepetitionCheckTest {

    private final RepetitionCheck check = new RepetitionCheck();

    private List<Finding> run(String text) {
        return check.check(text, Samples.ON_2024);
    }

    /** An agency's name ends with the word the next phrase starts with: every agency's guide and contact page. */
    @ParameterizedTest
    @ValueSource(strings = {
            "青山县梅岭乡人民政府政府信息公开指南（2025年版）",
            "请致电青山县人民政府办公室办公室（0500-6610001）。",
            "报送县政府国有资产监督管理办公室办公室。",
            "请与青山县人民防空办公室办公室联系。",
            "违反本规定规定的，由有关部门依法处理。",
    })
    void anAgencyNameFollowedByItsOwnLastWordIsNoRepetition(String text) {
        assertThat(run(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "我局正在正在开展专项检查。,正在正在,正在,2",
            "这是我们的的工作。,的的,的,4",
            "要进一步进一步加强管理。,进一步进一步,进一步,1",
            "全面全面落实责任。,全面全面,全面,0",
            "会议研究了了三个问题。,了了,了,4",
    })
    void flagsDuplicates(String text, String found, String suggestion, int start) {
        List<Finding> f = run(text);
        assertThat(f).hasSize(1);
        Finding x = f.get(0);
        assertThat(x.text()).isEqualTo(found);
        assertThat(x.start()).isEqualTo(start);
        assertThat(x.end()).isEqualTo(start + found.length());
        assertThat(text.substring(x.start(), x.end())).isEqualTo(found);
        assertThat(x.suggestion()).isEqualTo(suggestion);
        assertThat(x.severity()).isEqualTo(Severity.WARN);
        assertThat(x.category()).isEqualTo(Category.REPETITION);
        assertThat(x.rule()).startsWith("repeat.");
        assertThat(x.message()).contains(suggestion).contains("重复");
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们常常下乡看看。", "工作渐渐步入正轨，仅仅三天就完成。", "群众纷纷点赞，专家一一作答。",
            "把村子打扫得干干净净。", "这个问题我们再研究研究。", "为了了解情况，研究所所长现在在现场。",
            "对违法行为绝不能不了了之。", "实现目的的手段要合法，这的的确确是个问题。", "是是非非要分清。",
            "编号XX和1111、2222均已作废，三三两两的群众一步一步走来。", "人人参与，天天向上，层层落实。",
            "促进社会和谐，构建文明和和谐社会。", "但是是否可行还要论证。", "保险人取得保险标的的所有权。"})
    void leavesLegitimateReduplicationAlone(String text) {
        assertThat(run(text)).isEmpty();
    }

    @Test
    void cleanNoticeHasNoFinding() {
        assertThat(run(Samples.COUNTY_NOTICE)).isEmpty();
    }

    @Test
    void tripleCharacterIsOneFinding() {
        List<Finding> f = run("这是我们的的的工作。");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("的的的");
            assertThat(x.suggestion()).isEqualTo("的");
        });
    }
}
