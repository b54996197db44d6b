package org.gongkai.agency.internal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max} failures for one username (from anywhere) or
 * from one address (for any username) within the lock period, further attempts are refused until
 * the period has passed. Counts live in memory; a restart forgets them, which is acceptable for a
 * throttle (the passwords themselves are bcrypt-hashed).
 */
@Component
public class LoginThrottle {

    private final int max;
    private final Cache<String, AtomicInteger> failures;

    public LoginThrottle(@Value("${gongkai.security.login-max-failures:5}") int max,
                         @Value("${gongkai.security.login-lock-minutes:15}") long lockMinutes) {
        this.max = max;
        this.failures = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(lockMinutes)).maximumSize(100_000).build();
    }

    public boolean isLocked(String username, String address) {
        return count("u:" + key(username)) >= max || count("a:" + address) >= max * 4;
    }

    public void failed(String username, String address) {
        failures.get("u:" + key(username), k -> new AtomicInteger()).incrementAndGet();
        failures.get("a:" + address, k -> new AtomicInteger()).incrementAndGet();
    }

    public void succeeded(String username) {
        failures.invalidate("u:" + key(username));
    }

    private int count(String key) {
        AtomicInteger n = failures.getIfPresent(key);
        return n == null ? 0 : n.get();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
