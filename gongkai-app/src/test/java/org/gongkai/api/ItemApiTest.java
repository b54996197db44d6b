package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.code.IndexNumber;
import org.gongkai.core.review.Role;
import org.junit.jupiter.api.Test;

/** Drafting items through the API: index numbers, edits, validation, and nothing half-saved. */
class ItemApiTest extends ApiTestBase {

    static int serial(String indexNo) {
        return IndexNumber.parse(indexNo).orElseThrow().serial();
    }

    long items(Team t) {
        return count("SELECT COUNT(*) FROM item i JOIN agency a ON a.id = i.agency_id WHERE a.code = ?", t.code());
    }

    Integer lastSerial(Team t) {
        return jdbc.sql("SELECT s.last_serial FROM index_serial s JOIN agency a ON a.id = s.agency_id "
                + "WHERE a.code = ? AND s.serial_year = ?").params(t.code(), today().getYear()).query(Integer.class)
                .optional().orElse(null);
    }

    @Test
    void a_drafter_creates_a_draft_with_an_index_number_of_its_agency() {
        Team t = team("起草局");
        Map<String, Object> fields = notice(t, "关于开展政务公开培训的通知");
        fields.put("body", "<p>正文<script>alert(1)</script><a href=\"javascript:alert(2)\">链接</a></p>");
        fields.put("validFrom", today().minusDays(1).toString());
        fields.put("validUntil", today().plusYears(2).toString());
        fields.put("topic", "综合政务\\政务公开");
        Api.Response r = api.post("/api/v1/items", fields, t.drafter().token());

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.id()).isPositive();
        String indexNo = r.text("indexNo");
        assertThat(indexNo).matches(INDEX_NO).startsWith(t.code() + "/" + today().getYear() + "-");
        assertThat(r.text("status")).isEqualTo("DRAFT");
        assertThat(r.text("agency")).isEqualTo(t.code());
        assertThat(r.text("category")).isEqualTo("TZGG");
        assertThat(r.text("title")).isEqualTo("关于开展政务公开培训的通知");
        assertThat(r.text("docNo")).isEqualTo("青测〔2026〕1号");
        assertThat(r.text("writtenOn")).isEqualTo(today().minusDays(3).toString());
        assertThat(r.text("validity")).isEqualTo("VALID");
        assertThat(r.json().path("normative").asBoolean()).isFalse();
        assertThat(r.json().path("version").asInt()).isZero();
        assertThat(r.text("body")).contains("正文").doesNotContain("script").doesNotContain("javascript:");
        assertThat(r.text("publishedOn")).isNull();
        assertThat(r.text("validFrom")).isEqualTo(today().minusDays(1).toString());
        assertThat(r.text("validUntil")).isEqualTo(today().plusYears(2).toString());
        assertThat(r.text("topic")).isEqualTo("综合政务\\政务公开");
        assertThat(r.text("disclosureMethod")).isEqualTo("主动公开");
        assertThat(r.text("disclosureScope")).isEqualTo("面向全社会");

        assertThat(jdbc.sql("SELECT index_no FROM item WHERE id = ?").param(r.id()).query(String.class).single())
                .isEqualTo(indexNo);
    }

    @Test
    void a_normative_document_is_marked_by_normative_true_or_by_its_kind() {
        Team t = team("规范局");
        for (Object[] marking : new Object[][] {{"normative", true}, {"kind", "NORMATIVE"}, {"kind", "行政规范性文件"}}) {
            Map<String, Object> fields = notice(t, "某某办法");
            fields.put("category", "ZCWJ");
            fields.put((String) marking[0], marking[1]);
            Api.Response r = api.post("/api/v1/items", fields, t.drafter().token());
            assertThat(r.status()).as("%s", r).isEqualTo(201);
            assertThat(r.json().path("normative").asBoolean()).as("%s", marking[1]).isTrue();
        }
        assertThat(api.post("/api/v1/items", notice(t, "普通通知"), t.drafter().token()).json().path("normative").asBoolean())
                .isFalse();
    }

    @Test
    void without_an_agency_the_item_goes_to_the_drafters_own_agency() {
        Team t = team("起草局");
        Map<String, Object> fields = notice(t, "未写机构的通知");
        fields.remove("agency");
        Api.Response r = api.post("/api/v1/items", fields, t.drafter().token());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.text("agency")).isEqualTo(t.code());
        assertThat(r.text("indexNo")).startsWith(t.code() + "/");
    }

    @Test
    void index_numbers_are_unique_and_increase_by_one_per_item() {
        Team t = team("索引局");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            numbers.add(api.post("/api/v1/items", notice(t, "第" + i + "号通知"), t.drafter().token()).text("indexNo"));
        }
        assertThat(numbers).allSatisfy(n -> assertThat(n).matches(INDEX_NO)).doesNotHaveDuplicates();
        for (int i = 1; i < numbers.size(); i++) {
            assertThat(serial(numbers.get(i))).isEqualTo(serial(numbers.get(i - 1)) + 1);
        }
        // and across agencies an index number is still unique: the issuer part differs
        Team other = team("索引局");
        String theirs = api.post("/api/v1/items", notice(other, "他局通知"), other.drafter().token()).text("indexNo");
        assertThat(theirs).startsWith(other.code() + "/").isNotIn(numbers);
    }

    @Test
    void a_failed_create_leaves_no_item_and_consumes_no_index_number() {
        Team t = team("回滚局");
        String first = api.post("/api/v1/items", notice(t, "第一条"), t.drafter().token()).text("indexNo");
        long itemsBefore = items(t);
        Integer serialBefore = lastSerial(t);
        long eventsBefore = count("SELECT COUNT(*) FROM item_event");

        List<Map<String, Object>> bad = new ArrayList<>();
        Map<String, Object> m;
        bad.add(m = notice(t, "未知栏目")); m.put("category", "NOSUCH");
        bad.add(m = notice(t, "无标题")); m.put("title", "  ");
        bad.add(m = notice(t, "未来日期")); m.put("writtenOn", today().plusDays(2).toString());
        bad.add(m = notice(t, "坏日期")); m.put("writtenOn", "2026-02-30");
        bad.add(m = notice(t, "有效期颠倒")); m.put("validFrom", "2026-03-01"); m.put("validUntil", "2026-02-01");
        bad.add(m = notice(t, "所解读文件不存在")); m.put("interpretsId", Long.MAX_VALUE);
        bad.add(m = notice(t, "标" .repeat(301)));
        for (Map<String, Object> fields : bad) {
            Api.Response r = api.post("/api/v1/items", fields, t.drafter().token());
            assertError(r, 400);
        }
        assertThat(items(t)).isEqualTo(itemsBefore);
        assertThat(lastSerial(t)).isEqualTo(serialBefore);

        String next = api.post("/api/v1/items", notice(t, "第二条"), t.drafter().token()).text("indexNo");
        assertThat(serial(next)).isEqualTo(serial(first) + 1);
        assertThat(count("SELECT COUNT(*) FROM item_event")).isGreaterThanOrEqualTo(eventsBefore + 1);
    }

    @Test
    void bad_fields_get_400_naming_the_field() {
        Team t = team("校验局");
        record Case(String field, Object value, String expectedField) {
        }
        List<Case> cases = List.of(
                new Case("title", null, "title"),
                new Case("title", "长".repeat(301), "title"),
                new Case("category", null, "category"),
                new Case("category", "NOSUCH", "category"),
                new Case("writtenOn", "2026/03/01", "writtenOn"),
                new Case("writtenOn", today().plusDays(1).toString(), "writtenOn"),
                new Case("validFrom", "tomorrow", "validFrom"),
                new Case("docNo", "号".repeat(101), "docNo"),
                new Case("summary", "概".repeat(2001), "summary"),
                new Case("interpretsId", Long.MAX_VALUE, "interpretsId"),
                new Case("agency", "91330998MA2XXXXXXX", "agency"));
        for (Case c : cases) {
            Map<String, Object> fields = notice(t, "校验");
            fields.put(c.field(), c.value());
            Api.Response r = api.post("/api/v1/items", fields, t.drafter().token());
            assertBadField(r, c.expectedField());
        }
        assertThat(items(t)).isZero();
    }

    @Test
    void only_drafters_create_items() {
        Team t = team("角色局");
        for (Person p : new Person[] {t.reviewer(), t.confidentialityReviewer(), t.signer(), t.admin()}) {
            Api.Response r = api.post("/api/v1/items", notice(t, "越权起草"), p.token());
            assertError(r, 403);
            assertThat(r.message()).contains("信息发布员");
        }
        // the county administrator supervises but is no drafter of the department
        assertError(api.post("/api/v1/items", notice(t, "县级起草"), adminToken()), 403);
        assertThat(items(t)).isZero();
    }

    @Test
    void a_draft_is_edited_with_put_and_a_stale_version_gets_409() {
        Team t = team("编辑局");
        long id = newItem(t, "原标题");
        Map<String, Object> edit = notice(t, "新标题");
        edit.put("version", 0);
        Api.Response r = api.put("/api/v1/items/" + id, edit, t.drafter().token());
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.text("title")).isEqualTo("新标题");
        assertThat(r.json().path("version").asInt()).isEqualTo(1);
        assertThat(r.text("indexNo")).isEqualTo(api.get("/api/v1/items/" + id, t.drafter().token()).text("indexNo"));

        // a second editor who started from version 0 must not overwrite the first one's edit
        Map<String, Object> stale = notice(t, "过期的修改");
        stale.put("version", 0);
        Api.Response conflict = api.put("/api/v1/items/" + id, stale, t.drafter().token());
        assertError(conflict, 409);
        assertThat(conflict.message()).contains("他人修改");
        ItemSnapshot after = snapshot(id);
        assertThat(after.title()).isEqualTo("新标题");
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.events()).isEqualTo(2); // CREATE, EDIT
    }

    @Test
    void an_item_in_review_or_published_cannot_be_edited() {
        Team t = team("编辑局");
        for (String status : List.of("IN_REVIEW", "AWAITING_SIGN_OFF", "PUBLISHED")) {
            long id = itemIn(t, status, "不可编辑");
            ItemSnapshot before = snapshot(id);
            Api.Response r = api.put("/api/v1/items/" + id, notice(t, "偷偷修改"), t.drafter().token());
            assertError(r, 409);
            assertThat(snapshot(id)).as(status).isEqualTo(before);
        }
    }

    @Test
    void an_edit_that_fails_validation_changes_nothing() {
        Team t = team("编辑局");
        long id = newItem(t, "原标题");
        ItemSnapshot before = snapshot(id);
        Map<String, Object> edit = notice(t, "新标题");
        edit.put("category", "NOSUCH");
        assertBadField(api.put("/api/v1/items/" + id, edit, t.drafter().token()), "category");
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void get_and_history_show_the_item_and_every_recorded_step() {
        Team t = team("历史局");
        long id = itemIn(t, "AWAITING_SIGN_OFF", "有历史的通知");
        Api.Response item = api.get("/api/v1/items/" + id, t.drafter().token());
        assertThat(item.status()).isEqualTo(200);
        assertThat(item.id()).isEqualTo(id);
        assertThat(item.text("status")).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(item.text("title")).isEqualTo("有历史的通知");

        Api.Response history = api.get("/api/v1/items/" + id + "/history", t.reviewer().token());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.list()).extracting(e -> e.path("action").asString())
                .containsExactly("CREATE", "SUBMIT", "APPROVE", "APPROVE");
        assertThat(history.list()).extracting(e -> e.path("actorName").asString())
                .containsExactly(t.drafter().user().displayName(), t.drafter().user().displayName(),
                        t.reviewer().user().displayName(), t.confidentialityReviewer().user().displayName());
        assertThat(history.list().get(3).path("opinion").asString()).isEqualTo("不涉密，同意公开");
        assertThat(history.list().get(2).path("step").asString()).isEqualTo("IN_REVIEW");
        assertThat(history.list()).allSatisfy(e -> assertThat(e.path("at").asString()).isNotBlank());
    }

    @Test
    void an_unknown_item_gets_404_json() {
        Team t = team("查找局");
        assertError(api.get("/api/v1/items/" + Long.MAX_VALUE, t.drafter().token()), 404);
        assertError(api.get("/api/v1/items/" + Long.MAX_VALUE + "/history", t.drafter().token()), 404);
        assertError(api.put("/api/v1/items/" + Long.MAX_VALUE, notice(t, "x"), t.drafter().token()), 404);
        assertError(transition(Long.MAX_VALUE, t.drafter(), "submit", null), 404);
    }

    @Test
    void a_drafter_holding_other_roles_is_still_a_drafter() {
        Team t = team("兼职局");
        Person both = person(t.agency(), Role.DRAFTER, Role.AGENCY_ADMIN);
        Api.Response r = api.post("/api/v1/items", notice(t, "兼职起草"), both.token());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
    }
}
