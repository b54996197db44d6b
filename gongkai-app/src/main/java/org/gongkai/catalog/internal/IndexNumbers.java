package org.gongkai.catalog.internal;

import org.gongkai.core.code.IndexNumber;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out 索引号 serials. A serial is taken by incrementing a counter row in the caller's
 * transaction; the row lock makes concurrent drafts wait rather than collide, and because the
 * counter never goes down a number is never reused, even when a draft is deleted.
 */
@Component
public class IndexNumbers {

    private final JdbcClient jdbc;

    public IndexNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IndexNumber next(long agencyId, String issuerCode, int year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            int updated = jdbc.sql("UPDATE index_serial SET last_serial = last_serial + 1 WHERE agency_id = ? AND serial_year = ?")
                    .params(agencyId, year).update();
            if (updated == 0) {
                try {
                    jdbc.sql("INSERT INTO index_serial (agency_id, serial_year, last_serial) VALUES (?, ?, 1)")
                            .params(agencyId, year).update();
                    return new IndexNumber(issuerCode, year, 1);
                } catch (DuplicateKeyException raced) {
                    continue; // another transaction created the row first: increment it instead
                }
            }
            int serial = jdbc.sql("SELECT last_serial FROM index_serial WHERE agency_id = ? AND serial_year = ?")
                    .params(agencyId, year).query(Integer.class).single();
            return new IndexNumber(issuerCode, year, serial);
        }
        throw new IllegalStateException("could not allocate an index number");
    }

    /** Reserves {@code count} consecutive serials at once (bulk import); returns the first. */
    public int reserve(long agencyId, int year, int count) {
        int updated = jdbc.sql("UPDATE index_serial SET last_serial = last_serial + ? WHERE agency_id = ? AND serial_year = ?")
                .params(count, agencyId, year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO index_serial (agency_id, serial_year, last_serial) VALUES (?, ?, ?)")
                    .params(agencyId, year, count).update();
            return 1;
        }
        return jdbc.sql("SELECT last_serial FROM index_serial WHERE agency_id = ? AND serial_year = ?")
                .params(agencyId, year).query(Integer.class).single() - count + 1;
    }
}
