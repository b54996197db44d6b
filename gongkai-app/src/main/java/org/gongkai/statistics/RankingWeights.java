package org.gongkai.statistics;

import java.time.Instant;
import java.util.Map;

/** The weights in force, per indicator (0–100), and who set them last. */
public record RankingWeights(Map<Indicator, Integer> weights, Instant updatedAt, String updatedBy) {

    public int of(Indicator i) {
        return weights.getOrDefault(i, 0);
    }

    public int total() {
        return weights.values().stream().mapToInt(Integer::intValue).sum();
    }
}
