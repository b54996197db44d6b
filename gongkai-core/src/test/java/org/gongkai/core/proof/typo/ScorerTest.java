package org.gongkai.core.proof.typo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScorerTest {

    /**
     * Two trees over features 0 and 1: the first splits on 0 at 1.5, then (right side) on 1 at 0; the second is a
     * single split on 1 at 2 whose left child is a leaf above the bottom (padded in the flat layout).
     */
    static Scorer sample() {
        // tree 0: node 0 (f0 ≤ 1.5 ? 1 : 2), node 1 leaf −1, node 2 (f1 ≤ 0 ? 3 : 4), node 3 leaf 0.5, node 4 leaf 2
        // tree 1: node 5 (f1 ≤ 2 ? 6 : 7), node 6 leaf 0.25, node 7 (f0 ≤ 0 ? 8 : 9), node 8 leaf −3, node 9 leaf 1
        int[] feature = {0, -1, 1, -1, -1, 1, -1, 0, -1, -1};
        double[] threshold = {1.5, 0, 0, 0, 0, 2, 0, 0, 0, 0};
        int[] left = {1, -1, 3, -1, -1, 6, -1, 8, -1, -1};
        int[] right = {2, -1, 4, -1, -1, 7, -1, 9, -1, -1};
        double[] value = {0, -1, 0, 0.5, 2, 0, 0.25, 0, -3, 1};
        return new Scorer(0.1, new int[] {0, 5}, feature, threshold, left, right, value);
    }

    @Test
    void sumsTheLeavesTheFeaturesLeadTo() {
        Scorer s = sample();
        assertThat(s.score(new double[] {1.0, 5.0})).isEqualTo(0.1 - 1 + 1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.score(new double[] {2.0, -1.0})).isEqualTo(0.1 + 0.5 + 0.25, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.score(new double[] {2.0, 3.0})).isEqualTo(0.1 + 2 + 1, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.score(new double[] {-1.0, 3.0})).isEqualTo(0.1 - 1 - 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void stopsEarlyOnlyWhenTheCutIsOutOfReach() {
        Scorer s = sample();
        double[] x = {-1.0, 3.0}; // −3.9
        assertThat(s.score(x, -3.9)).isEqualTo(s.score(x));
        assertThat(s.score(x, 3.2)).isLessThan(3.2);
        // the largest leaves sum to 0.1 + 2 + 1 = 3.1: no candidate reaches 3.2
        assertThat(s.score(new double[] {2.0, 3.0}, 3.2)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(s.score(new double[] {2.0, 3.0}, 3.1)).isEqualTo(3.1, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void bestOverAFeatureIsTheBestOfItsValues() {
        Scorer s = sample();
        double[] x = {2.0, 0.0};
        double best = Double.NEGATIVE_INFINITY;
        for (double v : new double[] {-5, 0, 1, 2, 2.5, 10}) {
            x[1] = v;
            best = Math.max(best, s.score(x));
        }
        assertThat(s.bestOver(new double[] {2.0, -99}, 1, Double.NEGATIVE_INFINITY))
                .isEqualTo(best, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.bestOver(new double[] {2.0, -99}, 1, best + 0.01)).isLessThan(best + 0.01);
    }

    @Test
    void theTextFormReadsBackToTheSameScores() {
        Scorer s = sample();
        Scorer back = Scorer.read(s.write(new String[] {"a", "b"}).lines().toList());
        for (double[] x : new double[][] {{1, 5}, {2, -1}, {2, 3}, {-1, 3}, {1.5, 0}, {1.5000001, 2}}) {
            assertThat(back.score(x)).isEqualTo(s.score(x));
        }
    }

    @Test
    void theShippedJudgeLoads() {
        TypoCheck.Judge j = TypoCheckTest.CHECK.judge();
        assertThat(j.cut()).isGreaterThan(j.nearbyCut());
        assertThat(j.pairCut()).isGreaterThan(j.pairNearbyCut());
        assertThat(j.scorer().maxFeature()).isBetween(0, Scorer.COUNT - 1);
        assertThat(j.pairScorer().maxFeature()).isBetween(0, Scorer.PAIR_COUNT - 1);
        assertThat(sample().maxFeature()).isEqualTo(1);
        assertThat(j.scorer().score(new double[Scorer.COUNT])).isFinite();
        assertThat(j.pairScorer().score(new double[Scorer.PAIR_COUNT])).isFinite();
    }
}
