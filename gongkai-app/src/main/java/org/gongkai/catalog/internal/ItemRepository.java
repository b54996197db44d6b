package org.gongkai.catalog.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.catalog.HistoryEntry;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemSummary;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemEvent;
import org.gongkai.core.review.ItemState;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Validity;
import org.gongkai.platform.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for items, their events and attachments. */
@Repository
public class ItemRepository {

    /** The item row with its agency and category. */
    public record Row(long id, long agencyId, String agencyCode, String agencyName, long categoryId, String categoryCode,
                      String categoryName, String indexNo, String title, String docNo, LocalDate writtenOn,
                      LocalDate publishedOn, String topic, String genre, boolean normative, LocalDate validFrom,
                      LocalDate validUntil, Long replacedById, String disclosureMethod, String disclosureScope,
                      String summary, String bodyHtml, Long interpretsId, ItemStatus status, Validity validity,
                      LocalDate validityChangedOn, Instant createdAt, Instant updatedAt, int version) {
    }

    static final String SUMMARY_COLUMNS = """
            i.id, i.index_no, i.title, i.doc_no, a.code AS agency_code, a.name AS agency_name, c.code AS category_code,
            c.name AS category_name, i.written_on, i.published_on, i.status, i.validity, i.validity_changed_on, i.normative
            """;
    static final String FROM = " FROM item i JOIN agency a ON a.id = i.agency_id JOIN category c ON c.id = i.category_id ";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    public ItemRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    public long insert(long agencyId, long categoryId, String indexNo, ItemDraft d, String body, long createdBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO item (agency_id, category_id, index_no, title, doc_no, written_on, topic, genre, normative,
                                  valid_from, valid_until, disclosure_method, disclosure_scope, summary, body_html,
                                  interprets_id, status, validity, created_by, created_at, updated_at, version)
                VALUES (:agency, :category, :indexNo, :title, :docNo, :writtenOn, :topic, :genre, :normative,
                        :validFrom, :validUntil, :method, :scope, :summary, :body, :interprets, 'DRAFT', 'VALID',
                        :by, :now, :now, 0)
                """)
                .param("agency", agencyId).param("category", categoryId).param("indexNo", indexNo)
                .param("title", d.title()).param("docNo", d.docNo()).param("writtenOn", date(d.writtenOn()))
                .param("topic", d.topic()).param("genre", d.genre()).param("normative", d.normative())
                .param("validFrom", date(d.validFrom())).param("validUntil", date(d.validUntil()))
                .param("method", d.disclosureMethod()).param("scope", d.disclosureScope()).param("summary", d.summary())
                .param("body", body).param("interprets", d.interpretsId()).param("by", createdBy)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Updates the written fields; returns false when the version changed meanwhile (someone else saved). */
    public boolean update(long id, long categoryId, ItemDraft d, String body, int expectedVersion, Instant now) {
        return jdbc.sql("""
                UPDATE item SET category_id = :category, title = :title, doc_no = :docNo, written_on = :writtenOn,
                       topic = :topic, genre = :genre, normative = :normative, valid_from = :validFrom,
                       valid_until = :validUntil, disclosure_method = :method, disclosure_scope = :scope,
                       summary = :summary, body_html = :body, interprets_id = :interprets, updated_at = :now,
                       version = version + 1
                 WHERE id = :id AND version = :version
                """)
                .param("category", categoryId).param("title", d.title()).param("docNo", d.docNo())
                .param("writtenOn", date(d.writtenOn())).param("topic", d.topic()).param("genre", d.genre())
                .param("normative", d.normative()).param("validFrom", date(d.validFrom()))
                .param("validUntil", date(d.validUntil())).param("method", d.disclosureMethod())
                .param("scope", d.disclosureScope()).param("summary", d.summary()).param("body", body)
                .param("interprets", d.interpretsId()).param("now", Timestamp.from(now)).param("id", id)
                .param("version", expectedVersion).update() == 1;
    }

    /** Rewrites the projection of the events onto the row, in the transaction that appended the event. */
    public void project(long id, ItemState state, LocalDate publishedOn, Instant now) {
        jdbc.sql("""
                UPDATE item SET status = ?, validity = ?, validity_changed_on = ?, published_on = ?, updated_at = ?,
                       version = version + 1
                 WHERE id = ?
                """)
                .params(state.status().name(), state.validity().name(), date(state.validityChangedOn()), date(publishedOn),
                        Timestamp.from(now), id)
                .update();
    }

    public void setReplacedBy(long id, Long replacedById) {
        jdbc.sql("UPDATE item SET replaced_by_id = ? WHERE id = ?").params(replacedById, id).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("SELECT i.*, a.code AS agency_code, a.name AS agency_name, c.code AS category_code, "
                + "c.name AS category_name" + FROM + "WHERE i.id = ?").param(id).query(ItemRepository::mapRow).optional();
    }

    /** Locks the item row for the rest of the transaction, so two reviewers cannot act at once. */
    public Optional<Row> lock(long id) {
        List<Long> ids = jdbc.sql("SELECT id FROM item WHERE id = ? FOR UPDATE").param(id).query(Long.class).list();
        return ids.isEmpty() ? Optional.empty() : find(id);
    }

    public Optional<Long> idByIndexNo(String indexNo) {
        return jdbc.sql("SELECT id FROM item WHERE index_no = ?").param(indexNo).query(Long.class).optional();
    }

    public Optional<ItemSummary> summary(long id) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + FROM + "WHERE i.id = ?").param(id)
                .query(ItemRepository::mapSummary).optional();
    }

    public List<ItemSummary> interpretationsOf(long id, boolean publishedOnly) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + FROM + "WHERE i.interprets_id = ?"
                        + (publishedOnly ? " AND i.status = 'PUBLISHED'" : "") + " ORDER BY i.id")
                .param(id).query(ItemRepository::mapSummary).list();
    }

    public boolean hasLiveInterpretation(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE interprets_id = ? AND status <> 'WITHDRAWN'")
                .param(id).query(Long.class).single() > 0;
    }

    /** A filtered, paged list; {@code where} uses named parameters given in {@code params}. */
    public Page<ItemSummary> page(Filter f, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (f.agencyId() != null) {
            where.append(" AND i.agency_id = :agency");
            params.add(new Object[] {"agency", f.agencyId()});
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            where.append(" AND i.status IN (:statuses)");
            params.add(new Object[] {"statuses", f.statuses().stream().map(Enum::name).toList()});
        }
        if (f.categoryCodes() != null && !f.categoryCodes().isEmpty()) {
            where.append(" AND c.code IN (:categories)");
            params.add(new Object[] {"categories", f.categoryCodes()});
        }
        if (f.year() != null) {
            where.append(" AND i.published_on >= :from AND i.published_on < :to");
            params.add(new Object[] {"from", Date.valueOf(LocalDate.of(f.year(), 1, 1))});
            params.add(new Object[] {"to", Date.valueOf(LocalDate.of(f.year() + 1, 1, 1))});
        }
        if (f.validity() != null) {
            where.append(" AND i.validity = :validity");
            params.add(new Object[] {"validity", f.validity().name()});
        }
        if (f.titleContains() != null && !f.titleContains().isBlank()) {
            where.append(" AND (LOWER(i.title) LIKE :q OR LOWER(i.index_no) LIKE :q OR LOWER(i.doc_no) LIKE :q)");
            params.add(new Object[] {"q", "%" + f.titleContains().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%"});
        }
        // Count and pick the page's ids on the item table alone (the filters and the sort key are in
        // its indexes), then read the 20 rows shown: sorting full rows with their bodies made a list
        // of 15,000 items read 30 MB per request.
        String idWhere = where.toString().replace("c.code IN (:categories)",
                "i.category_id IN (SELECT id FROM category WHERE agency_id = i.agency_id AND code IN (:categories))");
        var count = jdbc.sql("SELECT COUNT(*) FROM item i" + idWhere);
        var ids = jdbc.sql("SELECT i.id FROM item i" + idWhere
                + (f.byPublication() ? " ORDER BY i.published_on DESC, i.id DESC" : " ORDER BY i.updated_at DESC, i.id DESC")
                + " LIMIT :limit OFFSET :offset");
        for (Object[] p : params) {
            count = count.param((String) p[0], p[1]);
            ids = ids.param((String) p[0], p[1]);
        }
        long total = count.query(Long.class).single();
        List<Long> pageIds = ids.param("limit", size).param("offset", (long) (page - 1) * size).query(Long.class).list();
        List<ItemSummary> rows = pageIds.isEmpty() ? List.of() : jdbc.sql("SELECT " + SUMMARY_COLUMNS + FROM
                        + "WHERE i.id IN (:ids)" + (f.byPublication() ? " ORDER BY i.published_on DESC, i.id DESC"
                        : " ORDER BY i.updated_at DESC, i.id DESC"))
                .param("ids", pageIds).query(ItemRepository::mapSummary).list();
        return new Page<>(rows, total, page, size);
    }

    /** What a list filter can say; null fields do not filter. */
    public record Filter(Long agencyId, List<ItemStatus> statuses, List<String> categoryCodes, Integer year,
                         Validity validity, String titleContains, boolean byPublication) {
    }

    /** Counts of published items per category code of an agency. */
    public List<Object[]> publishedCountsByCategory(long agencyId) {
        return jdbc.sql("SELECT c.code, COUNT(*) FROM item i JOIN category c ON c.id = i.category_id "
                        + "WHERE i.agency_id = ? AND i.status = 'PUBLISHED' GROUP BY c.code")
                .param(agencyId).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)}).list();
    }

    public List<Integer> publishedYears(long agencyId) {
        return jdbc.sql("SELECT DISTINCT EXTRACT(YEAR FROM published_on) AS y FROM item WHERE agency_id = ? "
                        + "AND status = 'PUBLISHED' AND published_on IS NOT NULL ORDER BY y DESC")
                .param(agencyId).query((rs, n) -> rs.getInt(1)).list();
    }

    /** Items in a review step, for work queues. */
    public List<ItemSummary> inSteps(Long agencyId, List<ItemStatus> steps, int limit) {
        if (steps.isEmpty()) {
            return List.of();
        }
        var spec = jdbc.sql("SELECT " + SUMMARY_COLUMNS + FROM + "WHERE i.status IN (:steps)"
                + (agencyId == null ? "" : " AND i.agency_id = :agency") + " ORDER BY i.updated_at, i.id LIMIT :limit")
                .param("steps", steps.stream().map(Enum::name).toList()).param("limit", limit);
        if (agencyId != null) {
            spec = spec.param("agency", agencyId);
        }
        return spec.query(ItemRepository::mapSummary).list();
    }

    /** Published items whose 有效期 has passed but that are not yet marked 失效. */
    public List<Long> pastValidity(LocalDate today) {
        return jdbc.sql("SELECT id FROM item WHERE status = 'PUBLISHED' AND validity IN ('VALID', 'AMENDED') "
                + "AND valid_until IS NOT NULL AND valid_until < ?").param(Date.valueOf(today)).query(Long.class).list();
    }

    public List<Long> publishedIdsAfter(long afterId, int limit) {
        return jdbc.sql("SELECT id FROM item WHERE status = 'PUBLISHED' AND id > ? ORDER BY id LIMIT ?")
                .params(afterId, limit).query(Long.class).list();
    }

    public long countPublished() {
        return jdbc.sql("SELECT COUNT(*) FROM item WHERE status = 'PUBLISHED'").query(Long.class).single();
    }

    /** Streams every published item row (for re-indexing), without holding them all in memory. */
    public void forEachPublished(Consumer<Row> consumer) {
        long last = 0;
        while (true) {
            // walk the primary key and filter here: a status condition in SQL lets a database pick the
            // status index and sort a million rows for every batch
            List<Row> batch = jdbc.sql("SELECT i.*, a.code AS agency_code, a.name AS agency_name, c.code AS category_code, "
                            + "c.name AS category_name" + FROM + "WHERE i.id > ? ORDER BY i.id LIMIT 1000")
                    .param(last).query(ItemRepository::mapRow).list();
            if (batch.isEmpty()) {
                return;
            }
            for (Row r : batch) {
                if (r.status() == ItemStatus.PUBLISHED) {
                    consumer.accept(r);
                }
            }
            last = batch.get(batch.size() - 1).id();
        }
    }

    /** An already-published item with its derived state, for {@link #insertImported}. */
    public record NewImportedRow(long agencyId, long categoryId, String indexNo, ItemDraft draft, long createdBy,
                                 ItemState state, LocalDate publishedOn, Instant createdAt, Instant updatedAt) {
    }

    /** Inserts imported items in one JDBC batch and returns their ids in order. */
    public List<Long> insertImported(List<NewImportedRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String sql = """
                INSERT INTO item (agency_id, category_id, index_no, title, doc_no, written_on, topic, genre, normative,
                                  valid_from, valid_until, disclosure_method, disclosure_scope, summary, body_html,
                                  interprets_id, status, validity, validity_changed_on, published_on, created_by,
                                  created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbcTemplate.batchUpdate(con -> con.prepareStatement(sql, new String[] {"id"}),
                new org.springframework.jdbc.core.BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement ps, int i) throws SQLException {
                        NewImportedRow r = rows.get(i);
                        ItemDraft d = r.draft();
                        ps.setLong(1, r.agencyId());
                        ps.setLong(2, r.categoryId());
                        ps.setString(3, r.indexNo());
                        ps.setString(4, d.title());
                        ps.setString(5, d.docNo());
                        ps.setDate(6, date(d.writtenOn()));
                        ps.setString(7, d.topic());
                        ps.setString(8, d.genre());
                        ps.setBoolean(9, d.normative());
                        ps.setDate(10, date(d.validFrom()));
                        ps.setDate(11, date(d.validUntil()));
                        ps.setString(12, d.disclosureMethod());
                        ps.setString(13, d.disclosureScope());
                        ps.setString(14, d.summary());
                        ps.setString(15, d.bodyHtml());
                        ps.setObject(16, d.interpretsId(), java.sql.Types.BIGINT);
                        ps.setString(17, r.state().status().name());
                        ps.setString(18, r.state().validity().name());
                        ps.setDate(19, date(r.state().validityChangedOn()));
                        ps.setDate(20, date(r.publishedOn()));
                        ps.setLong(21, r.createdBy());
                        ps.setTimestamp(22, Timestamp.from(r.createdAt()));
                        ps.setTimestamp(23, Timestamp.from(r.updatedAt()));
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                }, keys);
        return keys.getKeyList().stream().map(m -> ((Number) m.values().iterator().next()).longValue()).toList();
    }

    /** Appends the histories of many items in one JDBC batch. */
    public void appendAll(List<Long> ids, List<List<ItemEvent>> histories) {
        List<Object[]> args = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (ItemEvent e : histories.get(i)) {
                args.add(new Object[] {ids.get(i), e.action().name(), e.actorId(), e.actorName(),
                        e.step() == null ? null : e.step().name(), e.opinion(), Timestamp.from(e.at()), date(e.effectiveOn())});
            }
        }
        jdbcTemplate.batchUpdate("INSERT INTO item_event (item_id, action, actor_id, actor_name, step, opinion, at, effective_on) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", args, new int[] {java.sql.Types.BIGINT, java.sql.Types.VARCHAR,
                java.sql.Types.BIGINT, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR, java.sql.Types.VARCHAR,
                java.sql.Types.TIMESTAMP, java.sql.Types.DATE});
    }

    /** Sets interprets_id for pairs {interpretation id, policy id}. */
    public void linkInterpretations(List<long[]> pairs) {
        if (!pairs.isEmpty()) {
            jdbcTemplate.batchUpdate("UPDATE item SET interprets_id = ? WHERE id = ?",
                    pairs.stream().map(p -> new Object[] {p[1], p[0]}).toList());
        }
    }

    // ---- events ----

    public void append(long itemId, ItemEvent e) {
        jdbc.sql("INSERT INTO item_event (item_id, action, actor_id, actor_name, step, opinion, at, effective_on) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(itemId, e.action().name(), e.actorId(), e.actorName(), e.step() == null ? null : e.step().name(),
                        e.opinion(), Timestamp.from(e.at()), date(e.effectiveOn()))
                .update();
    }

    public List<ItemEvent> events(long itemId) {
        return jdbc.sql("SELECT * FROM item_event WHERE item_id = ? ORDER BY id").param(itemId)
                .query((rs, n) -> new ItemEvent(Action.valueOf(rs.getString("action")), nullableLong(rs, "actor_id"),
                        rs.getString("actor_name"), step(rs), rs.getString("opinion"), rs.getTimestamp("at").toInstant(),
                        localDate(rs, "effective_on")))
                .list();
    }

    public List<HistoryEntry> history(long itemId) {
        return jdbc.sql("SELECT * FROM item_event WHERE item_id = ? ORDER BY id").param(itemId)
                .query((rs, n) -> new HistoryEntry(rs.getLong("id"), Action.valueOf(rs.getString("action")),
                        rs.getString("actor_name"), step(rs),
                        rs.getString("opinion"), rs.getTimestamp("at").toInstant(), localDate(rs, "effective_on")))
                .list();
    }

    // ---- mapping ----

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static ItemStatus step(ResultSet rs) throws SQLException {
        String step = rs.getString("step");
        return step == null ? null : ItemStatus.valueOf(step);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static ItemSummary mapSummary(ResultSet rs, int n) throws SQLException {
        return new ItemSummary(rs.getLong("id"), rs.getString("index_no"), rs.getString("title"), rs.getString("doc_no"),
                rs.getString("agency_code"), rs.getString("agency_name"), rs.getString("category_code"),
                rs.getString("category_name"), localDate(rs, "written_on"), localDate(rs, "published_on"),
                ItemStatus.valueOf(rs.getString("status")), Validity.valueOf(rs.getString("validity")),
                localDate(rs, "validity_changed_on"), rs.getBoolean("normative"));
    }

    static Row mapRow(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_code"), rs.getString("agency_name"),
                rs.getLong("category_id"), rs.getString("category_code"), rs.getString("category_name"),
                rs.getString("index_no"), rs.getString("title"), rs.getString("doc_no"), localDate(rs, "written_on"),
                localDate(rs, "published_on"), rs.getString("topic"), rs.getString("genre"), rs.getBoolean("normative"),
                localDate(rs, "valid_from"), localDate(rs, "valid_until"), nullableLong(rs, "replaced_by_id"),
                rs.getString("disclosure_method"), rs.getString("disclosure_scope"), rs.getString("summary"),
                rs.getString("body_html"), nullableLong(rs, "interprets_id"), ItemStatus.valueOf(rs.getString("status")),
                Validity.valueOf(rs.getString("validity")), localDate(rs, "validity_changed_on"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
