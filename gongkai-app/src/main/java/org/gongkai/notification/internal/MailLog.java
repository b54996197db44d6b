package org.gongkai.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.gongkai.core.code.PersonalDataMask;
import org.gongkai.notification.MailLogEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What was sent, to whom and with what outcome, so that "did the applicant get told?" has an answer.
 * The address is stored masked and the content is not stored at all: the log must not become a second
 * copy of applicants' personal data.
 */
@Repository
public class MailLog {

    public enum Outcome { SENT, FAILED, SKIPPED }

    private final JdbcClient jdbc;

    public MailLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Long requestId, String kind, String recipient, String subject, Instant at, Outcome outcome,
                       String error) {
        jdbc.sql("INSERT INTO mail_log (request_id, kind, recipient, subject, sent_at, outcome, error) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, kind, cut(PersonalDataMask.email(recipient), 200), cut(subject, 300), Timestamp.from(at),
                        outcome.name(), error == null ? null : cut(error, 500))
                .update();
    }

    public List<MailLogEntry> recent(int limit) {
        return jdbc.sql("SELECT request_id, kind, recipient, subject, sent_at, outcome, error FROM mail_log "
                        + "ORDER BY id DESC LIMIT ?")
                .param(limit)
                .query((rs, n) -> new MailLogEntry(rs.getObject("request_id") == null ? null : rs.getLong("request_id"),
                        rs.getString("kind"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getTimestamp("sent_at").toInstant(), rs.getString("outcome"),
                        rs.getString("error")))
                .list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
