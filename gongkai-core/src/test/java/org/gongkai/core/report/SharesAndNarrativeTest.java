package org.gongkai.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SharesAndNarrativeTest {

    @Property(tries = 2000)
    @Label("shares add up to exactly 1000 tenths and each is its exact value rounded down or up")
    void sharesSumTo1000(@ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 1_000_000) Long> counts) {
        List<Integer> shares = Shares.percentTenths(counts);
        long sum = counts.stream().mapToLong(Long::longValue).sum();
        assertThat(shares).hasSameSizeAs(counts);
        if (sum == 0) {
            assertThat(shares).containsOnly(0);
            return;
        }
        assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        for (int i = 0; i < counts.size(); i++) {
            double exact = counts.get(i) * 1000.0 / sum;
            assertThat((double) shares.get(i)).isBetween(Math.floor(exact), Math.ceil(exact));
        }
    }

    @Property(tries = 300)
    @Label("huge counts do not overflow")
    void hugeCounts(@ForAll @Size(min = 2, max = 5) List<@LongRange(min = 0, max = Long.MAX_VALUE / 8) Long> counts) {
        List<Integer> shares = Shares.percentTenths(counts);
        if (counts.stream().anyMatch(c -> c > 0)) {
            assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        }
    }

    @Test
    @DisplayName("26 items, 9 of them → 34.6%; the rest get 65.4% so the two add up")
    void example() {
        assertThat(Shares.percentTenths(List.of(9L, 17L))).containsExactly(346, 654);
        assertThat(Shares.percent(346)).isEqualTo("34.6%");
        assertThat(Shares.percent(1000)).isEqualTo("100.0%");
        assertThat(Shares.percent(5)).isEqualTo("0.5%");
        // three equal thirds: 333 + 333 + 333 = 999, the first takes the missing tenth
        assertThat(Shares.percentTenths(List.of(1L, 1L, 1L))).containsExactly(334, 333, 333);
        assertThat(Shares.percentTenths(List.of(0L, 0L))).containsExactly(0, 0);
        assertThat(Shares.percentTenths(9, 26)).isEqualTo(346);
        assertThatThrownBy(() -> Shares.percentTenths(List.of(1L, -1L))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("overview: totals, each category with its count and share, applications, fee")
    void overview() {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        byCategory.put("机构信息", 9L);
        byCategory.put("政策文件", 12L);
        byCategory.put("财政信息", 5L);
        byCategory.put("人事信息", 0L);
        String text = Narrative.overview("某县人民政府办公室", 2024, byCategory, 14, 12, 2, 0);
        // 9/26 = 34.6%, 12/26 = 46.15… → 46.2%, 5/26 = 19.23… → 19.2%: 34.6 + 46.2 + 19.2 = 100.0
        assertThat(text).isEqualTo("（一）主动公开\n"
                + "2024年，某县人民政府办公室共主动公开政府信息26条，其中，机构信息9条，占34.6%；政策文件12条，占46.2%；"
                + "财政信息5条，占19.2%。\n"
                + "（二）依申请公开\n"
                + "本年共收到政府信息公开申请14件，办结12件，结转下年度2件。未收取信息处理费。");
        assertThat(Narrative.overview("某局", 2023, Map.of(), 1234, 1200, 34, 300))
                .contains("共主动公开政府信息0条。").contains("本年共收到政府信息公开申请1234件，办结1200件，结转下年度34件。")
                .endsWith("共收取信息处理费300元。");
    }

    @Test
    @DisplayName("problems: a template with the year and next year, the parts to write marked 【请填写……】")
    void problems() {
        String text = Narrative.problems(2024);
        assertThat(text).startsWith("（一）存在的主要问题\n2024年").contains("（二）改进情况").contains("2025年")
                .contains("【请填写");
    }

    @Test
    @DisplayName("other: the fee collected, or none")
    void other() {
        assertThat(Narrative.other(2024, 0, 0)).isEqualTo("本年度未收取信息处理费。");
        assertThat(Narrative.other(2024, 1500, 3)).isEqualTo("本年度共收取信息处理费1500元，涉及政府信息公开申请3件。");
        assertThatThrownBy(() -> Narrative.other(2024, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
