package org.gongkai.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.api.Api.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.agency.UserService;
import org.gongkai.core.review.Role;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Sign-in for the API: tokens, the failure throttle, and how tokens and passwords are kept. */
class AuthApiTest extends ApiTestBase {

    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    UserService users;

    /**
     * Failed sign-ins also count per client address (any username). Tests that fail on purpose
     * come from their own address (the server honours X-Forwarded-For, as behind the county's
     * reverse proxy), so they never lock out the rest of the suite, which signs in from 127.0.0.1.
     */
    private static String[] ownAddress() {
        return new String[] {"X-Forwarded-For", "198.51.100." + ADDRESS.incrementAndGet()};
    }

    @Test
    void the_right_password_gets_a_token_that_opens_the_api() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        Api.Response r = api.requestToken(p.username(), TestCounty.PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text("token")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(r.json().path("expiresIn").asLong()).isPositive();

        Api.Response me = api.get("/api/v1/users", r.text("token"));
        assertThat(me.status()).as("%s", me).isEqualTo(200);
        assertThat(me.list()).extracting(u -> u.path("username").asString()).contains(p.username());
    }

    @Test
    void a_wrong_password_gets_401_with_a_chinese_message_and_no_token() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        Api.Response r = api.requestToken(p.username(), "wrong-password-1", ownAddress());
        assertError(r, 401);
        assertThat(r.message()).contains("用户名或密码不正确");
        assertThat(r.json().has("token")).isFalse();
    }

    @Test
    void an_unknown_username_gets_the_same_answer_as_a_wrong_password() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        String[] address = ownAddress();
        Api.Response wrongPassword = api.requestToken(p.username(), "wrong-password-1", address);
        Api.Response unknownUser = api.requestToken(TestCounty.unique("nobody"), "wrong-password-1", address);
        assertError(unknownUser, 401);
        assertThat(unknownUser.message()).isEqualTo(wrongPassword.message());
    }

    @Test
    void five_failures_lock_the_username_even_for_the_right_password() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        Person other = person(county.department("认证局"), Role.DRAFTER);
        String[] address = ownAddress();
        for (int i = 1; i <= 5; i++) {
            Api.Response r = api.requestToken(p.username(), "wrong-password-" + i, address);
            assertError(r, 401);
            assertThat(r.message()).as("failure %d", i).contains("用户名或密码不正确");
        }
        Api.Response locked = api.requestToken(p.username(), TestCounty.PASSWORD, address);
        assertError(locked, 401);
        assertThat(locked.message()).contains("锁定");
        assertThat(locked.json().has("token")).isFalse();
        // the lock is on that username, not on everyone at the address
        assertThat(api.requestToken(other.username(), TestCounty.PASSWORD, address).status()).isEqualTo(200);
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_username() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        String[] address = ownAddress();
        for (int i = 0; i < 20; i++) {
            assertError(api.requestToken(TestCounty.unique("guess"), "wrong-password", address), 401);
        }
        Api.Response locked = api.requestToken(p.username(), TestCounty.PASSWORD, address);
        assertError(locked, 401);
        assertThat(locked.message()).contains("锁定");
        // the same person from another address is not affected
        assertThat(api.requestToken(p.username(), TestCounty.PASSWORD, ownAddress()).status()).isEqualTo(200);
        assertThat(api.requestToken(p.username(), TestCounty.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void a_missing_username_or_password_gets_400_naming_the_field() {
        assertBadField(api.post("/api/v1/auth/token", json("password", "x"), null), "username");
        assertBadField(api.post("/api/v1/auth/token", json("username", "admin"), null), "password");
        assertBadField(api.post("/api/v1/auth/token", json("username", " ", "password", "x"), null), "username");
    }

    @Test
    void a_call_without_a_token_gets_401_json_that_says_how_to_sign_in() {
        Api.Response r = api.post("/api/v1/items", json("title", "x"), null);
        assertError(r, 401);
        assertThat(r.message()).contains("Bearer");
        assertError(api.get("/api/v1/users", null), 401);
    }

    @Test
    void a_garbage_or_malformed_token_gets_401() {
        assertError(api.get("/api/v1/users", "garbage"), 401);
        assertError(api.get("/api/v1/users", ""), 401);
        assertError(api.send("GET", "/api/v1/users", null, null, null, "Authorization", "Basic YWRtaW46YWRtaW4="), 401);
        // a real token with one character changed
        String token = adminToken();
        String altered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertError(api.get("/api/v1/users", altered), 401);
    }

    @Test
    void an_expired_token_gets_401() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        assertThat(api.get("/api/v1/users", p.token()).status()).isEqualTo(200);
        int changed = jdbc.sql("UPDATE api_token SET expires_at = ? WHERE token_hash = ?")
                .params(Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), sha256(p.token())).update();
        assertThat(changed).isEqualTo(1);
        assertError(api.get("/api/v1/users", p.token()), 401);
    }

    @Test
    void tokens_are_stored_only_as_their_sha256() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        assertThat(count("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", p.token())).isZero();
        assertThat(count("SELECT COUNT(*) FROM api_token WHERE token_hash = ? AND user_id = ?", sha256(p.token()),
                p.user().id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT token_hash FROM api_token WHERE user_id = ?").param(p.user().id())
                .query(String.class).list()).allSatisfy(h -> assertThat(h).matches("[0-9a-f]{64}").isNotEqualTo(p.token()));
    }

    @Test
    void passwords_are_stored_bcrypt_hashed() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        for (String username : new String[] {ADMIN, p.username()}) {
            String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username)
                    .query(String.class).single();
            assertThat(hash).as(username).startsWith("{bcrypt}$2").doesNotContain(TestCounty.PASSWORD)
                    .doesNotContain(ADMIN_PASSWORD);
        }
    }

    @Test
    void a_disabled_person_can_neither_sign_in_nor_use_an_earlier_token() {
        Person p = person(county.department("认证局"), Role.DRAFTER);
        users.setEnabled(p.user().id(), false, county.countyAdmin());
        assertError(api.get("/api/v1/users", p.token()), 401);
        assertError(api.requestToken(p.username(), TestCounty.PASSWORD, ownAddress()), 401);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
