package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every failure answers JSON with a message a person can act on: malformed requests, wrong types,
 * unknown paths and methods. None shows a stack trace or half-saves anything.
 */
class ErrorApiTest extends ApiTestBase {

    static final List<String> MALFORMED = List.of("{", "{\"title\": }", "not json at all", "[1, 2", "{\"title\": \"x\"");

    @Test
    void malformed_json_gets_400_json_on_every_write_endpoint() {
        Team t = team("错误局");
        long id = newItem(t, "草稿");
        ItemSnapshot before = snapshot(id);
        long items = count("SELECT COUNT(*) FROM item");
        for (String body : MALFORMED) {
            assertError(api.post("/api/v1/auth/token", body, null), 400);
            assertError(api.post("/api/v1/agencies", body, adminToken()), 400);
            assertError(api.post("/api/v1/users", body, adminToken()), 400);
            assertError(api.post("/api/v1/items", body, t.drafter().token()), 400);
            assertError(api.put("/api/v1/items/" + id, body, t.drafter().token()), 400);
            assertError(api.post("/api/v1/items/" + id + "/transitions", body, t.drafter().token()), 400);
        }
        assertThat(snapshot(id)).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM item")).isEqualTo(items);
    }

    @Test
    void an_empty_body_or_json_null_gets_400() {
        Team t = team("错误局");
        assertError(api.send("POST", "/api/v1/items", "", "application/json", t.drafter().token()), 400);
        assertError(api.post("/api/v1/items", "null", t.drafter().token()), 400);
        assertError(api.post("/api/v1/auth/token", "null", null), 400);
    }

    @Test
    void values_of_the_wrong_json_type_get_400() {
        Team t = team("错误局");
        var fields = notice(t, "类型错误");
        fields.put("interpretsId", "第一号");
        assertError(api.post("/api/v1/items", fields, t.drafter().token()), 400);
        fields = notice(t, "类型错误");
        fields.put("normative", List.of(1, 2));
        assertError(api.post("/api/v1/items", fields, t.drafter().token()), 400);
        assertError(api.post("/api/v1/users", json("username", "x", "roles", json("a", 1)), adminToken()), 400);
        assertThat(count("SELECT COUNT(*) FROM item WHERE title = ?", "类型错误")).isZero();
    }

    @Test
    void a_body_that_is_not_json_gets_400() {
        Team t = team("错误局");
        assertError(api.send("POST", "/api/v1/items", "title=x", "application/x-www-form-urlencoded",
                t.drafter().token()), 400);
        assertError(api.send("POST", "/api/v1/items", "title", "text/plain", t.drafter().token()), 400);
    }

    @Test
    void a_non_numeric_item_id_gets_400_naming_the_field() {
        Team t = team("错误局");
        Api.Response r = api.get("/api/v1/items/abc", t.drafter().token());
        assertError(r, 400);
        assertThat(r.field()).isEqualTo("id");
        assertError(api.post("/api/v1/items/12x/transitions", json("action", "submit"), t.drafter().token()), 400);
    }

    @Test
    void an_unknown_api_path_gets_404_json_and_an_unsupported_method_405_json() {
        Team t = team("错误局");
        assertError(api.get("/api/v1/nothing-here", t.drafter().token()), 404);
        long id = newItem(t, "草稿");
        assertError(api.send("DELETE", "/api/v1/items/" + id, null, null, t.drafter().token()), 405);
        assertError(api.send("PATCH", "/api/v1/agencies", "{}", "application/json", adminToken()), 405);
        assertThat(snapshot(id).status()).isEqualTo("DRAFT");
    }

    @Test
    void unknown_paths_under_the_api_need_a_token_first() {
        // anonymous callers learn nothing about which API paths exist
        assertError(api.get("/api/v1/nothing-here", null), 401);
        assertError(api.get("/api/v1/items/1", null), 401);
    }
}
