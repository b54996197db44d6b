package org.gongkai.request.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.gongkai.request.internal.SubmissionGuard.ChallengeResult;
import org.gongkai.request.internal.SubmissionGuard.Refusal;
import org.junit.jupiter.api.Test;

/** The guard's time rules, on a clock the test moves: question expiry and the sliding windows. */
class SubmissionGuardTest {

    /** A clock the test sets. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-11-02T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    final MovingClock clock = new MovingClock();

    SubmissionGuard guard(String secret) {
        return new SubmissionGuard(clock, secret, 30, 5, 60, 10, 24, 20, 10);
    }

    static String answer(SubmissionGuard.Challenge c) {
        return Integer.toString(c.plus() ? c.left() + c.right() : c.left() - c.right());
    }

    @Test
    void a_question_is_answered_once_within_thirty_minutes_and_full_width_digits_count() {
        SubmissionGuard g = guard("");
        SubmissionGuard.Challenge c = g.challenge();
        assertThat(c.plus() ? c.left() + c.right() : c.left() - c.right()).isBetween(0, 18);
        String fullWidth = answer(c).chars().mapToObj(ch -> String.valueOf((char) ('０' + (ch - '0'))))
                .reduce("", String::concat);
        assertThat(g.check(c.token(), " " + fullWidth + " ")).isEqualTo(ChallengeResult.OK);
        assertThat(g.check(c.token(), answer(c))).isEqualTo(ChallengeResult.EXPIRED);

        SubmissionGuard.Challenge late = g.challenge();
        clock.advance(Duration.ofMinutes(31));
        assertThat(g.check(late.token(), answer(late))).isEqualTo(ChallengeResult.EXPIRED);
    }

    @Test
    void a_token_signed_with_another_key_is_refused_and_a_configured_secret_survives_a_restart() {
        SubmissionGuard.Challenge c = guard("").challenge();
        assertThat(guard("").check(c.token(), answer(c))).isEqualTo(ChallengeResult.WRONG);

        SubmissionGuard.Challenge shared = guard("county-secret").challenge();
        assertThat(guard("county-secret").check(shared.token(), answer(shared))).isEqualTo(ChallengeResult.OK);
    }

    @Test
    void the_address_window_slides_and_a_released_submission_is_given_back() {
        SubmissionGuard g = guard("");
        for (int i = 0; i < 5; i++) {
            assertThat(g.reserve("192.0.2.1", SubmissionGuard.applicantKey(null, "1380000000" + i, null)))
                    .isEqualTo(Refusal.NONE);
            clock.advance(Duration.ofMinutes(10));
        }
        assertThat(g.addressExhausted("192.0.2.1")).isTrue();
        assertThat(g.reserve("192.0.2.1", null)).isEqualTo(Refusal.ADDRESS);
        // the first one (50 minutes ago) leaves the window ten minutes later, the others stay
        clock.advance(Duration.ofMinutes(11));
        assertThat(g.reserve("192.0.2.1", null)).isEqualTo(Refusal.NONE);
        assertThat(g.reserve("192.0.2.1", null)).isEqualTo(Refusal.ADDRESS);
        g.release("192.0.2.1", null);
        assertThat(g.addressExhausted("192.0.2.1")).isFalse();
    }

    @Test
    void the_applicant_is_recognised_by_id_number_before_phone_and_kept_only_as_a_hash() {
        String key = SubmissionGuard.applicantKey("11010519491231002x", "13800001111", null);
        assertThat(key).isEqualTo(SubmissionGuard.applicantKey(" 11010519491231002X", "13900002222", "a@b.cn"))
                .doesNotContain("110105");
        assertThat(SubmissionGuard.applicantKey(null, "138-0000-1111", null))
                .isEqualTo(SubmissionGuard.applicantKey("", "13800001111", null));
        assertThat(SubmissionGuard.applicantKey(null, null, null)).isNull();

        SubmissionGuard g = guard("");
        for (int i = 0; i < 10; i++) {
            assertThat(g.reserve("198.51.100." + i, key)).isEqualTo(Refusal.NONE);
        }
        assertThat(g.reserve("198.51.100.99", key)).isEqualTo(Refusal.APPLICANT);
        // the refusal did not use up the new address's allowance
        assertThat(g.reserve("198.51.100.99", null)).isEqualTo(Refusal.NONE);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(g.reserve("198.51.100.98", key)).isEqualTo(Refusal.NONE);
    }
}
