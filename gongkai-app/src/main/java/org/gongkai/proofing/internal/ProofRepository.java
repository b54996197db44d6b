package org.gongkai.proofing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.proofing.ProofRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for proofreading runs, findings, overrides, whitelists, county rules and scans. */
@Repository
public class ProofRepository {

    private final JdbcClient jdbc;

    public ProofRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertRun(long itemId, long agencyId, String phase, Instant at, String hash, int block, int warn, int info,
                          Long scanId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO proof_run (item_id, agency_id, phase, run_at, content_hash, block_count, warn_count,
                    info_count, scan_id) VALUES (:i, :a, :p, :t, :h, :b, :w, :n, :s)""")
                .param("i", itemId).param("a", agencyId).param("p", phase).param("t", Timestamp.from(at))
                .param("h", hash).param("b", block).param("w", warn).param("n", info).param("s", scanId)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertFinding(long runId, ProofRun.StoredFinding f) {
        jdbc.sql("""
                INSERT INTO proof_finding (run_id, part, location, start_pos, end_pos, category, severity, found,
                    suggestion, message, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(runId, cut(f.part(), 300), cut(f.location(), 300), f.start(), f.end(), f.category(),
                        f.severity(), cut(f.text(), 500), cut(f.suggestion(), 500), cut(f.message(), 1000),
                        cut(f.rule(), 80))
                .update();
    }

    public void insertOverride(long runId, String reason, String by, Instant at) {
        jdbc.sql("INSERT INTO proof_override (run_id, reason, by_name, at) VALUES (?, ?, ?, ?)")
                .params(runId, reason, by, Timestamp.from(at)).update();
    }

    public Optional<ProofRun> latest(long itemId) {
        return jdbc.sql("SELECT id FROM proof_run WHERE item_id = ? ORDER BY id DESC LIMIT 1").params(itemId)
                .query(Long.class).optional().map(this::run);
    }

    /** The latest run of a phase (e.g. the sign-off check shown on the 审批单). */
    public Optional<ProofRun> latest(long itemId, String phase) {
        return jdbc.sql("SELECT id FROM proof_run WHERE item_id = ? AND phase = ? ORDER BY id DESC LIMIT 1")
                .params(itemId, phase).query(Long.class).optional().map(this::run);
    }

    public ProofRun run(long runId) {
        List<ProofRun.StoredFinding> findings = jdbc.sql("SELECT * FROM proof_finding WHERE run_id = ? ORDER BY id")
                .params(runId)
                .query((rs, n) -> new ProofRun.StoredFinding(rs.getString("part"), rs.getString("location"),
                        rs.getInt("start_pos"), rs.getInt("end_pos"), rs.getString("category"), rs.getString("severity"),
                        rs.getString("found"), rs.getString("suggestion"), rs.getString("message"), rs.getString("rule")))
                .list();
        return jdbc.sql("""
                SELECT r.*, o.reason, o.by_name, o.at FROM proof_run r LEFT JOIN proof_override o ON o.run_id = r.id
                WHERE r.id = ?""").params(runId)
                .query((rs, n) -> new ProofRun(rs.getLong("id"), rs.getLong("item_id"), rs.getString("phase"),
                        rs.getTimestamp("run_at").toInstant(), rs.getInt("block_count"), rs.getInt("warn_count"),
                        rs.getInt("info_count"), findings, rs.getString("reason"), rs.getString("by_name"),
                        rs.getTimestamp("at") == null ? null : rs.getTimestamp("at").toInstant()))
                .single();
    }

    // ------------------------------------------------------------------ whitelist and rules

    public List<String> whitelist(long agencyId) {
        return jdbc.sql("SELECT term FROM proof_whitelist WHERE agency_id = ? ORDER BY term").params(agencyId)
                .query(String.class).list();
    }

    public boolean addTerm(long agencyId, String term, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO proof_whitelist (agency_id, term, added_by, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(agencyId, term, by, Timestamp.from(at)).update() == 1;
    }

    public boolean removeTerm(long agencyId, String term) {
        return jdbc.sql("DELETE FROM proof_whitelist WHERE agency_id = ? AND term = ?").params(agencyId, term).update() == 1;
    }

    /** The county rules in force: the latest saved version, or empty. */
    public Optional<String> countyRules() {
        return jdbc.sql("SELECT rules_text FROM proof_rules ORDER BY id DESC LIMIT 1").query(String.class).optional();
    }

    public record RulesVersion(long id, String text, String note, String savedBy, Instant savedAt) {
    }

    public List<RulesVersion> rulesHistory() {
        return jdbc.sql("SELECT * FROM proof_rules ORDER BY id DESC LIMIT 50")
                .query((rs, n) -> new RulesVersion(rs.getLong("id"), rs.getString("rules_text"), rs.getString("note"),
                        rs.getString("saved_by"), rs.getTimestamp("saved_at").toInstant()))
                .list();
    }

    public void saveRules(String text, String note, String by, Instant at) {
        jdbc.sql("INSERT INTO proof_rules (rules_text, note, saved_by, saved_at) VALUES (?, ?, ?, ?)")
                .params(text, note, by, Timestamp.from(at)).update();
    }

    // ------------------------------------------------------------------ scans

    public record Scan(long id, Instant startedAt, Instant finishedAt, int total, int done, long lastItemId,
                       String startedBy, String status) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100L / total);
        }
    }

    public long startScan(int total, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO proof_scan (started_at, total, done, last_item_id, started_by, status)
                VALUES (:t, :total, 0, 0, :b, 'RUNNING')""")
                .param("t", Timestamp.from(at)).param("total", total).param("b", by).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void scanProgress(long scanId, int done, long lastItemId) {
        jdbc.sql("UPDATE proof_scan SET done = ?, last_item_id = ? WHERE id = ?").params(done, lastItemId, scanId).update();
    }

    public void finishScan(long scanId, Instant at, String status) {
        jdbc.sql("UPDATE proof_scan SET finished_at = ?, status = ? WHERE id = ?")
                .params(Timestamp.from(at), status, scanId).update();
    }

    public Optional<Scan> latestScan() {
        return jdbc.sql("SELECT * FROM proof_scan ORDER BY id DESC LIMIT 1")
                .query((rs, n) -> new Scan(rs.getLong("id"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getInt("total"), rs.getInt("done"), rs.getLong("last_item_id"), rs.getString("started_by"),
                        rs.getString("status")))
                .optional();
    }

    /** Per agency for a scan: items checked, items with BLOCK, items with WARN, findings in all. */
    public List<long[]> scanByAgency(long scanId) {
        return jdbc.sql("""
                SELECT agency_id, COUNT(*), SUM(CASE WHEN block_count > 0 THEN 1 ELSE 0 END),
                       SUM(CASE WHEN warn_count > 0 THEN 1 ELSE 0 END), SUM(block_count + warn_count + info_count)
                FROM proof_run WHERE scan_id = ? GROUP BY agency_id""").params(scanId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .list();
    }

    /** Runs of a scan with findings, for one agency (the report's detail), most severe first. */
    public List<long[]> scanRunsWithFindings(long scanId, long agencyId, int limit) {
        return jdbc.sql("""
                SELECT id, item_id, block_count, warn_count FROM proof_run
                WHERE scan_id = ? AND agency_id = ? AND block_count + warn_count > 0
                ORDER BY block_count DESC, warn_count DESC, item_id LIMIT ?""").params(scanId, agencyId, limit)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .list();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
