package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.core.review.Role;
import org.junit.jupiter.api.Test;

/**
 * Agency isolation (issue: "a user of agency A gets 403/404 on every back-office page and API call
 * for agency B's items"): whatever roles a person holds in agency A, agency B's items can be
 * neither read nor changed by them, in any state of the review chain; the county administrator
 * supervises, so may read them, but takes no step in another agency's review chain.
 */
class IsolationApiTest extends ApiTestBase {

    static final List<String> STATES = List.of("DRAFT", "IN_REVIEW", "IN_CONFIDENTIALITY_REVIEW", "AWAITING_SIGN_OFF",
            "PUBLISHED");
    static final List<String> ACTIONS = List.of("submit", "approve", "reject", "publish", "withdraw", "abolish", "amend",
            "expire");

    /** One item of {@code b} in each state, by id. */
    Map<String, Long> itemsInEveryState(Team b) {
        Map<String, Long> items = new LinkedHashMap<>();
        for (String s : STATES) {
            items.put(s, itemIn(b, s, "乙局内部文件-" + s));
        }
        return items;
    }

    /** Everyone of team A, plus one person of A who holds every role of an agency. */
    List<Person> outsiders(Team a) {
        List<Person> people = new ArrayList<>(List.of(a.everyone()));
        people.add(person(a.agency(), TEAM_ROLES));
        return people;
    }

    static void deniedWithoutLeaking(SoftAssertions soft, Api.Response r, String what, String title) {
        soft.assertThat(r.status()).as("%s: %s", what, r).isIn(403, 404);
        soft.assertThat(r.contentType()).as("%s", what).startsWith("application/json");
        soft.assertThat(r.body()).as("%s must not show the item", what).doesNotContain(title).doesNotContain("indexNo");
    }

    @Test
    void people_of_another_agency_can_neither_read_nor_change_an_item_in_any_state() {
        Team a = team("甲局");
        Team b = team("乙局");
        Map<String, Long> items = itemsInEveryState(b);
        Map<Long, ItemSnapshot> before = new LinkedHashMap<>();
        items.values().forEach(id -> before.put(id, snapshot(id)));

        SoftAssertions soft = new SoftAssertions();
        for (Person p : outsiders(a)) {
            for (Map.Entry<String, Long> e : items.entrySet()) {
                long id = e.getValue();
                String title = "乙局内部文件-" + e.getKey();
                String who = p.user().roles() + " of A on B's " + e.getKey() + " item";
                deniedWithoutLeaking(soft, api.get("/api/v1/items/" + id, p.token()), "GET by " + who, title);
                deniedWithoutLeaking(soft, api.get("/api/v1/items/" + id + "/history", p.token()), "history by " + who,
                        title);
                deniedWithoutLeaking(soft, api.put("/api/v1/items/" + id, notice(b, "被甲局改写"), p.token()),
                        "PUT by " + who, title);
                for (String action : ACTIONS) {
                    deniedWithoutLeaking(soft, api.post("/api/v1/items/" + id + "/transitions",
                            json("action", action, "opinion", "越权操作", "noInterpretationReason", "越权"), p.token()),
                            action + " by " + who, title);
                }
            }
        }
        items.values().forEach(id -> soft.assertThat(snapshot(id)).as("item %d afterwards", id).isEqualTo(before.get(id)));
        soft.assertAll();
    }

    @Test
    void another_agencys_item_looks_exactly_like_one_that_does_not_exist() {
        Team a = team("甲局");
        Team b = team("乙局");
        long theirs = newItem(b, "乙局草稿");
        Api.Response foreign = api.get("/api/v1/items/" + theirs, a.drafter().token());
        Api.Response missing = api.get("/api/v1/items/" + Long.MAX_VALUE, a.drafter().token());
        assertError(foreign, 404);
        assertThat(foreign.body()).isEqualTo(missing.body());
    }

    @Test
    void people_of_another_agency_cannot_create_items_in_it() {
        Team a = team("甲局");
        Team b = team("乙局");
        Map<String, Object> fields = notice(b, "以乙局名义起草");
        for (Person p : outsiders(a)) {
            Api.Response r = api.post("/api/v1/items", fields, p.token());
            assertThat(r.status()).as("%s", r).isIn(403, 404);
            assertError(r, r.status());
        }
        assertThat(count("SELECT COUNT(*) FROM item WHERE title = ?", "以乙局名义起草")).isZero();
    }

    @Test
    void the_county_administrator_reads_every_agencys_items_and_their_history() {
        Team b = team("乙局");
        Map<String, Long> items = itemsInEveryState(b);
        for (Map.Entry<String, Long> e : items.entrySet()) {
            Api.Response item = api.get("/api/v1/items/" + e.getValue(), adminToken());
            assertThat(item.status()).as("%s", item).isEqualTo(200);
            assertThat(item.text("status")).isEqualTo(e.getKey());
            assertThat(item.text("agency")).isEqualTo(b.code());
            Api.Response history = api.get("/api/v1/items/" + e.getValue() + "/history", adminToken());
            assertThat(history.status()).isEqualTo(200);
            assertThat(history.list()).isNotEmpty();
        }
    }

    @Test
    void the_county_administrator_takes_no_step_in_another_agencys_review_chain() {
        Team b = team("乙局");
        Map<String, Long> items = itemsInEveryState(b);
        Map<Long, ItemSnapshot> before = new LinkedHashMap<>();
        items.values().forEach(id -> before.put(id, snapshot(id)));
        SoftAssertions soft = new SoftAssertions();
        for (long id : items.values()) {
            for (String action : ACTIONS) {
                Api.Response r = api.post("/api/v1/items/" + id + "/transitions",
                        json("action", action, "opinion", "县级代办", "noInterpretationReason", "代办"), adminToken());
                soft.assertThat(r.status()).as("%s", r).isIn(403, 409);
            }
            soft.assertThat(api.put("/api/v1/items/" + id, notice(b, "县级改写"), adminToken()).status()).isIn(403, 409);
        }
        items.values().forEach(id -> soft.assertThat(snapshot(id)).isEqualTo(before.get(id)));
        soft.assertAll();
    }

    @Test
    void a_county_administrator_holding_review_roles_in_the_county_still_cannot_review_for_a_department() {
        Team b = team("乙局");
        Person supervisor = person(county.county(), Role.COUNTY_ADMIN, Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER,
                Role.SIGNER);
        long id = itemIn(b, "IN_REVIEW", "待审核");
        ItemSnapshot before = snapshot(id);
        assertError(transition(id, supervisor, "approve", "同意"), 403);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void an_agency_administrator_cannot_see_or_create_people_of_another_agency() {
        Team a = team("甲局");
        Team b = team("乙局");
        assertError(api.get("/api/v1/users?agency=" + b.code(), a.admin().token()), 404);
        Api.Response r = api.post("/api/v1/users", json("username", "outsider" + System.nanoTime(), "password",
                "a-long-password-1", "displayName", "外人", "agency", b.code(), "roles", List.of("SIGNER")), a.admin().token());
        assertError(r, 403);
    }
}
