package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;

/** A person's optional email address (where a request officer's daily digest goes). */
class UserEmailApiTest extends ApiTestBase {

    @Test
    void a_person_can_be_created_with_an_email_address() {
        Agency dept = county.department("邮箱局");
        String username = TestCounty.unique("mail");
        Api.Response r = api.post("/api/v1/users", json("username", username, "password", "a-long-password-1",
                "displayName", "承办人甲", "agency", dept.code(), "roles", List.of("REQUEST_OFFICER"),
                "email", " officer@qingshan.example.org "), adminToken());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.text("email")).isEqualTo("officer@qingshan.example.org");
        assertThat(jdbc.sql("SELECT email FROM app_user WHERE username = ?").param(username).query(String.class).single())
                .isEqualTo("officer@qingshan.example.org");
    }

    @Test
    void a_malformed_email_address_is_refused_naming_the_field() {
        Agency dept = county.department("邮箱局");
        String username = TestCounty.unique("bad");
        Api.Response r = api.post("/api/v1/users", json("username", username, "password", "a-long-password-1",
                "displayName", "承办人乙", "agency", dept.code(), "roles", List.of("REQUEST_OFFICER"),
                "email", "not an address"), adminToken());
        assertBadField(r, "email");
        assertThat(r.message()).contains("电子邮箱");
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = ?", username)).isZero();
    }

    @Test
    void without_an_email_address_a_person_is_created_as_before() {
        Agency dept = county.department("邮箱局");
        Api.Response r = api.post("/api/v1/users", json("username", TestCounty.unique("none"), "password",
                "a-long-password-1", "displayName", "发布员", "agency", dept.code(), "roles", List.of("DRAFTER")),
                adminToken());
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(r.json().path("email").isNull() || r.json().path("email").isMissingNode()).as("%s", r).isTrue();
    }
}
