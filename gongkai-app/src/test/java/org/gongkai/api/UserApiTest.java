package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;

/** People and roles: who may create whom, and what a bad request is told. */
class UserApiTest extends ApiTestBase {

    static Map<String, Object> user(String username, Agency agency, Object roles) {
        return json("username", username, "password", "a-long-password-1", "displayName", "张三", "agency", agency.code(),
                "roles", roles);
    }

    long users(String username) {
        return count("SELECT COUNT(*) FROM app_user WHERE username = ?", username);
    }

    @Test
    void the_county_administrator_creates_people_in_any_agency_and_they_can_sign_in() {
        Agency dept = county.department("人事局");
        String username = TestCounty.unique("zhang");
        Api.Response r = api.post("/api/v1/users", user(username, dept, List.of("drafter", "SIGNER")), adminToken());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.text("username")).isEqualTo(username);
        assertThat(r.text("displayName")).isEqualTo("张三");
        assertThat(r.text("agency")).isEqualTo(dept.code());
        assertThat(r.json().path("roles").values()).extracting(n -> n.asString()).containsExactly("DRAFTER", "SIGNER");
        assertThat(r.json().path("enabled").asBoolean()).isTrue();
        assertThat(r.body()).doesNotContain("a-long-password-1").doesNotContain("bcrypt").doesNotContainIgnoringCase("hash");

        assertThat(api.login(username, "a-long-password-1")).isNotBlank();
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-password-1");
    }

    @Test
    void an_agency_administrator_creates_people_of_its_own_agency() {
        Agency dept = county.department("人事局");
        Person admin = person(dept, Role.AGENCY_ADMIN);
        String username = TestCounty.unique("li");
        Api.Response r = api.post("/api/v1/users", user(username, dept, List.of("REVIEWER", "CONFIDENTIALITY_REVIEWER")),
                admin.token());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("roles").values()).extracting(n -> n.asString())
                .containsExactly("CONFIDENTIALITY_REVIEWER", "REVIEWER");
    }

    @Test
    void an_agency_administrator_gets_403_for_another_agency() {
        Agency own = county.department("人事局");
        Agency other = county.department("他局");
        Person admin = person(own, Role.AGENCY_ADMIN);
        String username = TestCounty.unique("wang");
        Api.Response r = api.post("/api/v1/users", user(username, other, List.of("DRAFTER")), admin.token());
        assertError(r, 403);
        assertThat(r.message()).contains("本机构");
        assertThat(users(username)).isZero();
    }

    @Test
    void an_agency_administrator_cannot_grant_the_county_administrator_role() {
        Agency dept = county.department("人事局");
        Person admin = person(dept, Role.AGENCY_ADMIN);
        String username = TestCounty.unique("zhao");
        Api.Response r = api.post("/api/v1/users", user(username, dept, List.of("DRAFTER", "COUNTY_ADMIN")), admin.token());
        assertError(r, 403);
        assertThat(r.message()).contains("县级管理员");
        assertThat(users(username)).isZero();
    }

    @Test
    void people_without_an_administrator_role_cannot_create_people_even_in_their_own_agency() {
        Agency dept = county.department("人事局");
        for (Role role : new Role[] {Role.DRAFTER, Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER, Role.SIGNER}) {
            Person p = person(dept, role);
            String username = TestCounty.unique("sun");
            Api.Response r = api.post("/api/v1/users", user(username, dept, List.of("DRAFTER")), p.token());
            assertError(r, 403);
            assertThat(r.message()).as(role.name()).contains("管理员");
            assertThat(users(username)).isZero();
        }
        assertError(api.post("/api/v1/users", user(TestCounty.unique("anon"), dept, List.of("DRAFTER")), null), 401);
    }

    @Test
    void an_unknown_role_gets_400_on_field_roles_naming_the_role() {
        Agency dept = county.department("人事局");
        String username = TestCounty.unique("zhou");
        Api.Response r = api.post("/api/v1/users", user(username, dept, List.of("DRAFTER", "SUPERUSER")), adminToken());
        assertBadField(r, "roles");
        assertThat(r.message()).contains("SUPERUSER").contains("DRAFTER");
        assertThat(users(username)).isZero();
    }

    @Test
    void no_role_at_all_gets_400_on_field_roles() {
        Agency dept = county.department("人事局");
        assertBadField(api.post("/api/v1/users", user(TestCounty.unique("wu"), dept, List.of()), adminToken()), "roles");
        assertBadField(api.post("/api/v1/users", user(TestCounty.unique("wu"), dept, null), adminToken()), "roles");
    }

    @Test
    void bad_fields_get_400_naming_the_field() {
        Agency dept = county.department("人事局");
        Map<String, Object> shortPassword = user(TestCounty.unique("zheng"), dept, List.of("DRAFTER"));
        shortPassword.put("password", "short");
        assertBadField(api.post("/api/v1/users", shortPassword, adminToken()), "password");

        assertBadField(api.post("/api/v1/users", user("a b", dept, List.of("DRAFTER")), adminToken()), "username");

        Map<String, Object> noName = user(TestCounty.unique("feng"), dept, List.of("DRAFTER"));
        noName.put("displayName", " ");
        assertBadField(api.post("/api/v1/users", noName, adminToken()), "displayName");

        Map<String, Object> unknownAgency = user(TestCounty.unique("chen"), dept, List.of("DRAFTER"));
        unknownAgency.put("agency", TestCounty.newCode());
        assertBadField(api.post("/api/v1/users", unknownAgency, adminToken()), "agency");
    }

    @Test
    void a_taken_username_gets_409() {
        Agency dept = county.department("人事局");
        String username = TestCounty.unique("chu");
        assertThat(api.post("/api/v1/users", user(username, dept, List.of("DRAFTER")), adminToken()).status()).isEqualTo(201);
        Api.Response again = api.post("/api/v1/users", user(username, dept, List.of("SIGNER")), adminToken());
        assertError(again, 409);
        assertThat(again.message()).contains(username);
        assertThat(users(username)).isEqualTo(1);
    }

    @Test
    void an_agency_administrator_lists_only_the_people_of_its_own_agency() {
        Agency own = county.department("人事局");
        Agency other = county.department("他局");
        Person admin = person(own, Role.AGENCY_ADMIN);
        Person colleague = person(own, Role.DRAFTER);
        Person outsider = person(other, Role.DRAFTER);

        Api.Response mine = api.get("/api/v1/users", admin.token());
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.list()).extracting(u -> u.path("username").asString())
                .contains(admin.username(), colleague.username()).doesNotContain(outsider.username(), ADMIN);
        assertThat(mine.list()).allSatisfy(u -> assertThat(u.path("agency").asString()).isEqualTo(own.code()));

        assertError(api.get("/api/v1/users?agency=" + other.code(), admin.token()), 404);

        Api.Response all = api.get("/api/v1/users?agency=" + other.code(), adminToken());
        assertThat(all.list()).extracting(u -> u.path("username").asString()).contains(outsider.username());
    }
}
