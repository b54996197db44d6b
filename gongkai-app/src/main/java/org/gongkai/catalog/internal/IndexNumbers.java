package org.gongkai.catalog.internal;

import org.gongkai.core.code.IndexNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out 索引号 serials. A serial is taken by incrementing a counter row in the caller's
 * transaction; the row lock makes concurrent drafts wait rather than collide, and because the
 * counter never goes down a number is never reused, even when a draft is deleted.
 *
 * <p>The counter row of a new agency or year is created with {@code ON CONFLICT DO NOTHING} (both
 * PostgreSQL and H2 accept it) rather than by catching a duplicate key: on PostgreSQL a failed
 * statement aborts the whole transaction, so a caught duplicate could not be retried.
 */
@Component
public class IndexNumbers {

    private final JdbcClient jdbc;

    public IndexNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IndexNumber next(long agencyId, String issuerCode, int year) {
        return new IndexNumber(issuerCode, year, reserve(agencyId, year, 1));
    }

    /** Reserves {@code count} consecutive serials at once (bulk import); returns the first. */
    public int reserve(long agencyId, int year, int count) {
        // a concurrent first draft of the year waits here for the other transaction, then finds the row
        jdbc.sql("INSERT INTO index_serial (agency_id, serial_year, last_serial) VALUES (?, ?, 0) ON CONFLICT DO NOTHING")
                .params(agencyId, year).update();
        jdbc.sql("UPDATE index_serial SET last_serial = last_serial + ? WHERE agency_id = ? AND serial_year = ?")
                .params(count, agencyId, year).update();
        return jdbc.sql("SELECT last_serial FROM index_serial WHERE agency_id = ? AND serial_year = ?")
                .params(agencyId, year).query(Integer.class).single() - count + 1;
    }
}
