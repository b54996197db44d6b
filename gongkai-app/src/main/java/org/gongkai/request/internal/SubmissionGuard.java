package org.gongkai.request.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the public application form usable for people and costly for scripts, without any third-party
 * service (a county intranet deployment may have no outside access, and an applicant's visit must not
 * be reported to a captcha provider):
 * <ul>
 *   <li>a small arithmetic question whose answer travels only inside an HMAC, so the page does not
 *       give it away; the token expires and can be used once, so one solved question does not
 *       admit a flood of submissions;</li>
 *   <li>sliding-window limits per client address and per applicant, so one source cannot bury an
 *       office under requests that each start a statutory clock;</li>
 *   <li>a limit on status lookups per address, so the 8-character query codes cannot be guessed online.</li>
 * </ul>
 * Everything lives in memory: a restart forgets the counts and invalidates open questions (the
 * applicant answers a new one), which is acceptable for a throttle.
 */
@Component
public class SubmissionGuard {

    /** A question to show and the signed token to send back with the answer. */
    public record Challenge(int left, int right, boolean plus, String token) {
    }

    /** Why a challenge answer was not accepted. */
    public enum ChallengeResult { OK, WRONG, EXPIRED }

    /** Which limit, if any, refused a submission. */
    public enum Refusal { NONE, ADDRESS, APPLICANT }

    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final byte[] key;
    private final Duration challengeTtl;
    private final Window submissionsPerAddress;
    private final Window submissionsPerApplicant;
    private final Window lookupsPerAddress;
    /** Nonces of tokens already answered; kept a little longer than a token lives, then useless anyway. */
    private final Cache<String, Boolean> used;

    public SubmissionGuard(Clock clock,
                           @Value("${gongkai.apply.secret:}") String secret,
                           @Value("${gongkai.apply.challenge-minutes:30}") long challengeMinutes,
                           @Value("${gongkai.apply.max-per-address:5}") int maxPerAddress,
                           @Value("${gongkai.apply.address-window-minutes:60}") long addressWindowMinutes,
                           @Value("${gongkai.apply.max-per-applicant:10}") int maxPerApplicant,
                           @Value("${gongkai.apply.applicant-window-hours:24}") long applicantWindowHours,
                           @Value("${gongkai.apply.max-lookups-per-address:20}") int maxLookups,
                           @Value("${gongkai.apply.lookup-window-minutes:10}") long lookupWindowMinutes) {
        this.clock = clock;
        // a configured secret keeps questions valid across a restart or several instances behind one
        // proxy; without one, a random key per process is just as safe
        this.key = secret == null || secret.isBlank() ? randomKey() : sha256(secret.getBytes(StandardCharsets.UTF_8));
        this.challengeTtl = Duration.ofMinutes(challengeMinutes);
        this.submissionsPerAddress = new Window(maxPerAddress, Duration.ofMinutes(addressWindowMinutes));
        this.submissionsPerApplicant = new Window(maxPerApplicant, Duration.ofHours(applicantWindowHours));
        this.lookupsPerAddress = new Window(maxLookups, Duration.ofMinutes(lookupWindowMinutes));
        this.used = Caffeine.newBuilder().expireAfterWrite(challengeTtl.plusMinutes(5)).maximumSize(1_000_000).build();
    }

    // ------------------------------------------------------------------ the question

    /** A new question: a sum up to 18 or a difference that is never negative, easy to do in one's head. */
    public Challenge challenge() {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        boolean plus = random.nextBoolean();
        int left = plus ? a : Math.max(a, b);
        int right = plus ? b : Math.min(a, b);
        int answer = plus ? left + right : left - right;
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String payload = B64.encodeToString(nonce) + "." + clock.instant().plus(challengeTtl).getEpochSecond();
        // the answer is part of what is signed, not of what is sent: reading the page does not reveal it
        return new Challenge(left, right, plus, payload + "." + B64.encodeToString(mac(payload, answer)));
    }

    /**
     * Checks an answer. The token is spent whatever the outcome, so a script cannot try every possible
     * answer against one question.
     */
    public ChallengeResult check(String token, String answer) {
        if (token == null) {
            return ChallengeResult.WRONG;
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return ChallengeResult.WRONG;
        }
        long expires;
        byte[] signature;
        try {
            expires = Long.parseLong(parts[1]);
            signature = B64D.decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return ChallengeResult.WRONG;
        }
        Integer given = number(answer);
        String payload = parts[0] + "." + parts[1];
        boolean signed = given != null && MessageDigest.isEqual(mac(payload, given), signature);
        if (used.asMap().putIfAbsent(parts[0], Boolean.TRUE) != null) {
            return ChallengeResult.EXPIRED;
        }
        if (clock.instant().getEpochSecond() > expires) {
            return ChallengeResult.EXPIRED;
        }
        return signed ? ChallengeResult.OK : ChallengeResult.WRONG;
    }

    /** Digits typed with full-width forms or spaces (common with Chinese input methods) still count. */
    private static Integer number(String answer) {
        if (answer == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : answer.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!Character.isWhitespace(c)) {
                return null;
            }
        }
        if (digits.isEmpty() || digits.length() > 3) {
            return null;
        }
        return Integer.parseInt(digits.toString());
    }

    // ------------------------------------------------------------------ limits

    /** The limits in force, for the messages that explain a refusal: {max, window in minutes}. */
    public Object[] addressLimit() {
        return new Object[] {submissionsPerAddress.max, submissionsPerAddress.length.toMinutes()};
    }

    /** {max, window in hours}. */
    public Object[] applicantLimit() {
        return new Object[] {submissionsPerApplicant.max, submissionsPerApplicant.length.toHours()};
    }

    /** {max, window in minutes}. */
    public Object[] lookupLimit() {
        return new Object[] {lookupsPerAddress.max, lookupsPerAddress.length.toMinutes()};
    }

    /** Whether this address has used up its submissions (checked before the applicant solves anything). */
    public boolean addressExhausted(String address) {
        return submissionsPerAddress.full(address(address), clock.instant());
    }

    /**
     * Takes one submission from the address's and the applicant's allowance, or none if either is used
     * up. A submission that then fails validation gives it back with {@link #release}.
     */
    public Refusal reserve(String address, String applicantKey) {
        Instant now = clock.instant();
        String a = address(address);
        if (!submissionsPerAddress.take(a, now)) {
            return Refusal.ADDRESS;
        }
        String p = applicant(applicantKey);
        if (p != null && !submissionsPerApplicant.take(p, now)) {
            submissionsPerAddress.giveBack(a);
            return Refusal.APPLICANT;
        }
        return Refusal.NONE;
    }

    public void release(String address, String applicantKey) {
        submissionsPerAddress.giveBack(address(address));
        String p = applicant(applicantKey);
        if (p != null) {
            submissionsPerApplicant.giveBack(p);
        }
    }

    /** Counts one status lookup; false when the address has looked up too often. */
    public boolean lookupAllowed(String address) {
        return lookupsPerAddress.take(address(address), clock.instant());
    }

    /**
     * Who applies, for the per-applicant limit: the ID number, else the phone, else the e-mail,
     * normalised. Kept only as a hash, so the throttle holds no personal data.
     */
    public static String applicantKey(String idNumber, String phone, String email) {
        String raw = !blank(idNumber) ? "id:" + idNumber.strip().toUpperCase(Locale.ROOT)
                : !blank(phone) ? "ph:" + phone.replaceAll("[^0-9]", "")
                : !blank(email) ? "em:" + email.strip().toLowerCase(Locale.ROOT) : null;
        return raw == null ? null : HexFormat.of().formatHex(sha256(raw.getBytes(StandardCharsets.UTF_8)));
    }

    private static String address(String address) {
        return address == null ? "?" : address;
    }

    private static String applicant(String key) {
        return key == null ? null : "p:" + key;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    // ------------------------------------------------------------------ crypto

    private byte[] mac(String payload, int answer) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal((payload + "|" + answer).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] randomKey() {
        byte[] k = new byte[32];
        random.nextBytes(k);
        return k;
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * At most {@code max} events per key within the last {@code length}: a true sliding window (a
     * fixed window would let a script send twice the limit around the window's edge). Keys nobody
     * used for a whole window are dropped.
     */
    static final class Window {

        private final int max;
        private final Duration length;
        private final Cache<String, Deque<Instant>> events;

        Window(int max, Duration length) {
            this.max = max;
            this.length = length;
            this.events = Caffeine.newBuilder().expireAfterAccess(length).maximumSize(500_000).build();
        }

        boolean take(String key, Instant now) {
            Deque<Instant> times = events.get(key, k -> new ArrayDeque<>());
            synchronized (times) {
                prune(times, now);
                if (times.size() >= max) {
                    return false;
                }
                times.addLast(now);
                return true;
            }
        }

        boolean full(String key, Instant now) {
            Deque<Instant> times = events.getIfPresent(key);
            if (times == null) {
                return false;
            }
            synchronized (times) {
                prune(times, now);
                return times.size() >= max;
            }
        }

        void giveBack(String key) {
            Deque<Instant> times = events.getIfPresent(key);
            if (times != null) {
                synchronized (times) {
                    times.pollLast();
                }
            }
        }

        private void prune(Deque<Instant> times, Instant now) {
            Instant from = now.minus(length);
            while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
                times.pollFirst();
            }
        }
    }
}
