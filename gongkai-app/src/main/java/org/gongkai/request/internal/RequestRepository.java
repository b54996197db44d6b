package org.gongkai.request.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.Channel;
import org.gongkai.core.request.ConsultationKind;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.request.RequestAction;
import org.gongkai.core.request.RequestEvent;
import org.gongkai.request.Applicant;
import org.gongkai.request.RequestView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for requests, their events, letters, files and appeals. */
@Repository
public class RequestRepository {

    /** The request row (the derived columns included). */
    public record Row(long id, String trackingNo, String secretHash, long agencyId, String agencyCode,
                      String agencyName, Channel channel, Instant submittedAt, LocalDate receivedOn,
                      Applicant applicant, String description, String purpose, String preferredForm, String delivery,
                      String status, LocalDate dueOn, boolean provisional, ReplyType replyType, ReplyGround ground,
                      LocalDate repliedOn, String assignee, Long duplicateOf, int version) {
    }

    static final String SELECT = """
            SELECT r.*, a.code AS agency_code, a.name AS agency_name
            FROM info_request r JOIN agency a ON a.id = r.agency_id
            """;

    private final JdbcClient jdbc;

    public RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next serial of the day for tracking numbers; the counter row's lock serialises concurrent intake. */
    public int nextSerial(LocalDate day) {
        jdbc.sql("INSERT INTO request_serial (serial_day, last_serial) VALUES (?, 0) ON CONFLICT DO NOTHING")
                .params(Date.valueOf(day)).update();
        jdbc.sql("UPDATE request_serial SET last_serial = last_serial + 1 WHERE serial_day = ?")
                .params(Date.valueOf(day)).update();
        return jdbc.sql("SELECT last_serial FROM request_serial WHERE serial_day = ?").params(Date.valueOf(day))
                .query(Integer.class).single();
    }

    public long insert(String trackingNo, String secretHash, long agencyId, Channel channel, Instant submittedAt,
                       LocalDate receivedOn, Applicant a, String description, String purpose, String preferredForm,
                       String delivery, String status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO info_request (tracking_no, secret_hash, agency_id, channel, submitted_at, received_on,
                    applicant_type, applicant_name, id_type, id_number, org_code, contact_person, phone, email, address,
                    postal_code, description, purpose, preferred_form, delivery, status, provisional, version)
                VALUES (:no, :secret, :agency, :channel, :submitted, :received, :type, :name, :idType, :idNumber,
                    :orgCode, :contact, :phone, :email, :address, :postal, :description, :purpose, :form, :delivery,
                    :status, FALSE, 0)""")
                .param("no", trackingNo).param("secret", secretHash).param("agency", agencyId)
                .param("channel", channel.name()).param("submitted", Timestamp.from(submittedAt))
                .param("received", receivedOn == null ? null : Date.valueOf(receivedOn))
                .param("type", a.type().name()).param("name", a.name()).param("idType", a.idType())
                .param("idNumber", a.idNumber()).param("orgCode", a.orgCode()).param("contact", a.contactPerson())
                .param("phone", a.phone()).param("email", a.email()).param("address", a.address())
                .param("postal", a.postalCode()).param("description", description).param("purpose", purpose)
                .param("form", preferredForm).param("delivery", delivery).param("status", status)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Row> byTrackingNo(String trackingNo) {
        return jdbc.sql(SELECT + " WHERE r.tracking_no = ?").params(trackingNo).query((rs, n) -> row(rs)).optional();
    }

    public Optional<Row> byId(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").params(id).query((rs, n) -> row(rs)).optional();
    }

    /** Locks the request row for the rest of the transaction: one action at a time per request. */
    public Optional<Row> lock(String trackingNo) {
        Optional<Long> id = jdbc.sql("SELECT id FROM info_request WHERE tracking_no = ? FOR UPDATE")
                .params(trackingNo).query(Long.class).optional();
        return id.flatMap(this::byId);
    }

    public void setReceived(long id, LocalDate receivedOn) {
        jdbc.sql("UPDATE info_request SET received_on = ? WHERE id = ?").params(Date.valueOf(receivedOn), id).update();
    }

    public void setDuplicateOf(long id, Long duplicateOf) {
        jdbc.sql("UPDATE info_request SET duplicate_of = ? WHERE id = ?").params(duplicateOf, id).update();
    }

    /** Stores the state derived from the events. */
    public void refresh(long id, String status, LocalDate dueOn, boolean provisional, ReplyType replyType,
                        ReplyGround ground, LocalDate repliedOn, String assignee) {
        jdbc.sql("""
                UPDATE info_request SET status = ?, due_on = ?, provisional = ?, reply_type = ?, reply_ground = ?,
                    replied_on = ?, assignee = ?, version = version + 1 WHERE id = ?""")
                .params(status, dueOn == null ? null : Date.valueOf(dueOn), provisional,
                        replyType == null ? null : replyType.name(), ground == null ? null : ground.name(),
                        repliedOn == null ? null : Date.valueOf(repliedOn), assignee, id)
                .update();
    }

    public void append(long requestId, RequestEvent e) {
        jdbc.sql("""
                INSERT INTO info_request_event (request_id, action, on_date, recorded_at, actor_id, actor_name, channel,
                    working_days, reason, approver, reply_type, reply_ground, until_date, consultation, party, fee_yuan,
                    note)
                VALUES (:request, :action, :on, :at, :actor, :actorName, :channel, :days, :reason, :approver, :type,
                    :ground, :until, :consultation, :party, :fee, :note)""")
                .param("request", requestId).param("action", e.action().name()).param("on", Date.valueOf(e.on()))
                .param("at", Timestamp.from(e.at())).param("actor", e.actorId() == 0 ? null : e.actorId())
                .param("actorName", e.actorName())
                .param("channel", e.channel() == null ? null : e.channel().name())
                .param("days", e.workingDays()).param("reason", e.reason()).param("approver", e.approver())
                .param("type", e.replyType() == null ? null : e.replyType().name())
                .param("ground", e.ground() == null ? null : e.ground().name())
                .param("until", e.until() == null ? null : Date.valueOf(e.until()))
                .param("consultation", e.consultation() == null ? null : e.consultation().name())
                .param("party", e.party()).param("fee", e.feeYuan()).param("note", e.note())
                .update();
    }

    public List<RequestEvent> events(long requestId) {
        return jdbc.sql("SELECT * FROM info_request_event WHERE request_id = ? ORDER BY id").params(requestId)
                .query((rs, n) -> event(rs)).list();
    }

    /** Requests of some agencies (null: all), open ones or all, ordered by urgency. */
    public List<Row> list(List<Long> agencyIds, String status, boolean openOnly, String query, int offset, int limit) {
        String sql = SELECT + " WHERE 1 = 1" + where(agencyIds, status, openOnly, query)
                + " ORDER BY CASE WHEN r.status = 'SUBMITTED' THEN 0 ELSE 1 END, r.due_on, r.received_on DESC, r.id DESC"
                + " LIMIT :limit OFFSET :offset";
        return bind(jdbc.sql(sql), agencyIds, status, query).param("limit", limit).param("offset", offset)
                .query((rs, n) -> row(rs)).list();
    }

    public long count(List<Long> agencyIds, String status, boolean openOnly, String query) {
        String sql = "SELECT COUNT(*) FROM info_request r WHERE 1 = 1" + where(agencyIds, status, openOnly, query);
        return bind(jdbc.sql(sql), agencyIds, status, query).query(Long.class).single();
    }

    /** The queue's filter, shared by the page and its count. */
    private static String where(List<Long> agencyIds, String status, boolean openOnly, String query) {
        StringBuilder sql = new StringBuilder();
        if (agencyIds != null) {
            sql.append(" AND r.agency_id IN (:agencies)");
        }
        if (status != null) {
            sql.append(" AND r.status = :status");
        }
        if (openOnly) {
            sql.append(" AND r.status IN ('SUBMITTED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'CONSULTING', 'AWAITING_FEE')");
        }
        if (query != null) {
            sql.append(" AND (r.tracking_no = :exact OR LOWER(r.description) LIKE :like OR r.applicant_name LIKE :like)");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, List<Long> agencyIds, String status,
                                                 String query) {
        if (agencyIds != null) {
            spec = spec.param("agencies", agencyIds.isEmpty() ? List.of(-1L) : agencyIds);
        }
        if (status != null) {
            spec = spec.param("status", status);
        }
        if (query != null) {
            spec = spec.param("exact", query).param("like", "%" + query.toLowerCase() + "%");
        }
        return spec;
    }

    /** Ids of every open request with a date of receipt (their derived dates move with the calendar and pauses). */
    public List<Long> openIds() {
        return jdbc.sql("""
                SELECT id FROM info_request
                WHERE status IN ('IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'CONSULTING', 'AWAITING_FEE') ORDER BY id""")
                .query(Long.class).list();
    }

    /** Earlier requests of the same applicant to the same agency (by ID number, else by name and phone or email). */
    public List<Row> sameApplicant(long agencyId, long exceptId, Applicant a) {
        if (a.idNumber() != null && !a.idNumber().isBlank()) {
            return jdbc.sql(SELECT + " WHERE r.agency_id = ? AND r.id <> ? AND r.id_number = ? ORDER BY r.id DESC LIMIT 50")
                    .params(agencyId, exceptId, a.idNumber()).query((rs, n) -> row(rs)).list();
        }
        return jdbc.sql(SELECT + """
                 WHERE r.agency_id = ? AND r.id <> ? AND r.applicant_name = ?
                   AND ((r.phone IS NOT NULL AND r.phone = ?) OR (r.email IS NOT NULL AND r.email = ?))
                 ORDER BY r.id DESC LIMIT 50""")
                .params(agencyId, exceptId, a.name(), a.phone(), a.email()).query((rs, n) -> row(rs)).list();
    }

    /** How many applications this applicant made to the agency in the calendar month of {@code day} (按件计收). */
    public int countInMonth(long agencyId, Applicant a, LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        LocalDate last = day.withDayOfMonth(day.lengthOfMonth());
        if (a.idNumber() != null && !a.idNumber().isBlank()) {
            return jdbc.sql("""
                    SELECT COUNT(*) FROM info_request WHERE agency_id = ? AND id_number = ?
                      AND received_on BETWEEN ? AND ?""")
                    .params(agencyId, a.idNumber(), Date.valueOf(first), Date.valueOf(last)).query(Integer.class).single();
        }
        return jdbc.sql("""
                SELECT COUNT(*) FROM info_request WHERE agency_id = ? AND applicant_name = ?
                  AND ((phone IS NOT NULL AND phone = ?) OR (email IS NOT NULL AND email = ?))
                  AND received_on BETWEEN ? AND ?""")
                .params(agencyId, a.name(), a.phone(), a.email(), Date.valueOf(first), Date.valueOf(last))
                .query(Integer.class).single();
    }

    /** Per agency: open, overdue, due by {@code soonUntil}, unconfirmed, and replied/late since {@code yearStart}. */
    public List<long[]> loadByAgency(LocalDate today, LocalDate soonUntil, LocalDate yearStart) {
        return jdbc.sql("""
                SELECT agency_id,
                  SUM(CASE WHEN status IN ('SUBMITTED', 'IN_PROGRESS', 'AWAITING_SUPPLEMENT', 'CONSULTING', 'AWAITING_FEE')
                      THEN 1 ELSE 0 END),
                  SUM(CASE WHEN status IN ('IN_PROGRESS', 'CONSULTING', 'AWAITING_FEE') AND due_on < :today
                      THEN 1 ELSE 0 END),
                  SUM(CASE WHEN status IN ('IN_PROGRESS', 'CONSULTING', 'AWAITING_FEE') AND due_on >= :today
                      AND due_on <= :soon THEN 1 ELSE 0 END),
                  SUM(CASE WHEN status = 'SUBMITTED' THEN 1 ELSE 0 END),
                  SUM(CASE WHEN replied_on >= :yearStart THEN 1 ELSE 0 END),
                  SUM(CASE WHEN replied_on >= :yearStart AND due_on IS NOT NULL AND replied_on > due_on THEN 1 ELSE 0 END)
                FROM info_request GROUP BY agency_id""")
                .param("today", Date.valueOf(today)).param("soon", Date.valueOf(soonUntil))
                .param("yearStart", Date.valueOf(yearStart))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7)})
                .list();
    }

    // ------------------------------------------------------------------ letters, files, appeals

    public Optional<RequestView.Letter> letter(long requestId) {
        return jdbc.sql("SELECT * FROM info_request_letter WHERE request_id = ?").params(requestId)
                .query((rs, n) -> new RequestView.Letter(rs.getString("reply_type"), rs.getString("reply_ground"),
                        rs.getString("body"), rs.getString("status"), rs.getString("drafted_by"),
                        rs.getTimestamp("drafted_at").toInstant(), rs.getString("signed_by"),
                        rs.getTimestamp("signed_at") == null ? null : rs.getTimestamp("signed_at").toInstant(),
                        rs.getInt("version")))
                .optional();
    }

    public void saveLetter(long requestId, String replyType, String ground, String body, String by, Instant at) {
        int updated = jdbc.sql("""
                UPDATE info_request_letter SET reply_type = ?, reply_ground = ?, body = ?, status = 'DRAFT',
                    drafted_by = ?, drafted_at = ?, signed_by = NULL, signed_at = NULL, version = version + 1
                WHERE request_id = ?""").params(replyType, ground, body, by, Timestamp.from(at), requestId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO info_request_letter (request_id, reply_type, reply_ground, body, status, drafted_by,
                        drafted_at, version) VALUES (?, ?, ?, ?, 'DRAFT', ?, ?, 0)""")
                    .params(requestId, replyType, ground, body, by, Timestamp.from(at)).update();
        }
    }

    public void signLetter(long requestId, String by, Instant at) {
        jdbc.sql("UPDATE info_request_letter SET status = 'SIGNED', signed_by = ?, signed_at = ?, version = version + 1"
                + " WHERE request_id = ?").params(by, Timestamp.from(at), requestId).update();
    }

    public long addFile(long requestId, String name, String type, long size, String key, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO info_request_file (request_id, file_name, content_type, size_bytes, storage_key, uploaded_by,
                    uploaded_at) VALUES (:r, :n, :t, :s, :k, :b, :a)""")
                .param("r", requestId).param("n", name).param("t", type).param("s", size).param("k", key)
                .param("b", by).param("a", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<RequestView.RequestFile> files(long requestId) {
        return jdbc.sql("SELECT * FROM info_request_file WHERE request_id = ? ORDER BY id").params(requestId)
                .query((rs, n) -> new RequestView.RequestFile(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The storage key and type of a file of the request, if it is one. */
    public Optional<String[]> file(long requestId, long fileId) {
        return jdbc.sql("SELECT storage_key, content_type, file_name FROM info_request_file WHERE request_id = ? AND id = ?")
                .params(requestId, fileId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
    }

    public long addAppeal(long requestId, String kind, LocalDate filedOn, String result, LocalDate decidedOn,
                          String note, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO info_request_appeal (request_id, kind, filed_on, result, decided_on, note, recorded_by,
                    recorded_at) VALUES (:r, :k, :f, :res, :d, :n, :b, :a)""")
                .param("r", requestId).param("k", kind).param("f", Date.valueOf(filedOn)).param("res", result)
                .param("d", decidedOn == null ? null : Date.valueOf(decidedOn)).param("n", note).param("b", by)
                .param("a", Timestamp.from(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean updateAppeal(long requestId, long appealId, String result, LocalDate decidedOn, String note) {
        return jdbc.sql("UPDATE info_request_appeal SET result = ?, decided_on = ?, note = ? WHERE id = ? AND request_id = ?")
                .params(result, decidedOn == null ? null : Date.valueOf(decidedOn), note, appealId, requestId)
                .update() == 1;
    }

    public List<RequestView.Appeal> appeals(long requestId) {
        return jdbc.sql("SELECT * FROM info_request_appeal WHERE request_id = ? ORDER BY filed_on, id").params(requestId)
                .query((rs, n) -> new RequestView.Appeal(rs.getLong("id"), rs.getString("kind"),
                        rs.getDate("filed_on").toLocalDate(), rs.getString("result"),
                        rs.getDate("decided_on") == null ? null : rs.getDate("decided_on").toLocalDate(),
                        rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    // ------------------------------------------------------------------ mapping

    static Row row(ResultSet rs) throws SQLException {
        Applicant a = new Applicant(ApplicantType.valueOf(rs.getString("applicant_type")), rs.getString("applicant_name"),
                rs.getString("id_type"), rs.getString("id_number"), rs.getString("org_code"),
                rs.getString("contact_person"), rs.getString("phone"), rs.getString("email"), rs.getString("address"),
                rs.getString("postal_code"));
        String type = rs.getString("reply_type");
        String ground = rs.getString("reply_ground");
        long dup = rs.getLong("duplicate_of");
        Long duplicateOf = rs.wasNull() ? null : dup;
        return new Row(rs.getLong("id"), rs.getString("tracking_no"), rs.getString("secret_hash"),
                rs.getLong("agency_id"), rs.getString("agency_code"), rs.getString("agency_name"),
                Channel.valueOf(rs.getString("channel")), rs.getTimestamp("submitted_at").toInstant(),
                date(rs, "received_on"), a, rs.getString("description"), rs.getString("purpose"),
                rs.getString("preferred_form"), rs.getString("delivery"), rs.getString("status"), date(rs, "due_on"),
                rs.getBoolean("provisional"), type == null ? null : ReplyType.valueOf(type),
                ground == null ? null : ReplyGround.valueOf(ground), date(rs, "replied_on"), rs.getString("assignee"),
                duplicateOf, rs.getInt("version"));
    }

    static RequestEvent event(ResultSet rs) throws SQLException {
        String channel = rs.getString("channel");
        String type = rs.getString("reply_type");
        String ground = rs.getString("reply_ground");
        String consultation = rs.getString("consultation");
        int days = rs.getInt("working_days");
        Integer workingDays = rs.wasNull() ? null : days;
        long fee = rs.getLong("fee_yuan");
        Long feeYuan = rs.wasNull() ? null : fee;
        return new RequestEvent(RequestAction.valueOf(rs.getString("action")), rs.getDate("on_date").toLocalDate(),
                rs.getTimestamp("recorded_at").toInstant(), rs.getLong("actor_id"), rs.getString("actor_name"),
                channel == null ? null : Channel.valueOf(channel), workingDays, rs.getString("reason"),
                rs.getString("approver"), type == null ? null : ReplyType.valueOf(type),
                ground == null ? null : ReplyGround.valueOf(ground), date(rs, "until_date"),
                consultation == null ? null : ConsultationKind.valueOf(consultation), rs.getString("party"), feeYuan,
                rs.getString("note"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
