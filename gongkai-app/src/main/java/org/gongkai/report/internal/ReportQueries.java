package org.gongkai.report.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
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

    /**
     * The agencies a report counts: one, or a government with every agency below it. {@code every} says that the
     * set is every agency on the platform (the county's roll-up), so no agency condition is needed at all and the
     * counts come from the covering indexes' date ranges alone (V8__report_covering_indexes.sql).
     */
    public record Agencies(List<Long> ids, boolean every) {
        public Agencies {
            ids = ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
        }
    }

    /** The report's agency set, and whether it is every agency (compared with the agency table's count). */
    public Agencies agencies(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        long all = jdbc.sql("SELECT COUNT(*) FROM agency").query(Long.class).single();
        return new Agencies(distinct, !distinct.isEmpty() && distinct.size() == all);
    }

    // The statements, by name (bench/report times each of them through JDBC). The %s after an agency column is
    // the agency condition (agencyCondition); :from and :to are the year's first and last day.

    /** 本年新收: received in the year (date of receipt, 条例第三十一条). */
    public static final String RECEIVED_IN_YEAR = """
            SELECT NULL, NULL, applicant_type, COUNT(*) FROM info_request
            WHERE received_on BETWEEN :from AND :to AND agency_id %s GROUP BY applicant_type""";

    /** 上年结转: received before the year and not yet answered at its start. */
    public static final String CARRIED_IN = """
            SELECT NULL, NULL, applicant_type, COUNT(*) FROM info_request
            WHERE received_on < :from AND (replied_on IS NULL OR replied_on >= :from) AND agency_id %s
            GROUP BY applicant_type""";

    /** 办理结果: answered in the year, by reply type and ground. */
    public static final String REPLIED_IN_YEAR = """
            SELECT reply_type, reply_ground, applicant_type, COUNT(*) FROM info_request
            WHERE replied_on BETWEEN :from AND :to AND agency_id %s
            GROUP BY reply_type, reply_ground, applicant_type""";

    /** 结转下年度: received by the year's end and not answered by then. */
    public static final String CARRIED_OUT = """
            SELECT NULL, NULL, applicant_type, COUNT(*) FROM info_request
            WHERE received_on <= :to AND (replied_on IS NULL OR replied_on > :to) AND agency_id %s
            GROUP BY applicant_type""";

    /**
     * 行政复议/行政诉讼 filed in the year against replies, by kind and result; a case decided after the year's end
     * is counted as 尚未审结 (as the report stood at year end). Grouped in an outer query: PostgreSQL does not
     * match a GROUP BY expression holding a parameter with the same expression in the select list (each ? is its
     * own parameter), and refused the statement.
     */
    public static final String APPEALS = """
            SELECT kind, outcome, NULL, COUNT(*) FROM (
              SELECT p.kind AS kind,
                     CASE WHEN p.decided_on IS NULL OR p.decided_on > :to THEN 'PENDING' ELSE p.result END AS outcome
              FROM info_request_appeal p JOIN info_request r ON r.id = p.request_id
              WHERE p.filed_on BETWEEN :from AND :to AND r.agency_id %s) x
            GROUP BY kind, outcome""";

    /** 信息处理费 actually paid in the year (yuan) and the number of requests that paid. */
    public static final String FEES_PAID = """
            SELECT COALESCE(SUM(n.fee_yuan), 0), COUNT(*) FROM info_request_event n
            JOIN info_request r ON r.id = n.request_id
            JOIN info_request_event p ON p.request_id = n.request_id AND p.action = 'FEE_PAID'
            WHERE n.action = 'FEE_NOTICE' AND p.on_date BETWEEN :from AND :to AND r.agency_id %s""";

    /**
     * 行政规范性文件 (第二十条第（一）项): published in the year; abolished or expired in the year; in force at the
     * year's end (published by then and not abolished/expired by then).
     */
    public static final String NORMATIVE_DOCUMENTS = """
            SELECT
              SUM(CASE WHEN published_on BETWEEN :from AND :to THEN 1 ELSE 0 END),
              SUM(CASE WHEN validity IN ('ABOLISHED', 'EXPIRED') AND validity_changed_on BETWEEN :from AND :to
                  THEN 1 ELSE 0 END),
              SUM(CASE WHEN published_on <= :to AND (validity NOT IN ('ABOLISHED', 'EXPIRED')
                  OR validity_changed_on > :to) THEN 1 ELSE 0 END)
            FROM item WHERE normative = TRUE AND status = 'PUBLISHED' AND agency_id %s""";

    /**
     * Items published in the year by top-level category name, in catalogue order (section 一). Counted per
     * category first, then named: joining the categories to every counted item cost a lookup per item.
     */
    public static final String PUBLISHED_BY_CATEGORY = """
            SELECT COALESCE(p.name, c.name) AS name, MIN(COALESCE(p.sort_order, c.sort_order)) AS s, SUM(i.n) AS n
            FROM (SELECT category_id, COUNT(*) AS n FROM item
                  WHERE status = 'PUBLISHED' AND published_on BETWEEN :from AND :to AND agency_id %s
                  GROUP BY category_id) i
            JOIN category c ON c.id = i.category_id
            LEFT JOIN category p ON p.agency_id = c.agency_id AND p.code = c.parent_code
            GROUP BY COALESCE(p.name, c.name) ORDER BY s, name""";

    /** Every statement above by name, for bench/report. */
    public static final Map<String, String> STATEMENTS = statements();

    private static Map<String, String> statements() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("receivedInYear", RECEIVED_IN_YEAR);
        m.put("carriedIn", CARRIED_IN);
        m.put("repliedInYear", REPLIED_IN_YEAR);
        m.put("carriedOut", CARRIED_OUT);
        m.put("appeals", APPEALS);
        m.put("feesPaid", FEES_PAID);
        m.put("normativeDocuments", NORMATIVE_DOCUMENTS);
        m.put("publishedByCategory", PUBLISHED_BY_CATEGORY);
        return java.util.Collections.unmodifiableMap(m);
    }

    public List<Count> receivedInYear(Agencies agencies, int year) {
        return counts(RECEIVED_IN_YEAR, agencies, year);
    }

    public List<Count> carriedIn(Agencies agencies, int year) {
        return counts(CARRIED_IN, agencies, year);
    }

    public List<Count> repliedInYear(Agencies agencies, int year) {
        return counts(REPLIED_IN_YEAR, agencies, year);
    }

    public List<Count> carriedOut(Agencies agencies, int year) {
        return counts(CARRIED_OUT, agencies, year);
    }

    public List<Count> appeals(Agencies agencies, int year) {
        return counts(APPEALS, agencies, year);
    }

    /** {yuan paid, requests that paid}. */
    public long[] feesPaid(Agencies agencies, int year) {
        return statement(FEES_PAID, agencies, year)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** {published in the year, abolished or expired in the year, in force at its end}. */
    public long[] normativeDocuments(Agencies agencies, int year) {
        return statement(NORMATIVE_DOCUMENTS, agencies, year)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
    }

    public Map<String, Long> publishedByCategory(Agencies agencies, int year) {
        Map<String, Long> out = new LinkedHashMap<>();
        statement(PUBLISHED_BY_CATEGORY, agencies, year)
                .query((rs, n) -> out.put(rs.getString("name"), rs.getLong("n"))).list();
        return out;
    }

    /**
     * The agency condition that follows the agency column. Every agency: a condition that always holds (the
     * column is NOT NULL), so the database counts from the date ranges of the covering indexes. A roll-up of some
     * agencies passes the set through a subquery on {@code agency}: as a list of parameters ({@code IN (?, ?, …)})
     * H2 compared every scanned row with each of them in turn, which made a roll-up of 500 agencies cost seconds
     * (bench/report); the subquery is built once and looked up by hash on H2 and PostgreSQL alike. One agency (the
     * OWN report) stays a plain parameter.
     */
    public static String agencyCondition(Agencies agencies) {
        if (agencies.every()) {
            return "IS NOT NULL";
        }
        return agencies.ids().size() == 1 ? "= :a" : "IN (SELECT id FROM agency WHERE id IN (:a))";
    }

    private List<Count> counts(String sql, Agencies agencies, int year) {
        List<Count> out = new ArrayList<>();
        statement(sql, agencies, year)
                .query((rs, n) -> out.add(new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))))
                .list();
        return out;
    }

    private JdbcClient.StatementSpec statement(String sql, Agencies agencies, int year) {
        return jdbc.sql(sql.formatted(agencyCondition(agencies))).param("a", agencies.ids())
                .param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .param("to", Date.valueOf(LocalDate.of(year, 12, 31)));
    }
}
