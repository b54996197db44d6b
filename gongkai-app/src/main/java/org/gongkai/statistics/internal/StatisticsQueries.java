package org.gongkai.statistics.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregate SQL behind the statistics. Written once for H2 (MODE=PostgreSQL) and PostgreSQL:
 * EXTRACT(MONTH FROM …) for months, half-open date ranges [1 Jan, 1 Jan next year) for years (so the
 * (agency_id, status, published_on) and (agency_id, received_on) indexes serve them), CASE instead of
 * FILTER, column aliases that are keywords in neither (H2 reserves MONTH), and the agency condition
 * added to the text rather than "(? IS NULL OR …)", because PostgreSQL cannot type a parameter that is
 * only ever compared with NULL. Counting happens in the database;
 * only what needs the working-day calendar (reply times, lateness) comes back row by row.
 */
@Repository
public class StatisticsQueries {

    /** Stored status names of requests still being handled (RequestStatuses.isOpen), for SQL IN lists. */
    static final String OPEN_STATUSES = "('SUBMITTED','IN_PROGRESS','AWAITING_SUPPLEMENT','CONSULTING','AWAITING_FEE')";

    /** Published items per category code and month; categories are per agency, so the county sums by code. */
    public record CategoryMonthCount(String code, String name, int sortOrder, int month, long count) {
    }

    /** A request replied to in the year, with what reply times and punctuality need. */
    public record RepliedRow(long agencyId, LocalDate receivedOn, LocalDate repliedOn, LocalDate dueOn, String replyType) {
    }

    /** A published item with the dates 条例第二十六条 compares. */
    public record PublishedRow(long id, long agencyId, String agencyName, String title, String indexNo,
                               LocalDate writtenOn, LocalDate publishedOn) {
    }

    private final JdbcClient jdbc;

    public StatisticsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CategoryMonthCount> publishedByCategoryAndMonth(Long agencyId, int year) {
        String sql = """
                SELECT c.code AS code, MIN(c.name) AS name, MIN(c.sort_order) AS sort_order,
                       EXTRACT(MONTH FROM i.published_on) AS month_no, COUNT(*) AS n
                FROM item i JOIN category c ON c.id = i.category_id
                WHERE i.status = 'PUBLISHED' AND i.published_on >= :from AND i.published_on < :to
                """ + agency("i", agencyId) + """
                GROUP BY c.code, EXTRACT(MONTH FROM i.published_on)
                """;
        return year(jdbc.sql(sql), year, agencyId)
                .query((rs, n) -> new CategoryMonthCount(rs.getString("code"), rs.getString("name"),
                        rs.getInt("sort_order"), rs.getInt("month_no"), rs.getLong("n")))
                .list();
    }

    /** Requests received per month (those with a date of receipt: unconfirmed online submissions have none yet). */
    public long[] receivedByMonth(Long agencyId, int year) {
        return byMonth("received_on", agencyId, year);
    }

    /** Requests replied to per month (the reply ends the statutory clock, whatever happens after). */
    public long[] repliedByMonth(Long agencyId, int year) {
        return byMonth("replied_on", agencyId, year);
    }

    private long[] byMonth(String column, Long agencyId, int year) {
        String sql = "SELECT EXTRACT(MONTH FROM r." + column + ") AS month_no, COUNT(*) AS n FROM info_request r"
                + " WHERE r." + column + " >= :from AND r." + column + " < :to " + agency("r", agencyId)
                + " GROUP BY EXTRACT(MONTH FROM r." + column + ")";
        long[] months = new long[12];
        year(jdbc.sql(sql), year, agencyId).query(rs -> {
            months[rs.getInt("month_no") - 1] = rs.getLong("n");
        });
        return months;
    }

    /** Replies of the year by type, in the database's words (ReplyType names). */
    public Map<String, Long> replyTypes(Long agencyId, int year) {
        String sql = "SELECT r.reply_type AS t, COUNT(*) AS n FROM info_request r"
                + " WHERE r.replied_on >= :from AND r.replied_on < :to AND r.reply_type IS NOT NULL "
                + agency("r", agencyId) + " GROUP BY r.reply_type";
        Map<String, Long> counts = new LinkedHashMap<>();
        year(jdbc.sql(sql), year, agencyId).query(rs -> {
            counts.put(rs.getString("t"), rs.getLong("n"));
        });
        return counts;
    }

    public List<RepliedRow> replied(Long agencyId, int year) {
        String sql = "SELECT r.agency_id, r.received_on, r.replied_on, r.due_on, r.reply_type FROM info_request r"
                + " WHERE r.replied_on >= :from AND r.replied_on < :to AND r.received_on IS NOT NULL "
                + agency("r", agencyId);
        return year(jdbc.sql(sql), year, agencyId)
                .query((rs, n) -> new RepliedRow(rs.getLong("agency_id"), rs.getObject("received_on", LocalDate.class),
                        rs.getObject("replied_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getString("reply_type")))
                .list();
    }

    /** Open requests now, and those of them past their due date, per agency (one row per agency with any). */
    public Map<Long, long[]> openAndOverdue(Long agencyId, LocalDate today) {
        String sql = "SELECT r.agency_id AS agency_id, COUNT(*) AS open_count,"
                + " SUM(CASE WHEN r.due_on < :today THEN 1 ELSE 0 END) AS overdue_count"
                + " FROM info_request r WHERE r.status IN " + OPEN_STATUSES + " " + agency("r", agencyId)
                + " GROUP BY r.agency_id";
        JdbcClient.StatementSpec spec = jdbc.sql(sql).param("today", Date.valueOf(today));
        if (agencyId != null) {
            spec = spec.param("agency", agencyId);
        }
        Map<Long, long[]> result = new LinkedHashMap<>();
        spec.query(rs -> {
            result.put(rs.getLong("agency_id"), new long[] {rs.getLong("open_count"), rs.getLong("overdue_count")});
        });
        return result;
    }

    /** Every item published in the year (the whole county when {@code agencyId} is null), oldest first. */
    public List<PublishedRow> published(Long agencyId, int year) {
        String sql = """
                SELECT i.id, i.agency_id, a.name AS agency_name, i.title, i.index_no, i.written_on, i.published_on
                FROM item i JOIN agency a ON a.id = i.agency_id
                WHERE i.status = 'PUBLISHED' AND i.published_on >= :from AND i.published_on < :to
                """ + agency("i", agencyId) + " ORDER BY i.published_on, i.id";
        List<PublishedRow> rows = new ArrayList<>();
        year(jdbc.sql(sql), year, agencyId).query(rs -> {
            rows.add(new PublishedRow(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
                    rs.getString("title"), rs.getString("index_no"), rs.getObject("written_on", LocalDate.class),
                    rs.getObject("published_on", LocalDate.class)));
        });
        return rows;
    }

    private static String agency(String alias, Long agencyId) {
        return agencyId == null ? "" : " AND " + alias + ".agency_id = :agency ";
    }

    private static JdbcClient.StatementSpec year(JdbcClient.StatementSpec spec, int year, Long agencyId) {
        JdbcClient.StatementSpec s = spec.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year + 1, 1, 1)));
        return agencyId == null ? s : s.param("agency", agencyId);
    }
}
