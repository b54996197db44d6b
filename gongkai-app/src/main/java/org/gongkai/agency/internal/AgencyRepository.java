package org.gongkai.agency.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.gongkai.agency.NewAgency;
import org.gongkai.platform.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for agencies. The list is small (hundreds) and read on every portal page, so it is cached. */
@Repository
public class AgencyRepository {

    private static final String SELECT = """
            SELECT a.id, a.code, a.name, a.short_name, a.kind, a.parent_id, p.code AS parent_code, a.sort_order,
                   a.address, a.office_hours, a.phone, a.fax, a.email, a.postcode, a.guide_text
              FROM agency a LEFT JOIN agency p ON p.id = a.parent_id
            """;
    private static final String ORDER = """
             ORDER BY CASE WHEN a.parent_id IS NULL THEN 0 ELSE 1 END,
                      CASE a.kind WHEN 'GOVERNMENT' THEN 0 WHEN 'DEPARTMENT' THEN 1 WHEN 'TOWNSHIP' THEN 2 ELSE 3 END,
                      a.sort_order, a.id
            """;

    private final JdbcClient jdbc;
    private final Object lock = new Object();
    private volatile List<Agency> cache;
    /** Counts invalidations, so that a list read before one is not stored after it. */
    private long generation;

    public AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Agency> findAll() {
        if (AfterCommit.changedInThisTransaction(this)) {
            // this transaction changed agencies: its own view, not what other requests cached meanwhile
            return load();
        }
        List<Agency> all = cache;
        if (all == null) {
            long seen;
            synchronized (lock) {
                seen = generation;
            }
            all = load();
            synchronized (lock) {
                if (seen == generation) {
                    cache = all;
                }
            }
        }
        return all;
    }

    private List<Agency> load() {
        return List.copyOf(jdbc.sql(SELECT + ORDER).query(AgencyRepository::map).list());
    }

    public Optional<Agency> findByCode(String code) {
        return findAll().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Agency> findById(long id) {
        return findAll().stream().filter(a -> a.id() == id).findFirst();
    }

    public boolean existsByName(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM agency WHERE name = ?").param(name).query(Long.class).single() > 0;
    }

    public long insert(String code, NewAgency a, Long parentId, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        int sort = jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 10 FROM agency").query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO agency (code, name, short_name, kind, parent_id, sort_order, address, office_hours, phone, fax,
                                    email, postcode, guide_text, created_at, updated_at)
                VALUES (:code, :name, :shortName, :kind, :parent, :sort, :address, :hours, :phone, :fax, :email, :postcode,
                        :guide, :now, :now)
                """)
                .param("code", code).param("name", a.name().strip()).param("shortName", blankToNull(a.shortName()))
                .param("kind", a.kind().name()).param("parent", parentId).param("sort", sort)
                .param("address", blankToNull(a.address())).param("hours", blankToNull(a.officeHours()))
                .param("phone", blankToNull(a.phone())).param("fax", blankToNull(a.fax()))
                .param("email", blankToNull(a.email())).param("postcode", blankToNull(a.postcode()))
                .param("guide", blankToNull(a.guideText())).param("now", Timestamp.from(now))
                .update(keys, "id");
        invalidate();
        return keys.getKey().longValue();
    }

    public void updateGuide(long id, NewAgency a, Instant now) {
        jdbc.sql("""
                UPDATE agency SET short_name = :shortName, address = :address, office_hours = :hours, phone = :phone,
                       fax = :fax, email = :email, postcode = :postcode, guide_text = :guide, updated_at = :now
                 WHERE id = :id
                """)
                .param("shortName", blankToNull(a.shortName())).param("address", blankToNull(a.address()))
                .param("hours", blankToNull(a.officeHours())).param("phone", blankToNull(a.phone()))
                .param("fax", blankToNull(a.fax())).param("email", blankToNull(a.email()))
                .param("postcode", blankToNull(a.postcode())).param("guide", blankToNull(a.guideText()))
                .param("now", Timestamp.from(now)).param("id", id).update();
        invalidate();
    }

    /** Drops the cache; also called after a rollback-prone bulk load. */
    public void invalidate() {
        // another request may reload the cache before this transaction commits; drop it again after
        AfterCommit.markChanged(this);
        AfterCommit.nowAndAtEnd(this::drop);
    }

    private void drop() {
        synchronized (lock) {
            generation++;
            cache = null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Agency map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                AgencyKind.valueOf(rs.getString("kind")), parentId, rs.getString("parent_code"), rs.getInt("sort_order"),
                rs.getString("address"), rs.getString("office_hours"), rs.getString("phone"), rs.getString("fax"),
                rs.getString("email"), rs.getString("postcode"), rs.getString("guide_text"));
    }
}
