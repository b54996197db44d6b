package org.gongkai.statistics.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ranking weights (table ranking_weight, one row per indicator name). */
@Repository
public class RankingWeightRepository {

    public record Stored(int weight, Instant updatedAt, String updatedBy) {
    }

    private final JdbcClient jdbc;

    public RankingWeightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Stored> all() {
        Map<String, Stored> rows = new LinkedHashMap<>();
        jdbc.sql("SELECT indicator, weight, updated_at, updated_by FROM ranking_weight").query(rs -> {
            rows.put(rs.getString("indicator"), new Stored(rs.getInt("weight"),
                    rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")));
        });
        return rows;
    }

    /** Sets one weight; inserts the row if the indicator is newer than the migration that seeded the table. */
    public void save(String indicator, int weight, Instant at, String by) {
        int updated = jdbc.sql("UPDATE ranking_weight SET weight = ?, updated_at = ?, updated_by = ? WHERE indicator = ?")
                .params(weight, Timestamp.from(at), by, indicator).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO ranking_weight (indicator, weight, updated_at, updated_by) VALUES (?, ?, ?, ?)")
                    .params(indicator, weight, Timestamp.from(at), by).update();
        }
    }
}
