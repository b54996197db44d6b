package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.agency.Agency;
import org.gongkai.agency.UserSummary;
import org.gongkai.core.review.Role;
import org.gongkai.platform.ClockConfig;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running server on a random port with the test profile (H2 in memory, or the PostgreSQL of
 * GONGKAI_TEST_DB_URL). All API test classes share this one application context and database, so
 * every test makes its own agencies and people through {@link TestCounty} and never relies on
 * another test's data or on the order of tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class ApiTestBase {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "test-admin-password";
    static final String INDEX_NO = "^[0-9A-Z]{18}/\\d{4}-\\d{5}$";
    /** The roles of a complete agency team: the four people of the review chain and its administrator. */
    static final Role[] TEAM_ROLES = {Role.DRAFTER, Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER, Role.SIGNER,
            Role.AGENCY_ADMIN};
    private static final Map<Integer, String> ADMIN_TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;
    @Autowired
    TestCounty county;
    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    /** A token of the county administrator {@code admin} (signed in once per server). */
    String adminToken() {
        return ADMIN_TOKENS.computeIfAbsent(port, p -> api.login(ADMIN, ADMIN_PASSWORD));
    }

    /** Someone signed in through the API. */
    record Person(UserSummary user, String token) {
        String username() {
            return user.username();
        }
    }

    /** A new department with one person per role, each signed in. */
    record Team(Agency agency, Person drafter, Person reviewer, Person confidentialityReviewer, Person signer,
                Person admin) {
        String code() {
            return agency.code();
        }

        Person[] everyone() {
            return new Person[] {drafter, reviewer, confidentialityReviewer, signer, admin};
        }
    }

    Team team(String name) {
        Agency a = county.department(name);
        return new Team(a, person(a, Role.DRAFTER), person(a, Role.REVIEWER), person(a, Role.CONFIDENTIALITY_REVIEWER),
                person(a, Role.SIGNER), person(a, Role.AGENCY_ADMIN));
    }

    /** A new person of {@code agency} with {@code roles}, signed in. */
    Person person(Agency agency, Role... roles) {
        UserSummary u = county.user(agency, roles);
        return new Person(u, api.login(u.username(), TestCounty.PASSWORD));
    }

    /** Fields of an ordinary (not normative) notice in 通知公告. */
    static Map<String, Object> notice(Team t, String title) {
        return json("agency", t.code(), "category", "TZGG", "title", title, "body", "<p>正文</p>",
                "docNo", "青测〔2026〕1号", "writtenOn", today().minusDays(3).toString(), "genre", "通知",
                "summary", "内容概述");
    }

    /** Creates a notice as the team's drafter and returns its id. */
    long newItem(Team t, String title) {
        Api.Response r = api.post("/api/v1/items", notice(t, title), t.drafter().token());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.id();
    }

    /** Takes a transition that must succeed; returns the item as answered. */
    Api.Response act(long id, Person who, String action, String opinion) {
        Api.Response r = transition(id, who, action, opinion);
        assertThat(r.status()).as("%s by %s", r, who.username()).isEqualTo(200);
        return r;
    }

    Api.Response transition(long id, Person who, String action, String opinion) {
        return api.post("/api/v1/items/" + id + "/transitions", json("action", action, "opinion", opinion), who.token());
    }

    /** A new notice of {@code t} brought along the review chain up to {@code status}. */
    long itemIn(Team t, String status, String title) {
        long id = newItem(t, title);
        if (status.equals("DRAFT")) {
            return id;
        }
        act(id, t.drafter(), "submit", null);
        if (status.equals("IN_REVIEW")) {
            return id;
        }
        act(id, t.reviewer(), "approve", "同意");
        if (status.equals("IN_CONFIDENTIALITY_REVIEW")) {
            return id;
        }
        act(id, t.confidentialityReviewer(), "approve", "不涉密，同意公开");
        if (status.equals("AWAITING_SIGN_OFF")) {
            return id;
        }
        act(id, t.signer(), "publish", "同意发布");
        assertThat(status).isEqualTo("PUBLISHED");
        return id;
    }

    /** What the database holds about an item: its row's state and how many events it has. */
    record ItemSnapshot(String status, String validity, int version, String title, long events) {
    }

    ItemSnapshot snapshot(long id) {
        return jdbc.sql("SELECT i.status, i.validity, i.version, i.title, "
                        + "(SELECT COUNT(*) FROM item_event e WHERE e.item_id = i.id) AS events FROM item i WHERE i.id = ?")
                .param(id)
                .query((rs, n) -> new ItemSnapshot(rs.getString("status"), rs.getString("validity"), rs.getInt("version"),
                        rs.getString("title"), rs.getLong("events")))
                .single();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    static LocalDate today() {
        return LocalDate.now(ClockConfig.ZONE);
    }

    /**
     * An error a person can act on: the status, JSON with that status, a message in Chinese, and no
     * trace of the server's insides.
     */
    static void assertError(Api.Response r, int status) {
        assertThat(r.status()).as("%s", r).isEqualTo(status);
        assertThat(r.contentType()).as("%s", r).startsWith("application/json");
        assertThat(r.json().path("status").asInt()).as("%s", r).isEqualTo(status);
        assertThat(r.message()).as("%s", r).isNotBlank().containsPattern("\\p{IsHan}");
        assertThat(r.body()).as("%s", r).doesNotContain("Exception", "at org.", "at java.", "SQL", "null");
    }

    /** A 400 that names the field to fix, in the JSON and in the message. */
    static void assertBadField(Api.Response r, String field) {
        assertError(r, 400);
        assertThat(r.field()).as("%s", r).isEqualTo(field);
        // the message names the field in words a person knows, not by its JSON name
        assertThat(r.message()).as("%s", r).doesNotStartWith(field);
    }
}
