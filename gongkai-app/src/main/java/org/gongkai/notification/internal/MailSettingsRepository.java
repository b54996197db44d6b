package org.gongkai.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single row (id = 1) of {@code mail_settings}. */
@Repository
public class MailSettingsRepository {

    /** The row as stored, password included: for the mailer only, never for a page. */
    public record Stored(boolean enabled, String host, int port, String username, String password, boolean starttls,
                         String fromAddress, Instant updatedAt, String updatedBy) {

        /** Enough to try a connection (a host and a sender); "enabled" is a separate switch. */
        public boolean configured() {
            return host != null && !host.isBlank() && fromAddress != null && !fromAddress.isBlank() && port > 0;
        }

        /** Without the password, for log lines and equality checks that must not print it. */
        @Override
        public String toString() {
            return "Stored[host=" + host + ", port=" + port + ", enabled=" + enabled + "]";
        }
    }

    private final JdbcClient jdbc;

    public MailSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find() {
        return jdbc.sql("SELECT enabled, host, port, username, password, starttls, from_address, updated_at, updated_by "
                        + "FROM mail_settings WHERE id = 1")
                .query((rs, n) -> new Stored(rs.getBoolean("enabled"), rs.getString("host"), rs.getInt("port"),
                        rs.getString("username"), rs.getString("password"), rs.getBoolean("starttls"),
                        rs.getString("from_address"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by")))
                .optional();
    }

    /** Update the row, or create it the first time (plain SQL both H2 and PostgreSQL accept). */
    public void save(Stored s) {
        Timestamp at = Timestamp.from(s.updatedAt());
        int n = jdbc.sql("UPDATE mail_settings SET enabled = ?, host = ?, port = ?, username = ?, password = ?, "
                        + "starttls = ?, from_address = ?, updated_at = ?, updated_by = ? WHERE id = 1")
                .params(s.enabled(), s.host(), s.port(), s.username(), s.password(), s.starttls(), s.fromAddress(), at,
                        s.updatedBy())
                .update();
        if (n == 0) {
            jdbc.sql("INSERT INTO mail_settings (id, enabled, host, port, username, password, starttls, from_address, "
                            + "updated_at, updated_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(s.enabled(), s.host(), s.port(), s.username(), s.password(), s.starttls(), s.fromAddress(),
                            at, s.updatedBy())
                    .update();
        }
    }
}
