package org.gongkai.report.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for stored annual reports (narrative, status, frozen tables) and the figures officers enter. */
@Repository
public class ReportRepository {

    public record Row(long id, long agencyId, int year, String scope, String status, String section1, String section5,
                      String section6, Long itemId, String frozenJson, Instant updatedAt, String updatedBy, int version) {
    }

    public record Figure(String block, String row, String column, String value, String source, String enteredBy,
                         Instant enteredAt) {
    }

    private final JdbcClient jdbc;

    public ReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Row> find(long agencyId, int year, String scope) {
        return jdbc.sql("SELECT * FROM annual_report WHERE agency_id = ? AND report_year = ? AND scope = ?")
                .params(agencyId, year, scope).query((rs, n) -> row(rs)).optional();
    }

    public Optional<Row> lock(long agencyId, int year, String scope) {
        return jdbc.sql("SELECT * FROM annual_report WHERE agency_id = ? AND report_year = ? AND scope = ? FOR UPDATE")
                .params(agencyId, year, scope).query((rs, n) -> row(rs)).optional();
    }

    public Optional<Row> byItem(long itemId) {
        return jdbc.sql("SELECT * FROM annual_report WHERE item_id = ?").params(itemId).query((rs, n) -> row(rs)).optional();
    }

    public List<Row> ofYear(int year) {
        return jdbc.sql("SELECT * FROM annual_report WHERE report_year = ?").params(year).query((rs, n) -> row(rs)).list();
    }

    public long insert(long agencyId, int year, String scope, String s1, String s5, String s6, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO annual_report (agency_id, report_year, scope, status, section1, section5, section6, created_at,
                    updated_at, updated_by, version) VALUES (:a, :y, :s, 'DRAFT', :s1, :s5, :s6, :t, :t, :b, 0)""")
                .param("a", agencyId).param("y", year).param("s", scope).param("s1", s1).param("s5", s5).param("s6", s6)
                .param("t", Timestamp.from(at)).param("b", by).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean updateText(long id, String s1, String s5, String s6, int version, String by, Instant at) {
        return jdbc.sql("""
                UPDATE annual_report SET section1 = ?, section5 = ?, section6 = ?, updated_at = ?, updated_by = ?,
                    version = version + 1 WHERE id = ? AND version = ?""")
                .params(s1, s5, s6, Timestamp.from(at), by, id, version).update() == 1;
    }

    /** Submitted for review: the tables are frozen now and the item that carries the report is linked. */
    public void submitted(long id, long itemId, String frozenJson, String by, Instant at) {
        jdbc.sql("""
                UPDATE annual_report SET status = 'SUBMITTED', item_id = ?, frozen_json = ?, updated_at = ?,
                    updated_by = ?, version = version + 1 WHERE id = ?""")
                .params(itemId, frozenJson, Timestamp.from(at), by, id).update();
    }

    public void setStatus(long id, String status, Instant at) {
        jdbc.sql("UPDATE annual_report SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(status, Timestamp.from(at), id).update();
    }

    /** Back to draft (the review sent it back or it was withdrawn): tables live again, the item stays linked. */
    public void reopened(long id, Instant at) {
        jdbc.sql("UPDATE annual_report SET status = 'DRAFT', frozen_json = NULL, updated_at = ?, version = version + 1 "
                + "WHERE id = ?").params(Timestamp.from(at), id).update();
    }

    public List<Figure> figures(long reportId) {
        return jdbc.sql("SELECT * FROM annual_report_figure WHERE report_id = ? ORDER BY block, row_label, column_label")
                .params(reportId)
                .query((rs, n) -> new Figure(rs.getString("block"), rs.getString("row_label"), rs.getString("column_label"),
                        rs.getString("figure"), rs.getString("source"), rs.getString("entered_by"),
                        rs.getTimestamp("entered_at").toInstant()))
                .list();
    }

    public void putFigure(long reportId, Figure f) {
        jdbc.sql("DELETE FROM annual_report_figure WHERE report_id = ? AND block = ? AND row_label = ? AND column_label = ?")
                .params(reportId, f.block(), f.row(), f.column()).update();
        jdbc.sql("""
                INSERT INTO annual_report_figure (report_id, block, row_label, column_label, figure, source, entered_by,
                    entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, f.block(), f.row(), f.column(), f.value(), f.source(), f.enteredBy(),
                        Timestamp.from(f.enteredAt()))
                .update();
    }

    public void removeFigure(long reportId, String block, String row, String column) {
        jdbc.sql("DELETE FROM annual_report_figure WHERE report_id = ? AND block = ? AND row_label = ? AND column_label = ?")
                .params(reportId, block, row, column).update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long item = rs.getLong("item_id");
        Long itemId = rs.wasNull() ? null : item;
        return new Row(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("report_year"), rs.getString("scope"),
                rs.getString("status"), rs.getString("section1"), rs.getString("section5"), rs.getString("section6"),
                itemId, rs.getString("frozen_json"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"),
                rs.getInt("version"));
    }
}
