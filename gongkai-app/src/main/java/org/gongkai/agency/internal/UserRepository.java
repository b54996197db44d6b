package org.gongkai.agency.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.review.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for people and their roles. */
@Repository
public class UserRepository {

    /** A user row with what sign-in needs. */
    public record UserRow(long id, String username, String passwordHash, String displayName, long agencyId,
                          String agencyCode, String agencyName, boolean enabled, Set<Role> roles, String email) {
    }

    private final JdbcClient jdbc;

    public UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRow> findByUsername(String username) {
        return query(" WHERE u.username = :v", username).stream().findFirst();
    }

    public Optional<UserRow> findById(long id) {
        return query(" WHERE u.id = :v", id).stream().findFirst();
    }

    public List<UserRow> findByAgency(Long agencyId) {
        return agencyId == null ? query("", null) : query(" WHERE u.agency_id = :v", agencyId);
    }

    /** The enabled people of an agency holding {@code role}. */
    public List<UserRow> findEnabledWithRole(long agencyId, Role role) {
        return query(" WHERE u.agency_id = :v AND u.enabled = TRUE", agencyId).stream()
                .filter(u -> u.roles().contains(role)).toList();
    }

    public long insert(String username, String hash, String displayName, long agencyId, Set<Role> roles, String email,
                       Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, agency_id, enabled, email, created_at) "
                        + "VALUES (?, ?, ?, ?, TRUE, ?, ?)")
                .params(username, hash, displayName, agencyId, email, Timestamp.from(now)).update(keys, "id");
        long id = keys.getKey().longValue();
        setRoles(id, roles);
        return id;
    }

    public void setRoles(long userId, Set<Role> roles) {
        jdbc.sql("DELETE FROM user_role WHERE user_id = ?").param(userId).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (?, ?)").params(userId, r.name()).update();
        }
    }

    public void setEnabled(long userId, boolean enabled) {
        jdbc.sql("UPDATE app_user SET enabled = ? WHERE id = ?").params(enabled, userId).update();
    }

    public void setEmail(long userId, String email) {
        jdbc.sql("UPDATE app_user SET email = ? WHERE id = ?").params(email, userId).update();
    }

    public void setPassword(long userId, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE id = ?").params(hash, userId).update();
    }

    private List<UserRow> query(String where, Object value) {
        String sql = """
                SELECT u.id, u.username, u.password_hash, u.display_name, u.agency_id, a.code AS agency_code,
                       a.name AS agency_name, u.enabled, u.email, r.role
                  FROM app_user u JOIN agency a ON a.id = u.agency_id LEFT JOIN user_role r ON r.user_id = u.id
                """ + where + " ORDER BY a.sort_order, u.username, r.role";
        var spec = jdbc.sql(sql);
        if (value != null) {
            spec = spec.param("v", value);
        }
        Map<Long, UserRow> rows = new LinkedHashMap<>();
        spec.query(rs -> {
            long id = rs.getLong("id");
            UserRow row = rows.get(id);
            if (row == null) {
                row = new UserRow(id, rs.getString("username"), rs.getString("password_hash"),
                        rs.getString("display_name"), rs.getLong("agency_id"), rs.getString("agency_code"),
                        rs.getString("agency_name"), rs.getBoolean("enabled"), EnumSet.noneOf(Role.class),
                        rs.getString("email"));
                rows.put(id, row);
            }
            String role = rs.getString("role");
            if (role != null) {
                row.roles().add(Role.valueOf(role));
            }
        });
        return List.copyOf(rows.values());
    }
}
