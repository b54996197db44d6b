package org.gongkai.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes request rows straight into the table, as the request module would have left them after their
 * lives: received on a date, answered (or not) on a date with a reply type. Used to rebuild published
 * reports with exactly their numbers, without replaying thousands of actions.
 */
final class SyntheticRequests {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private final JdbcClient jdbc;
    private final long agencyId;

    SyntheticRequests(JdbcClient jdbc, long agencyId) {
        this.jdbc = jdbc;
        this.agencyId = agencyId;
    }

    /** {@code n} requests of an applicant type, received on {@code received}, replied on {@code replied} (null: open). */
    void add(int n, String applicantType, LocalDate received, LocalDate replied, String replyType, String ground) {
        for (int i = 0; i < n; i++) {
            long id = insert(applicantType, received, replied, replyType, ground);
            if (id < 0) {
                throw new IllegalStateException();
            }
        }
    }

    long insert(String applicantType, LocalDate received, LocalDate replied, String replyType, String ground) {
        String no = "SY" + SEQ.incrementAndGet();
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO info_request (tracking_no, secret_hash, agency_id, channel, submitted_at, received_on,
                    applicant_type, applicant_name, description, preferred_form, delivery, status, due_on, provisional,
                    reply_type, reply_ground, replied_on, version)
                VALUES (:no, 'x', :a, 'POST', :at, :rec, :type, '合成申请人', '合成申请', 'PAPER', 'POST', :status, :due, FALSE,
                    :rt, :rg, :rep, 0)""")
                .param("no", no).param("a", agencyId).param("at", Timestamp.valueOf(received.atStartOfDay()))
                .param("rec", Date.valueOf(received)).param("type", applicantType)
                .param("status", replied == null ? "IN_PROGRESS" : "REPLIED")
                .param("due", Date.valueOf(received.plusDays(28))).param("rt", replyType).param("rg", ground)
                .param("rep", replied == null ? null : Date.valueOf(replied))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void appeal(String kind, LocalDate filed, String result, LocalDate decided) {
        long requestId = insert("NATURAL_PERSON", filed.minusMonths(2), filed.minusMonths(1), "GRANTED", null);
        // the request behind the appeal is counted in the year's results too; tests that need exact table-三
        // numbers create appeals on a different agency
        jdbc.sql("""
                INSERT INTO info_request_appeal (request_id, kind, filed_on, result, decided_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, '测试', ?)""")
                .params(requestId, kind, Date.valueOf(filed), result, decided == null ? null : Date.valueOf(decided),
                        Timestamp.valueOf(filed.atStartOfDay()))
                .update();
    }
}
