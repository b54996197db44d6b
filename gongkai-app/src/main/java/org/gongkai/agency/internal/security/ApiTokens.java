package org.gongkai.agency.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens for the JSON API. Only a SHA-256 of each token is stored, so a copy of the
 * database does not hand out working tokens; tokens expire after a configured time.
 */
@Component
public class ApiTokens {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    public ApiTokens(JdbcClient jdbc, Clock clock, @Value("${gongkai.security.token-ttl-hours:12}") long ttlHours) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = Duration.ofHours(ttlHours);
    }

    @Transactional
    public String issue(long userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM api_token WHERE expires_at < ?").param(Timestamp.from(now)).update();
        jdbc.sql("INSERT INTO api_token (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash(token), userId, Timestamp.from(now), Timestamp.from(now.plus(ttl))).update();
        return token;
    }

    public Optional<Long> userOf(String token) {
        return jdbc.sql("SELECT user_id FROM api_token WHERE token_hash = ? AND expires_at > ?")
                .params(hash(token), Timestamp.from(clock.instant())).query(Long.class).optional();
    }

    public long expiresInSeconds() {
        return ttl.toSeconds();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
