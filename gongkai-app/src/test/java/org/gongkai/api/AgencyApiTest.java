package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.core.code.CreditCode;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The county's agencies: the public list, each agency's catalogue, and creating agencies. */
class AgencyApiTest extends ApiTestBase {

    /** The county template of the catalogue, as every new agency must receive it. */
    static final List<String> TEMPLATE = List.of("JGXX", "ZCWJ", "ZCJD", "GHJH", "TZGG", "GZDT", "RSXX", "CZXX", "CZXX-YS",
            "CZXX-JS", "YJGL", "ZDLY", "XZXK", "XZCF", "NDBG");


    Map<String, Object> department(String code, String name) {
        return json("code", code, "name", name, "kind", "DEPARTMENT", "parent", county.county().code());
    }

    /** The same code with another, wrong check character. */
    static String withWrongCheckCharacter(String code) {
        char right = code.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    static List<String> codes(List<JsonNode> nodes) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            out.add(n.path("code").asString());
            out.addAll(codes(new ArrayList<>(n.path("children").values())));
        }
        return out;
    }

    @Test
    void anyone_may_list_the_agencies_without_signing_in() {
        Agency dept = county.department("公开局");
        Api.Response r = api.get("/api/v1/agencies", null);
        assertThat(r.status()).isEqualTo(200);
        List<JsonNode> all = r.list();
        JsonNode root = all.get(0);
        assertThat(root.path("code").asString()).isEqualTo(county.county().code());
        assertThat(root.path("kind").asString()).isEqualTo("GOVERNMENT");
        assertThat(root.path("parent").isMissingNode() || root.path("parent").isNull()).isTrue();
        assertThat(all).filteredOn(a -> a.path("code").asString().equals(dept.code())).singleElement().satisfies(a -> {
            assertThat(a.path("name").asString()).isEqualTo(dept.name());
            assertThat(a.path("kind").asString()).isEqualTo("DEPARTMENT");
            assertThat(a.path("parent").asString()).isEqualTo(county.county().code());
        });
    }

    @Test
    void the_county_administrator_creates_an_agency_that_starts_with_the_county_catalogue_template() {
        String code = TestCounty.newCode();
        String name = TestCounty.unique("新建局");
        Api.Response r = api.post("/api/v1/agencies", json("code", code, "name", name, "kind", "department",
                "parent", county.county().code()), adminToken());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.text("code")).isEqualTo(code);
        assertThat(r.text("name")).isEqualTo(name);
        assertThat(r.text("kind")).isEqualTo("DEPARTMENT");
        assertThat(r.text("parent")).isEqualTo(county.county().code());

        assertThat(api.get("/api/v1/agencies", null).list()).extracting(a -> a.path("code").asString()).contains(code);

        Api.Response tree = api.get("/api/v1/agencies/" + code + "/categories", null);
        assertThat(tree.status()).as("%s", tree).isEqualTo(200);
        assertThat(codes(tree.list())).containsExactlyInAnyOrderElementsOf(TEMPLATE);
        assertThat(tree.list()).filteredOn(c -> c.path("code").asString().equals("CZXX")).singleElement()
                .satisfies(c -> assertThat(codes(new ArrayList<>(c.path("children").values())))
                        .containsExactly("CZXX-YS", "CZXX-JS"));
        // and the template in the database is what the API promised
        assertThat(jdbc.sql("SELECT code FROM category WHERE agency_id IS NULL").query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(TEMPLATE);
    }

    @Test
    void a_code_with_a_wrong_check_character_gets_400_on_field_code_mentioning_the_check_character() {
        String code = withWrongCheckCharacter(TestCounty.newCode());
        assertThat(CreditCode.isValid(code)).isFalse();
        Api.Response r = api.post("/api/v1/agencies", department(code, TestCounty.unique("错码局")), adminToken());
        assertBadField(r, "code");
        assertThat(r.message()).contains("校验码");
        assertThat(count("SELECT COUNT(*) FROM agency WHERE code = ?", code)).isZero();
    }

    @Test
    void codes_of_the_wrong_length_or_with_forbidden_letters_get_400_on_field_code() {
        assertBadField(api.post("/api/v1/agencies", department("1133099900", TestCounty.unique("短码局")), adminToken()),
                "code");
        String withO = "11330998O" + TestCounty.newCode().substring(9);
        assertBadField(api.post("/api/v1/agencies", department(withO, TestCounty.unique("字母局")), adminToken()), "code");
        assertBadField(api.post("/api/v1/agencies", department(null, TestCounty.unique("无码局")), adminToken()), "code");
    }

    @Test
    void a_duplicate_code_gets_409_and_a_duplicate_name_too() {
        String code = TestCounty.newCode();
        String name = TestCounty.unique("重复局");
        assertThat(api.post("/api/v1/agencies", department(code, name), adminToken()).status()).isEqualTo(201);

        Api.Response sameCode = api.post("/api/v1/agencies", department(code, TestCounty.unique("另一局")), adminToken());
        assertError(sameCode, 409);
        assertThat(sameCode.message()).contains(code);

        Api.Response sameName = api.post("/api/v1/agencies", department(TestCounty.newCode(), name), adminToken());
        assertError(sameName, 409);
        assertThat(sameName.message()).contains(name);
        assertThat(count("SELECT COUNT(*) FROM agency WHERE name = ?", name)).isEqualTo(1);
    }

    @Test
    void only_the_county_administrator_creates_agencies_others_get_403_and_anonymous_callers_401() {
        Agency dept = county.department("本局");
        String code = TestCounty.newCode();
        for (Role role : new Role[] {Role.AGENCY_ADMIN, Role.DRAFTER, Role.SIGNER}) {
            Person p = person(dept, role);
            Api.Response r = api.post("/api/v1/agencies", department(code, TestCounty.unique("越权局")), p.token());
            assertError(r, 403);
            assertThat(r.message()).as(role.name()).contains("县级管理员");
        }
        // also an agency administrator of the county government itself is not the county administrator
        Person rootAgencyAdmin = person(county.county(), Role.AGENCY_ADMIN);
        assertError(api.post("/api/v1/agencies", department(code, TestCounty.unique("越权局")), rootAgencyAdmin.token()), 403);

        assertError(api.post("/api/v1/agencies", department(code, TestCounty.unique("匿名局")), null), 401);
        assertThat(count("SELECT COUNT(*) FROM agency WHERE code = ?", code)).isZero();
    }

    @Test
    void an_unknown_kind_or_parent_gets_400_naming_the_field() {
        String name = TestCounty.unique("类别局");
        assertBadField(api.post("/api/v1/agencies", json("code", TestCounty.newCode(), "name", name, "kind", "MINISTRY",
                "parent", county.county().code()), adminToken()), "kind");
        assertBadField(api.post("/api/v1/agencies", json("code", TestCounty.newCode(), "name", name,
                "parent", county.county().code()), adminToken()), "kind");
        assertBadField(api.post("/api/v1/agencies", json("code", TestCounty.newCode(), "name", name, "kind", "TOWNSHIP",
                "parent", TestCounty.newCode()), adminToken()), "parent");
        assertBadField(api.post("/api/v1/agencies", json("code", TestCounty.newCode(), "name", name, "kind", "TOWNSHIP"),
                adminToken()), "parent");
        assertBadField(api.post("/api/v1/agencies", json("code", TestCounty.newCode(), "name", " ", "kind", "TOWNSHIP",
                "parent", county.county().code()), adminToken()), "name");
        assertThat(count("SELECT COUNT(*) FROM agency WHERE name = ?", name)).isZero();
    }

    @Test
    void the_catalogue_of_an_unknown_agency_gets_404_json() {
        String code = TestCounty.newCode();
        Api.Response r = api.get("/api/v1/agencies/" + code + "/categories", null);
        assertError(r, 404);
        assertThat(r.message()).contains(code);
    }
}
