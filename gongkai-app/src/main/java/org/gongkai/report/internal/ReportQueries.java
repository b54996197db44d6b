package org.gongkai.report.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts behind the annual report, straight from the live tables, for a set of agencies (one agency,
 * or a government with its departments and townships) and a calendar year. Each query is one aggregate
 * scan; the rules of the report format decide what is counted:
 * <ul>
 *   <li>本年新收: received in the year (date of receipt, 条例第三十一条);</li>
 *   <li>上年结转: received before the year and not yet answered at its start;</li>
 *   <li>办理结果: answered in the year, by reply type and ground;</li>
 *   <li>结转下年度: received by the year's end and not answered by then.</li>
 * </ul>
 * With these definitions 一 + 二 = （七） + 四 holds by construction, per applicant column.
 */
@Repository
public class ReportQueries {

    private final JdbcClient jdbc;

    public ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A count by applicant type, optionally by reply type and ground. */
    public record Count(String replyType, String ground, String applicantType, long n) {
    }

    public List<Count> receivedInYear(List<Long> agencies, int year) {
        return counts("""
                SELECT NULL, NULL, applicant_type, COUNT(*) FROM info_request
                WHERE agency_id IN (%s) AND received_on BETWEEN :from AND :to GROUP BY applicant_type""", agencies, year);
    }

    public List<Count> carriedIn(List<Long> agencies, int year) {
        return counts("""
                SELECT NULL, NULL, applicant_type, COUNT(*) FROM info_request
                WHERE agency_id IN (%s) AND received_on < :from AND (replied_on IS NULL OR replied_on >= :from)
                  AND received_on IS NOT NULL
                GROUP BY applicant_type""", agencies, year);
    }

    public List<Count> repliedInYear(List<Long> agencies, int year) {
        return counts("""
                SELECT reply_type, reply_ground, applicant_type, COUNT(*) FROM info_request
                WHERE agency_id IN (%s) AND replied_on BETWEEN :from AND :to
                GROUP BY reply_type, reply_ground, applicant_type""", agencies, year);
    }

    public List<Count> carriedOut(List<Long> agencies, int year) {
        return counts("""
                SELECT NULL, NULL, applicant_type, COUNT(*) FROM info_request
                WHERE agency_id IN (%s) AND received_on <= :to AND (replied_on IS NULL OR replied_on > :to)
                GROUP BY applicant_type""", agencies, year);
    }

    /**
     * 行政复议/行政诉讼 filed in the year against replies, by kind and result; a case decided after the
     * year's end is counted as 尚未审结 (as the report stood at year end).
     */
    public List<Count> appeals(List<Long> agencies, int year) {
        // grouped in an outer query: PostgreSQL does not match a GROUP BY expression holding a parameter with
        // the same expression in the select list (each ? is its own parameter), and refused the statement
        return counts("""
                SELECT kind, outcome, NULL, COUNT(*) FROM (
                  SELECT p.kind AS kind,
                         CASE WHEN p.decided_on IS NULL OR p.decided_on > :to THEN 'PENDING' ELSE p.result END AS outcome
                  FROM info_request_appeal p JOIN info_request r ON r.id = p.request_id
                  WHERE r.agency_id IN (%s) AND p.filed_on BETWEEN :from AND :to) x
                GROUP BY kind, outcome""",
                agencies, year);
    }

    /** 信息处理费 actually paid in the year (yuan) and the number of requests that paid. */
    public long[] feesPaid(List<Long> agencies, int year) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(n.fee_yuan), 0), COUNT(*) FROM info_request_event n
                JOIN info_request r ON r.id = n.request_id
                JOIN info_request_event p ON p.request_id = n.request_id AND p.action = 'FEE_PAID'
                WHERE r.agency_id IN (%s) AND n.action = 'FEE_NOTICE' AND p.on_date BETWEEN :from AND :to""".formatted(in(agencies)))
                .param("a", ids(agencies)).param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /**
     * 行政规范性文件 (第二十条第（一）项): published in the year; abolished or expired in the year; in force at
     * the year's end (published by then and not abolished/expired by then).
     */
    public long[] normativeDocuments(List<Long> agencies, int year) {
        return jdbc.sql("""
                SELECT
                  SUM(CASE WHEN published_on BETWEEN :from AND :to THEN 1 ELSE 0 END),
                  SUM(CASE WHEN validity IN ('ABOLISHED', 'EXPIRED') AND validity_changed_on BETWEEN :from AND :to
                      THEN 1 ELSE 0 END),
                  SUM(CASE WHEN published_on <= :to AND (validity NOT IN ('ABOLISHED', 'EXPIRED')
                      OR validity_changed_on > :to) THEN 1 ELSE 0 END)
                FROM item WHERE agency_id IN (%s) AND normative = TRUE AND status = 'PUBLISHED'""".formatted(in(agencies)))
                .param("a", ids(agencies)).param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    /** Items published in the year by top-level category name, in catalogue order (for section 一). */
    public Map<String, Long> publishedByCategory(List<Long> agencies, int year) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT COALESCE(p.name, c.name) AS name, MIN(COALESCE(p.sort_order, c.sort_order)) AS s, COUNT(*) AS n
                FROM item i JOIN category c ON c.id = i.category_id
                LEFT JOIN category p ON p.agency_id = c.agency_id AND p.code = c.parent_code
                WHERE i.agency_id IN (%s) AND i.status = 'PUBLISHED' AND i.published_on BETWEEN :from AND :to
                GROUP BY COALESCE(p.name, c.name) ORDER BY s, name""".formatted(in(agencies)))
                .param("a", ids(agencies)).param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> out.put(rs.getString("name"), rs.getLong("n"))).list();
        return out;
    }

    /**
     * The agency filter. A roll-up passes hundreds of ids; as a list of parameters ({@code agency_id IN (?, ?, …)})
     * H2 compares every scanned row with each of them in turn, which made the county roll-up of 500 agencies
     * cost seconds (bench/report). Through a subquery on {@code agency} the set is built once and looked up by
     * hash, on H2 and PostgreSQL alike; one agency (the OWN report) stays a plain parameter.
     */
    static String in(List<Long> agencies) {
        return agencies.size() <= 1 ? ":a" : "SELECT id FROM agency WHERE id IN (:a)";
    }

    private static List<Long> ids(List<Long> agencies) {
        return agencies.isEmpty() ? List.of(-1L) : agencies;
    }

    private List<Count> counts(String sql, List<Long> agencies, int year) {
        List<Count> out = new ArrayList<>();
        jdbc.sql(sql.formatted(in(agencies))).param("a", ids(agencies))
                .param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .query((rs, n) -> out.add(new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))))
                .list();
        return out;
    }
}
