package org.gongkai.calendar.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.calendar.ScheduleChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for holiday schedules and their change log. */
@Repository
public class HolidayScheduleRepository {

    public record Row(int year, String offDays, String workDays, List<String> sources, Instant updatedAt,
                      String updatedBy) {
    }

    private final JdbcClient jdbc;

    public HolidayScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM holiday_schedule").query(Long.class).single();
    }

    public List<Integer> years() {
        return jdbc.sql("SELECT schedule_year FROM holiday_schedule ORDER BY schedule_year").query(Integer.class).list();
    }

    public List<Row> all() {
        return jdbc.sql("SELECT * FROM holiday_schedule ORDER BY schedule_year").query((rs, n) -> row(rs)).list();
    }

    public Optional<Row> find(int year) {
        return jdbc.sql("SELECT * FROM holiday_schedule WHERE schedule_year = ?").params(year)
                .query((rs, n) -> row(rs)).optional();
    }

    public void insert(int year, String off, String work, String sources, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO holiday_schedule (schedule_year, off_days, work_days, sources, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?)""").params(year, off, work, sources, Timestamp.from(at), by).update();
    }

    public void update(int year, String off, String work, String sources, Instant at, String by) {
        jdbc.sql("""
                UPDATE holiday_schedule SET off_days = ?, work_days = ?, sources = ?, updated_at = ?, updated_by = ?
                WHERE schedule_year = ?""").params(off, work, sources, Timestamp.from(at), by, year).update();
    }

    public void recordChange(int year, String kind, String off, String work, String sources, String note, Instant at,
                             String by) {
        jdbc.sql("""
                INSERT INTO holiday_schedule_change (schedule_year, kind, off_days, work_days, sources, note, changed_at,
                                                     changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""").params(year, kind, off, work, sources, note, Timestamp.from(at), by)
                .update();
    }

    public List<ScheduleChange> changes(int year) {
        return jdbc.sql("SELECT * FROM holiday_schedule_change WHERE schedule_year = ? ORDER BY changed_at DESC, id DESC")
                .params(year)
                .query((rs, n) -> new ScheduleChange(rs.getLong("id"), rs.getInt("schedule_year"), rs.getString("kind"),
                        rs.getString("off_days"), rs.getString("work_days"), rs.getString("sources"), rs.getString("note"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
                .list();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        String sources = rs.getString("sources");
        return new Row(rs.getInt("schedule_year"), rs.getString("off_days"), rs.getString("work_days"),
                sources.isBlank() ? List.of() : Arrays.stream(sources.split("\n")).toList(),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
