package org.gongkai.bench.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.gongkai.report.internal.ReportQueries;

/**
 * Bench-only (never packaged): loads a generated county straight into the application's schema with JDBC
 * batches, and times the report's SQL and the "floor" (one scan that counts the same rows) through JDBC.
 *
 * <pre>
 *   java ReportBench generate &lt;jdbc-url&gt; &lt;user&gt; &lt;password&gt;     # the schema must exist (the app created it)
 *   java ReportBench floor    &lt;jdbc-url&gt; &lt;user&gt; &lt;password&gt;     # prints p50/p95 per statement
 * </pre>
 * System properties: {@code agencies} (500), {@code items} (1,000,000), {@code requests} (200,000),
 * {@code bodyChars} (200: length of each item's body text), {@code seed}, {@code year} (2024), {@code runs} (30).
 * The generator prints {@code TYPICAL=<code>} and {@code ROOT=<code>} for run.sh.
 */
public final class ReportBench {

    static final int AGENCIES = Integer.getInteger("agencies", 500);
    static final int ITEMS = Integer.getInteger("items", 1_000_000);
    static final int REQUESTS = Integer.getInteger("requests", 200_000);
    static final int BODY_CHARS = Integer.getInteger("bodyChars", 200);
    static final long SEED = Long.getLong("seed", 20261128L);
    static final int YEAR = Integer.getInteger("year", 2024);
    static final int RUNS = Integer.getInteger("runs", 30);
    static final int BATCH = 5_000;
    static final LocalDate FIRST = LocalDate.of(2021, 1, 1);
    static final LocalDate LAST = LocalDate.of(2025, 12, 31);
    static final int DAYS = (int) (LAST.toEpochDay() - FIRST.toEpochDay()) + 1;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ReportBench generate|floor <jdbc-url> <user> <password>");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection(args[1], args[2], args[3])) {
            switch (args[0]) {
                case "generate" -> generate(c);
                case "floor" -> floor(c);
                default -> throw new IllegalArgumentException(args[0]);
            }
        }
    }

    // ------------------------------------------------------------------ generation

    static void generate(Connection c) throws Exception {
        long t0 = System.nanoTime();
        Random rnd = new Random(SEED);
        c.setAutoCommit(false);
        long root = single(c, "SELECT id FROM agency WHERE parent_id IS NULL");
        if (single(c, "SELECT COUNT(*) FROM item") > 0 || single(c, "SELECT COUNT(*) FROM agency") > 1) {
            throw new IllegalStateException("the database already holds a county; start from an empty one");
        }
        Timestamp now = Timestamp.valueOf("2026-01-05 09:00:00");

        // agencies: the root exists (AdminBootstrap); ~4/5 departments, the rest townships
        int departments = (AGENCIES - 1) * 400 / 499;
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO agency (code, name, short_name, kind, parent_id, sort_order, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 1; i < AGENCIES; i++) {
                boolean dept = i <= departments;
                ps.setString(1, String.format("BENCH%013d", i));
                ps.setString(2, dept ? "青山县第" + i + "局" : "青山县第" + i + "镇人民政府");
                ps.setString(3, dept ? "第" + i + "局" : "第" + i + "镇");
                ps.setString(4, dept ? "DEPARTMENT" : "TOWNSHIP");
                ps.setLong(5, root);
                ps.setInt(6, i);
                ps.setTimestamp(7, now);
                ps.setTimestamp(8, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // each agency's catalogue: a copy of the county template (what AgencyCreated does in the app)
        try (Statement st = c.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO category (agency_id, code, name, parent_code, sort_order, description, placeholder)
                    SELECT a.id, t.code, t.name, t.parent_code, t.sort_order, t.description, t.placeholder
                    FROM agency a CROSS JOIN category t
                    WHERE t.agency_id IS NULL
                      AND NOT EXISTS (SELECT 1 FROM category x WHERE x.agency_id = a.id AND x.code = t.code)""");
        }
        c.commit();
        long[] ids = longs(c, "SELECT id FROM agency ORDER BY id");
        Map<Long, Map<String, Long>> cats = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT agency_id, code, id FROM category WHERE agency_id IS NOT NULL")) {
            while (rs.next()) {
                cats.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
            }
        }
        System.out.printf("agencies: %d, categories: %d (%.1f s)%n", ids.length,
                cats.values().stream().mapToInt(Map::size).sum(), secs(t0));

        // skewed sizes: a few large agencies, many small ones (weights 0.2..~8)
        double[] itemW = weights(rnd, ids.length);
        double[] reqW = weights(rnd, ids.length);
        int[] itemsPer = spread(itemW, ITEMS);
        int[] reqPer = spread(reqW, REQUESTS);

        long t1 = System.nanoTime();
        items(c, rnd, ids, cats, itemsPer, now);
        System.out.printf("items: %,d in %.1f s%n", ITEMS, secs(t1));
        long t2 = System.nanoTime();
        long[] counts = requests(c, rnd, ids, reqPer, now);
        System.out.printf("requests: %,d, events: %,d, appeals: %,d in %.1f s%n", REQUESTS, counts[0], counts[1], secs(t2));
        c.commit();

        // the typical agency: a department whose item and request counts are both near the median
        int[] order = java.util.stream.IntStream.range(1, ids.length).boxed()
                .sorted((a, b) -> Double.compare(Math.abs(itemsPer[a] - median(itemsPer)) / (double) median(itemsPer)
                                + Math.abs(reqPer[a] - median(reqPer)) / (double) median(reqPer),
                        Math.abs(itemsPer[b] - median(itemsPer)) / (double) median(itemsPer)
                                + Math.abs(reqPer[b] - median(reqPer)) / (double) median(reqPer)))
                .mapToInt(Integer::intValue).toArray();
        int typical = order[0];
        System.out.printf("typical agency: index %d, %d items, %d requests (medians %d / %d)%n", typical,
                itemsPer[typical], reqPer[typical], median(itemsPer), median(reqPer));
        if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            long ta = System.nanoTime();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("VACUUM ANALYZE");
            }
            System.out.printf("VACUUM ANALYZE: %.1f s%n", secs(ta));
        } else {
            try (Statement st = c.createStatement()) {
                st.execute("ANALYZE");
            }
        }
        System.out.printf("generated in %.1f s%n", secs(t0));
        System.out.println("TYPICAL=" + string(c, "SELECT code FROM agency WHERE id = " + ids[typical]));
        System.out.println("ROOT=" + string(c, "SELECT code FROM agency WHERE id = " + root));
    }

    static final String[] ITEM_CATS = {"JGXX", "ZCWJ", "ZCJD", "GHJH", "TZGG", "GZDT", "RSXX", "CZXX-YS", "CZXX-JS",
            "YJGL", "ZDLY"};
    static final double[] ITEM_CAT_W = {2, 8, 4, 3, 20, 40, 4, 3, 2, 4, 10};
    static final String SENTENCES = "为进一步做好政府信息公开工作，根据《中华人民共和国政府信息公开条例》有关规定，结合本单位实际，"
            + "现将有关事项通知如下。各单位要高度重视，认真组织实施，确保各项工作落到实处。本通知自发布之日起施行。"
            + "请各乡镇人民政府、县政府各部门按照职责分工抓好落实，及时报送工作进展情况。";

    static void items(Connection c, Random rnd, long[] ids, Map<Long, Map<String, Long>> cats, int[] per, Timestamp now)
            throws Exception {
        StringBuilder body = new StringBuilder();
        while (body.length() < BODY_CHARS) {
            body.append(SENTENCES);
        }
        String bodyText = "<p>" + body.substring(0, BODY_CHARS) + "</p>";
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO item (agency_id, category_id, index_no, title, doc_no, written_on, published_on, topic, genre,
                  normative, valid_from, disclosure_method, disclosure_scope, summary, body_html, status, validity,
                  validity_changed_on, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '主动公开', '面向社会', ?, ?, 'PUBLISHED', ?, ?, ?, ?, 1)""")) {
            int n = 0;
            for (int a = 0; a < ids.length; a++) {
                Map<String, Long> ac = cats.get(ids[a]);
                for (int k = 0; k < per[a]; k++) {
                    String cat = ITEM_CATS[pick(rnd, ITEM_CAT_W)];
                    LocalDate pub = dateSkewedRecent(rnd);
                    boolean normative = cat.equals("ZCWJ") && rnd.nextDouble() < 0.3;
                    String validity = "VALID";
                    LocalDate changed = null;
                    if (normative) {
                        double r = rnd.nextDouble();
                        if (r < 0.15) {
                            changed = pub.plusDays(30 + rnd.nextInt(1500));
                            validity = r < 0.10 ? "ABOLISHED" : "EXPIRED";
                        } else if (r < 0.20) {
                            changed = pub.plusDays(30 + rnd.nextInt(1500));
                            validity = "AMENDED";
                        }
                        if (changed != null && changed.isAfter(LAST)) {
                            changed = null;
                            validity = "VALID";
                        }
                    }
                    n++;
                    ps.setLong(1, ids[a]);
                    ps.setLong(2, ac.get(cat));
                    ps.setString(3, String.format("B%03d-%d-%07d", a, pub.getYear(), k));
                    ps.setString(4, "关于" + cat + "工作的通知（第" + n + "号）");
                    ps.setString(5, normative ? "青政规〔" + pub.getYear() + "〕" + (k % 500 + 1) + "号" : null);
                    ps.setDate(6, Date.valueOf(pub.minusDays(rnd.nextInt(10))));
                    ps.setDate(7, Date.valueOf(pub));
                    ps.setString(8, "综合政务\\政务公开");
                    ps.setString(9, normative ? "规定" : "通知");
                    ps.setBoolean(10, normative);
                    ps.setDate(11, normative ? Date.valueOf(pub) : null);
                    ps.setString(12, "本文件涉及" + cat + "相关事项。");
                    ps.setString(13, bodyText);
                    ps.setString(14, validity);
                    ps.setDate(15, changed == null ? null : Date.valueOf(changed));
                    ps.setTimestamp(16, Timestamp.valueOf(pub.atTime(9, 0)));
                    ps.setTimestamp(17, Timestamp.valueOf(pub.atTime(10, 0)));
                    ps.addBatch();
                    if (n % BATCH == 0) {
                        ps.executeBatch();
                        c.commit();
                        if (n % 100_000 == 0) {
                            System.out.printf("  items %,d%n", n);
                        }
                    }
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }

    static final String[] APPLICANT = {"NATURAL_PERSON", "COMMERCIAL_ENTERPRISE", "RESEARCH_INSTITUTION",
            "PUBLIC_INTEREST_ORG", "LEGAL_SERVICE_ORG", "OTHER"};
    static final double[] APPLICANT_W = {85, 8, 1, 1, 3, 2};
    /** reply type, ground (null for none), weight. */
    static final String[][] REPLIES = {
            {"GRANTED", null, "38"}, {"PARTIALLY_GRANTED", null, "8"},
            {"WITHHELD", "STATE_SECRET", "0.3"}, {"WITHHELD", "PROHIBITED_BY_LAW", "0.3"},
            {"WITHHELD", "SECURITY_STABILITY", "0.2"}, {"WITHHELD", "THIRD_PARTY_RIGHTS", "1.5"},
            {"WITHHELD", "INTERNAL_AFFAIRS", "0.8"}, {"WITHHELD", "PROCESS_INFORMATION", "1.2"},
            {"WITHHELD", "ENFORCEMENT_FILE", "0.5"}, {"WITHHELD", "ADMINISTRATIVE_QUERY", "0.7"},
            {"UNABLE_TO_PROVIDE", "NOT_HELD", "20"}, {"UNABLE_TO_PROVIDE", "NEEDS_CREATION", "3"},
            {"UNABLE_TO_PROVIDE", "UNCLEAR_AFTER_SUPPLEMENT", "1.5"},
            {"NOT_PROCESSED", "PETITION_COMPLAINT", "5"}, {"NOT_PROCESSED", "REPEATED", "4"},
            {"NOT_PROCESSED", "PUBLICATION", "0.5"}, {"NOT_PROCESSED", "EXCESSIVE", "1"},
            {"NOT_PROCESSED", "CONFIRMATION", "1.5"},
            {"OTHER", "NO_SUPPLEMENT", "5"}, {"OTHER", "FEE_NOT_PAID", "0.3"}, {"OTHER", "OTHER", "5.7"}};
    static final String[] CHANNELS = {"ONLINE", "IN_PERSON", "REGISTERED_POST", "POST", "FAX", "EMAIL"};
    static final double[] CHANNEL_W = {60, 15, 15, 5, 1, 4};

    /** Returns {events, appeals}. */
    static long[] requests(Connection c, Random rnd, long[] ids, int[] per, Timestamp now) throws Exception {
        double[] replyW = Arrays.stream(REPLIES).mapToDouble(r -> Double.parseDouble(r[2])).toArray();
        long reqId = single(c, "SELECT COALESCE(MAX(id), 0) FROM info_request") + 1;
        long events = 0;
        long appeals = 0;
        // the request ids are given explicitly so that events and appeals can be batched alongside
        try (PreparedStatement rq = c.prepareStatement("""
                INSERT INTO info_request (id, tracking_no, secret_hash, agency_id, channel, submitted_at, received_on,
                  applicant_type, applicant_name, id_type, id_number, phone, description, purpose, preferred_form, delivery,
                  status, due_on, provisional, reply_type, reply_ground, replied_on, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PAPER', 'POST', ?, ?, FALSE, ?, ?, ?, 1)""");
             PreparedStatement ev = c.prepareStatement("""
                INSERT INTO info_request_event (request_id, action, on_date, recorded_at, actor_name, reply_type, reply_ground,
                  fee_yuan) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement ap = c.prepareStatement("""
                INSERT INTO info_request_appeal (request_id, kind, filed_on, result, decided_on, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, '法制科', ?)""")) {
            int n = 0;
            for (int a = 0; a < ids.length; a++) {
                for (int k = 0; k < per[a]; k++) {
                    long id = reqId++;
                    n++;
                    LocalDate received = FIRST.plusDays(rnd.nextInt(DAYS));
                    String applicant = APPLICANT[pick(rnd, APPLICANT_W)];
                    // replied after 3–28 days, 8 % extended (up to 45), 0.3 % still open; December requests
                    // run into January, so a few % are open across each year's end
                    LocalDate replied;
                    double r = rnd.nextDouble();
                    if (r < 0.003 && received.getYear() >= 2025) {
                        replied = null;
                    } else if (r < 0.08) {
                        replied = received.plusDays(29 + rnd.nextInt(17));
                    } else {
                        replied = received.plusDays(3 + rnd.nextInt(26));
                    }
                    String[] reply = replied == null ? null : REPLIES[pick(rnd, replyW)];
                    String status = replied == null ? "IN_PROGRESS"
                            : replied.isBefore(LocalDate.of(2025, 6, 30)) ? "ARCHIVED" : "DELIVERED";
                    rq.setLong(1, id);
                    rq.setString(2, String.format("BR%010d", id));
                    rq.setString(3, "0".repeat(56) + String.format("%08x", id));
                    rq.setLong(4, ids[a]);
                    rq.setString(5, CHANNELS[pick(rnd, CHANNEL_W)]);
                    rq.setTimestamp(6, Timestamp.valueOf(received.atTime(10, 0)));
                    rq.setDate(7, Date.valueOf(received));
                    rq.setString(8, applicant);
                    boolean person = applicant.equals("NATURAL_PERSON");
                    rq.setString(9, person ? "申请人" + (id % 5000) : "某某公司" + (id % 700));
                    rq.setString(10, person ? "ID_CARD" : null);
                    rq.setString(11, person ? String.format("3301%014d", id % 50_000) : null);
                    rq.setString(12, "1380000" + String.format("%04d", id % 10_000));
                    rq.setString(13, "申请公开本单位" + received.getYear() + "年度关于某事项的相关文件及批复材料。");
                    rq.setString(14, "了解相关政策");
                    rq.setString(15, status);
                    rq.setDate(16, Date.valueOf(received.plusDays(28)));
                    rq.setString(17, reply == null ? null : reply[0]);
                    rq.setString(18, reply == null ? null : reply[1]);
                    rq.setDate(19, replied == null ? null : Date.valueOf(replied));
                    rq.addBatch();
                    event(ev, id, "REGISTER", received, null, null, null);
                    events++;
                    if (replied != null) {
                        if (rnd.nextDouble() < 0.006) { // 信息处理费: notice, paid in 70 % of cases
                            LocalDate notice = received.plusDays(2);
                            event(ev, id, "FEE_NOTICE", notice, null, null, (long) (100 + rnd.nextInt(19) * 100));
                            events++;
                            if (rnd.nextDouble() < 0.7) {
                                event(ev, id, "FEE_PAID", notice.plusDays(1 + rnd.nextInt(5)), null, null, null);
                                events++;
                            }
                        }
                        event(ev, id, "REPLY", replied, reply[0], reply[1], null);
                        event(ev, id, "DELIVERED", replied.plusDays(1 + rnd.nextInt(3)), null, null, null);
                        events += 2;
                        if (rnd.nextDouble() < 0.012) { // 行政复议 / 行政诉讼
                            double kd = rnd.nextDouble();
                            String kind = kd < 0.7 ? "RECONSIDERATION" : kd < 0.9 ? "LITIGATION" : "LITIGATION_AFTER_RECONSIDERATION";
                            LocalDate filed = replied.plusDays(10 + rnd.nextInt(50));
                            LocalDate decided = filed.plusDays(45 + rnd.nextInt(120));
                            double o = rnd.nextDouble();
                            String result = o < 0.72 ? "UPHELD" : o < 0.85 ? "CORRECTED" : "OTHER";
                            if (decided.isAfter(LocalDate.of(2026, 3, 31))) {
                                decided = null;
                                result = "PENDING";
                            }
                            ap.setLong(1, id);
                            ap.setString(2, kind);
                            ap.setDate(3, Date.valueOf(filed));
                            ap.setString(4, result);
                            ap.setDate(5, decided == null ? null : Date.valueOf(decided));
                            ap.setTimestamp(6, Timestamp.valueOf(filed.atTime(15, 0)));
                            ap.addBatch();
                            appeals++;
                        }
                    }
                    if (n % BATCH == 0) {
                        rq.executeBatch();
                        ev.executeBatch();
                        ap.executeBatch();
                        c.commit();
                    }
                }
            }
            rq.executeBatch();
            ev.executeBatch();
            ap.executeBatch();
            c.commit();
        }
        // the identity must continue after the explicit ids (the app inserts requests too)
        String product = c.getMetaData().getDatabaseProductName().toLowerCase();
        try (Statement st = c.createStatement()) {
            if (product.contains("postgres")) {
                st.execute("SELECT setval(pg_get_serial_sequence('info_request', 'id'), " + (reqId - 1) + ")");
            } else {
                st.execute("ALTER TABLE info_request ALTER COLUMN id RESTART WITH " + reqId);
            }
        }
        c.commit();
        return new long[] {events, appeals};
    }

    static void event(PreparedStatement ev, long id, String action, LocalDate on, String type, String ground, Long fee)
            throws Exception {
        ev.setLong(1, id);
        ev.setString(2, action);
        ev.setDate(3, Date.valueOf(on));
        ev.setTimestamp(4, Timestamp.valueOf(on.atTime(11, 0)));
        ev.setString(5, "经办人");
        ev.setString(6, type);
        ev.setString(7, ground);
        if (fee == null) {
            ev.setNull(8, java.sql.Types.BIGINT);
        } else {
            ev.setLong(8, fee);
        }
        ev.addBatch();
    }

    /** More items in recent years (2021: 14 %, … 2025: 26 %). */
    static LocalDate dateSkewedRecent(Random rnd) {
        double[] w = {14, 17, 20, 23, 26};
        int y = pick(rnd, w);
        LocalDate start = LocalDate.of(2021 + y, 1, 1);
        return start.plusDays(rnd.nextInt(start.lengthOfYear()));
    }

    static double[] weights(Random rnd, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.2 + -Math.log(1 - rnd.nextDouble()) * (i == 0 ? 3 : 1); // exponential; the root a bit larger
        }
        return w;
    }

    static int[] spread(double[] w, int total) {
        double sum = Arrays.stream(w).sum();
        int[] out = new int[w.length];
        int given = 0;
        for (int i = 0; i < w.length; i++) {
            out[i] = (int) Math.floor(total * w[i] / sum);
            given += out[i];
        }
        for (int i = 0; given < total; i = (i + 1) % w.length) {
            out[i]++;
            given++;
        }
        return out;
    }

    static int median(int[] a) {
        int[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static int pick(Random rnd, double[] w) {
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double r = rnd.nextDouble() * sum;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0) {
                return i;
            }
        }
        return w.length - 1;
    }

    // ------------------------------------------------------------------ floor and per-query timing

    static void floor(Connection c) throws Exception {
        String typicalCode = System.getProperty("typical");
        long typical = single(c, "SELECT id FROM agency WHERE code = '" + typicalCode + "'");
        long[] all = longs(c, "SELECT id FROM agency ORDER BY id");
        System.out.printf("floor and report SQL through JDBC, %d runs each after 3 warm-up runs, year %d%n", RUNS, YEAR);
        for (String scope : List.of("OWN", "ROLLUP")) {
            long[] ids = scope.equals("OWN") ? new long[] {typical} : all;
            String in = Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(","));
            // the floor counts the county as a whole without an agency condition (a hand-written count would
            // not name all 500 agencies), one agency by its id
            String floorIn = ids.length == all.length ? "agency_id IS NOT NULL" : "agency_id IN (" + in + ")";
            System.out.printf("-- %s (%d agenc%s)%n", scope, ids.length, ids.length == 1 ? "y" : "ies");
            Map<String, String> sql = new java.util.LinkedHashMap<>();
            sql.put("FLOOR replied by type/ground/applicant", """
                    SELECT applicant_type, reply_type, reply_ground, COUNT(*) FROM info_request
                    WHERE %s AND replied_on BETWEEN :from AND :to
                    GROUP BY applicant_type, reply_type, reply_ground""");
            sql.put("FLOOR one scan: all request rows", """
                    SELECT applicant_type, reply_type, reply_ground,
                      SUM(CASE WHEN received_on BETWEEN :from AND :to THEN 1 ELSE 0 END),
                      SUM(CASE WHEN received_on < :from AND (replied_on IS NULL OR replied_on >= :from) THEN 1 ELSE 0 END),
                      SUM(CASE WHEN replied_on BETWEEN :from AND :to THEN 1 ELSE 0 END),
                      SUM(CASE WHEN received_on <= :to AND (replied_on IS NULL OR replied_on > :to) THEN 1 ELSE 0 END)
                    FROM info_request WHERE %s AND received_on <= :to
                      AND (replied_on IS NULL OR replied_on >= :from)
                    GROUP BY applicant_type, reply_type, reply_ground""");
            sql.put("FLOOR items published in year by category", """
                    SELECT category_id, COUNT(*) FROM item
                    WHERE %s AND status = 'PUBLISHED' AND published_on BETWEEN :from AND :to
                    GROUP BY category_id""");
            // the report's own statements, with the agency condition ReportQueries gives them for this set
            String condition = ReportQueries.agencyCondition(new ReportQueries.Agencies(
                    Arrays.stream(ids).boxed().toList(), ids.length == all.length));
            for (Map.Entry<String, String> q : ReportQueries.STATEMENTS.entrySet()) {
                sql.put("q " + q.getKey(), q.getValue().replace("%s", condition.replace(":a", in)));
            }
            double sumQ = 0;
            for (Map.Entry<String, String> e : sql.entrySet()) {
                String s = (e.getKey().startsWith("q ") ? e.getValue() : e.getValue().formatted(floorIn))
                        .replace(":from", "DATE '" + YEAR + "-01-01'").replace(":to", "DATE '" + YEAR + "-12-31'");
                double[] t = time(c, s);
                if (e.getKey().startsWith("q ")) {
                    sumQ += t[0];
                }
                System.out.printf("%-6s %-44s p50 %8.1f ms  p95 %8.1f ms  (last column summed: %,d)%n", scope, e.getKey(), t[0], t[1],
                        (long) t[2]);
            }
            System.out.printf("%-6s %-44s p50 %8.1f ms%n", scope, "sum of the report's 8 queries (p50s)", sumQ);
        }
    }

    /**
     * {p50 ms, p95 ms, sum of the last column}. The statement is prepared once (the agency ids are literals,
     * as a hand-written query would have them) with one dummy parameter that changes per run: H2 reuses a
     * repeated query's result when neither the tables nor the parameters changed.
     */
    static double[] time(Connection c, String sql) throws Exception {
        double[] ms = new double[RUNS];
        long counted = 0;
        String withDummy = sql.matches("(?s).*\\bWHERE\\b.*")
                ? sql.replaceFirst("\\bWHERE\\b", "WHERE ? > 0 AND") : sql;
        try (PreparedStatement ps = c.prepareStatement(withDummy)) {
            for (int i = -3; i < RUNS; i++) {
                long t = System.nanoTime();
                long rows = 0;
                ps.setInt(1, i + 10);
                try (ResultSet rs = ps.executeQuery()) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows += rs.getLong(cols);
                    }
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
                counted = rows;
            }
        }
        Arrays.sort(ms);
        return new double[] {ms[RUNS / 2], ms[(int) Math.ceil(RUNS * 0.95) - 1], counted};
    }

    static long single(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String string(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static long[] longs(Connection c, String sql) throws Exception {
        List<Long> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
