package org.gongkai.core.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 信息处理费 under 国办函〔2020〕109号 (regulations.md §2), both methods excess-progressive (超额累进). Expected
 * amounts are worked out by hand from the bands; the arithmetic is in the comments.
 */
class ProcessingFeeTest {

    @ParameterizedTest(name = "application no. {0} of the month costs {1} yuan")
    @CsvSource({
            // 第四条（一）: 1–10 free
            "1, 0", "5, 0", "10, 0",
            // 第四条（二）: 11–30 at 100元/件
            "11, 100", "20, 100", "30, 100",
            // 第四条（三）: from 31, bands of 10, each 100元 dearer: 31–40 200, 41–50 300, 51–60 400
            "31, 200", "40, 200", "41, 300", "50, 300", "51, 400", "60, 400", "61, 500",
    })
    @DisplayName("109号第四条 按件计收")
    void byCount(int nth, long yuan) {
        assertThat(ProcessingFee.byCount(nth)).isEqualTo(yuan);
    }

    @Test
    @DisplayName("109号第四条: a month's total is the sum of each application's band")
    void byCountTotal() {
        assertThat(ProcessingFee.byCountTotal(0)).isZero();
        assertThat(ProcessingFee.byCountTotal(10)).isZero();
        assertThat(ProcessingFee.byCountTotal(11)).isEqualTo(100);
        // 20 × 100
        assertThat(ProcessingFee.byCountTotal(30)).isEqualTo(2000);
        // 2000 + 10 × 200
        assertThat(ProcessingFee.byCountTotal(40)).isEqualTo(4000);
        // 4000 + 5 × 300
        assertThat(ProcessingFee.byCountTotal(45)).isEqualTo(5500);
    }

    @ParameterizedTest(name = "{0} pages cost {1} yuan")
    @CsvSource({
            "0, 0", "1, 0", "30, 0",
            // 31–100 at 10元: 1 × 10; 70 × 10
            "31, 10", "100, 700",
            // 101–200 at 20元: 700 + 20; 700 + 100 × 20
            "101, 720", "200, 2700",
            // from 201 at 40元: 2700 + 40; 2700 + 50 × 40
            "201, 2740", "250, 4700",
            // 2700 + 800 × 40
            "1000, 34700",
    })
    @DisplayName("109号第五条 按量计收")
    void byPages(int pages, long yuan) {
        assertThat(ProcessingFee.byPages(pages)).isEqualTo(yuan);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -30})
    void byCountRejectsNonPositive(int nth) {
        assertThatThrownBy(() -> ProcessingFee.byCount(nth)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, -100})
    void byPagesRejectsNegative(int pages) {
        assertThatThrownBy(() -> ProcessingFee.byPages(pages)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void freeAllowances() {
        assertThat(ProcessingFee.FREE_APPLICATIONS_PER_MONTH).isEqualTo(10);
        assertThat(ProcessingFee.FREE_PAGES).isEqualTo(30);
    }

    @Property(tries = 500)
    @Label("byPages never decreases, and the price of one more page never decreases (超额累进)")
    void byPagesIsProgressive(@ForAll @IntRange(min = 0, max = 5000) int pages) {
        long here = ProcessingFee.byPages(pages);
        long next = ProcessingFee.byPages(pages + 1);
        long afterNext = ProcessingFee.byPages(pages + 2);
        assertThat(next).isGreaterThanOrEqualTo(here);
        assertThat(afterNext - next).isGreaterThanOrEqualTo(next - here);
        // the marginal page costs its band's rate
        int page = pages + 1;
        long rate = page <= 30 ? 0 : page <= 100 ? 10 : page <= 200 ? 20 : 40;
        assertThat(next - here).isEqualTo(rate);
    }

    @Property(tries = 300)
    @Label("byCount never decreases from one application to the next, and the total is the running sum")
    void byCountIsProgressive(@ForAll @IntRange(min = 1, max = 500) int nth) {
        assertThat(ProcessingFee.byCount(nth + 1)).isGreaterThanOrEqualTo(ProcessingFee.byCount(nth));
        assertThat(ProcessingFee.byCountTotal(nth + 1) - ProcessingFee.byCountTotal(nth))
                .isEqualTo(ProcessingFee.byCount(nth + 1));
        // from 31 on: band k (0-based) of ten applications costs 200 + 100k
        if (nth >= 31) {
            assertThat(ProcessingFee.byCount(nth)).isEqualTo(200 + 100L * ((nth - 31) / 10));
        }
    }
}
