package org.gongkai.statistics;

import java.util.List;
import java.util.Map;

/**
 * The assessment ranking (晾晒) of a year: every agency with its figures, the 0–100 score of each
 * indicator, the weighted score and its rank (equal scores share a rank: 1, 2, 2, 4).
 *
 * @param reportYear the year of the annual reports judged (the one due in {@code year})
 */
public record Ranking(int year, int reportYear, RankingWeights weights, List<Row> rows) {

    public record Row(int rank, AgencyIndicators indicators, Map<Indicator, Double> scores, double score) {

        public double scoreOf(Indicator i) {
            return scores.getOrDefault(i, 0.0);
        }
    }
}
