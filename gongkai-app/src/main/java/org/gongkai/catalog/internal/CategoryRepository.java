package org.gongkai.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.catalog.Category;
import org.gongkai.platform.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for categories; each agency's catalogue is small and read on every public page, so it is cached. */
@Repository
public class CategoryRepository {

    private static final Long TEMPLATE = -1L;
    private final JdbcClient jdbc;
    private final Map<Long, List<Category>> cache = new ConcurrentHashMap<>();

    public CategoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The categories of an agency (or the county template for {@code null}), in display order. */
    public List<Category> forAgency(Long agencyId) {
        if (AfterCommit.changedInThisTransaction(this)) {
            // this transaction changed a catalogue: its own view, not what other requests cached meanwhile
            return load(agencyId);
        }
        return cache.computeIfAbsent(agencyId == null ? TEMPLATE : agencyId, k -> load(agencyId));
    }

    private List<Category> load(Long agencyId) {
        return List.copyOf((agencyId == null
                ? jdbc.sql("SELECT * FROM category WHERE agency_id IS NULL ORDER BY sort_order, id")
                : jdbc.sql("SELECT * FROM category WHERE agency_id = ? ORDER BY sort_order, id").param(agencyId))
                .query(CategoryRepository::map).list());
    }

    public Optional<Category> find(long agencyId, String code) {
        return forAgency(agencyId).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Category> byId(long id) {
        return jdbc.sql("SELECT * FROM category WHERE id = ?").param(id).query(CategoryRepository::map).optional();
    }

    /** Copies the county template into a new agency's catalogue. */
    public void copyTemplate(long agencyId) {
        jdbc.sql("""
                INSERT INTO category (agency_id, code, name, parent_code, sort_order, description, placeholder)
                SELECT ?, code, name, parent_code, sort_order, description, placeholder FROM category WHERE agency_id IS NULL
                """).param(agencyId).update();
        invalidate(agencyId);
    }

    public void insert(long agencyId, String code, String name, String parentCode, int sortOrder, String description) {
        jdbc.sql("INSERT INTO category (agency_id, code, name, parent_code, sort_order, description, placeholder) "
                        + "VALUES (?, ?, ?, ?, ?, ?, FALSE)")
                .params(agencyId, code, name, parentCode, sortOrder, description).update();
        invalidate(agencyId);
    }

    private void invalidate(long agencyId) {
        AfterCommit.markChanged(this);
        AfterCommit.nowAndAtEnd(() -> cache.remove(agencyId));
    }

    private static Category map(ResultSet rs, int row) throws SQLException {
        long agency = rs.getLong("agency_id");
        Long agencyId = rs.wasNull() ? null : agency;
        return new Category(rs.getLong("id"), agencyId, rs.getString("code"), rs.getString("name"),
                rs.getString("parent_code"), rs.getInt("sort_order"), rs.getString("description"),
                rs.getBoolean("placeholder"));
    }
}
