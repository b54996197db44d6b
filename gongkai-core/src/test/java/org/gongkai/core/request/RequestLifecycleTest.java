package org.gongkai.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.core.request.RequestAction.ASSIGN;
import static org.gongkai.core.request.RequestAction.CLOSE;
import static org.gongkai.core.request.RequestAction.CONSULT_END;
import static org.gongkai.core.request.RequestAction.CONSULT_START;
import static org.gongkai.core.request.RequestAction.DELIVERED;
import static org.gongkai.core.request.RequestAction.EXTEND;
import static org.gongkai.core.request.RequestAction.FEE_NOTICE;
import static org.gongkai.core.request.RequestAction.FEE_PAID;
import static org.gongkai.core.request.RequestAction.NOTE;
import static org.gongkai.core.request.RequestAction.REGISTER;
import static org.gongkai.core.request.RequestAction.REPLY;
import static org.gongkai.core.request.RequestAction.REQUEST_SUPPLEMENT;
import static org.gongkai.core.request.RequestAction.SUPPLEMENT_RECEIVED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.calendar.BundledSchedules;
import org.gongkai.core.calendar.StatutoryClock;
import org.gongkai.core.calendar.WorkingCalendar;
import org.gongkai.core.request.RequestRefusal.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The life of a request for information, built through {@link RequestLifecycle#decide} as the
 * application does and read back through {@link RequestLifecycle#replay}. Due dates were counted by hand
 * from the 2026 table of regulations.md §8: received Mon 2026-03-02 → due Mon 03-30 (Mar 3–6, 9–13,
 * 16–20, 23–27, 30); 清明 04-04..06 off (Mon 04-06 a weekday).
 */
class RequestLifecycleTest {

    static final WorkingCalendar CAL = new WorkingCalendar(BundledSchedules.load());
    static final RequestLifecycle LIFE = new RequestLifecycle(new StatutoryClock(CAL));

    static final LocalDate R = d("2026-03-02");

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static RequestEvent ev(RequestAction action, String on) {
        return RequestEvent.of(action, on == null ? null : d(on));
    }

    static RequestEvent extend(String on, int days) {
        return ev(EXTEND, on).withExtension(days, "张主任", "需调取档案");
    }

    static RequestEvent reply(String on, ReplyType type, ReplyGround ground) {
        return ev(REPLY, on).withReply(type, ground);
    }

    /** A request's history, each event checked by decide() on its own date before it is recorded. */
    static final class Req {
        final List<RequestEvent> events = new ArrayList<>();

        Req(LocalDate received) {
            events.add(RequestEvent.of(REGISTER, received).withChannel(Channel.ONLINE));
        }

        static Req received() {
            return new Req(R);
        }

        RequestState state(LocalDate today) {
            return LIFE.replay(List.copyOf(events), today);
        }

        RequestState state(String today) {
            return state(d(today));
        }

        Req act(RequestEvent e) {
            LocalDate today = e.on();
            RequestEvent accepted = LIFE.decide(state(today), e, today);
            assertThat(accepted).isSameAs(e);
            events.add(e);
            return this;
        }

        /** Asserts the refusal; today is the proposed date unless given. */
        void refuses(RequestEvent e, Reason reason) {
            refuses(e, e.on() == null ? R.plusDays(60) : e.on(), reason);
        }

        void refuses(RequestEvent e, LocalDate today, Reason reason) {
            int before = events.size();
            RequestState state = state(today);
            assertThatThrownBy(() -> LIFE.decide(state, e, today))
                    .isInstanceOfSatisfying(RequestRefusal.class, r -> {
                        assertThat(r.reason()).isEqualTo(reason);
                        assertThat(r.getMessage()).isEqualTo(reason.name());
                    });
            assertThat(events).hasSize(before);
        }
    }

    /**
     * Every reason decide() can give, each from a history that reaches it. The switch has no default:
     * a new reason does not compile until it has a scenario here.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Reason.class)
    @DisplayName("every refusal reason is reachable")
    void everyReasonIsReachable(Reason reason) {
        Req q = Req.received();
        switch (reason) {
            case DATE_REQUIRED -> q.refuses(ev(NOTE, null), reason);
            case BEFORE_RECEIPT -> q.refuses(ev(NOTE, "2026-03-01"), reason);
            case BEFORE_PREVIOUS -> {
                q.act(ev(ASSIGN, "2026-03-05").withParty("信息公开科"));
                q.refuses(ev(NOTE, "2026-03-04"), reason);
            }
            case IN_FUTURE -> q.refuses(ev(NOTE, "2026-03-10"), d("2026-03-09"), reason);
            case ALREADY_REPLIED -> {
                q.act(reply("2026-03-20", ReplyType.GRANTED, null));
                q.refuses(reply("2026-03-21", ReplyType.GRANTED, null), reason);
            }
            case NOT_ALLOWED_IN_STATUS -> q.refuses(ev(SUPPLEMENT_RECEIVED, "2026-03-05"), reason);
            case SUPPLEMENT_ALREADY_REQUESTED -> {
                q.act(ev(REQUEST_SUPPLEMENT, "2026-03-05").withUntil(d("2026-03-20")));
                q.act(ev(SUPPLEMENT_RECEIVED, "2026-03-16"));
                q.refuses(ev(REQUEST_SUPPLEMENT, "2026-03-17").withUntil(d("2026-03-31")), reason);
            }
            case SUPPLEMENT_DEADLINE_INVALID -> q.refuses(
                    ev(REQUEST_SUPPLEMENT, "2026-03-05").withUntil(d("2026-03-05")), reason);
            case ALREADY_EXTENDED -> {
                q.act(extend("2026-03-10", 10));
                q.refuses(extend("2026-03-12", 5), reason);
            }
            case EXTENSION_OUT_OF_RANGE -> q.refuses(extend("2026-03-10", 21), reason);
            case EXTENSION_AFTER_DUE -> q.refuses(extend("2026-03-31", 10), reason);
            case APPROVER_REQUIRED -> q.refuses(ev(EXTEND, "2026-03-10").withExtension(10, " ", "需调取档案"), reason);
            case REASON_REQUIRED -> q.refuses(ev(EXTEND, "2026-03-10").withExtension(10, "张主任", null), reason);
            case CONSULTATION_KIND_REQUIRED -> q.refuses(ev(CONSULT_START, "2026-03-10").withParty("某公司"), reason);
            case PARTY_REQUIRED -> q.refuses(
                    ev(CONSULT_START, "2026-03-10").withConsultation(ConsultationKind.THIRD_PARTY, ""), reason);
            case FEE_REQUIRED -> q.refuses(ev(FEE_NOTICE, "2026-03-10"), reason);
            case FEE_NOTICE_AFTER_DUE -> q.refuses(ev(FEE_NOTICE, "2026-03-31").withFee(100), reason);
            case FEE_ALREADY_NOTIFIED -> {
                q.act(ev(FEE_NOTICE, "2026-03-10").withFee(100));
                q.act(ev(FEE_PAID, "2026-03-12"));
                q.refuses(ev(FEE_NOTICE, "2026-03-13").withFee(100), reason);
            }
            case FEE_PAYMENT_LATE -> {
                q.act(ev(FEE_NOTICE, "2026-03-10").withFee(100));
                q.refuses(ev(FEE_PAID, "2026-04-09"), reason);
            }
            case REPLY_TYPE_REQUIRED -> q.refuses(ev(REPLY, "2026-03-10"), reason);
            case GROUND_REQUIRED -> q.refuses(reply("2026-03-10", ReplyType.WITHHELD, null), reason);
            case GROUND_MISMATCH -> q.refuses(reply("2026-03-10", ReplyType.WITHHELD, ReplyGround.NOT_HELD), reason);
            case NOT_REPLIED -> q.refuses(ev(DELIVERED, "2026-03-10"), reason);
        }
    }

    @Test
    @DisplayName("a full life: REGISTER → ASSIGN → CONSULT_START → CONSULT_END → EXTEND → REPLY → DELIVERED → CLOSE")
    void fullLife() {
        Req q = Req.received();
        RequestState s = q.state("2026-03-02");
        assertThat(s.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(s.channel()).isEqualTo(Channel.ONLINE);
        assertThat(s.receivedOn()).isEqualTo(R);
        assertThat(s.dueOn()).isEqualTo(d("2026-03-30"));
        assertThat(s.isOpen()).isTrue();

        q.act(ev(ASSIGN, "2026-03-03").withParty("信息公开科"));
        assertThat(q.state("2026-03-03").assignee()).isEqualTo("信息公开科");

        q.act(ev(CONSULT_START, "2026-03-10").withConsultation(ConsultationKind.THIRD_PARTY, "某建筑公司"));
        s = q.state("2026-03-10");
        assertThat(s.status()).isEqualTo(RequestStatus.CONSULTING);
        assertThat(s.openConsultation()).isEqualTo(ConsultationKind.THIRD_PARTY);
        assertThat(s.dueOn()).isEqualTo(d("2026-03-30"));
        // 条例第三十二条: the third party has 15 working days: Mar 11–13, 16–20, 23–27, 30, 31
        assertThat(s.deadline().pauseEndsBy()).isEqualTo(d("2026-03-31"));
        // 条例第三十三条第三款: (03-10, 03-20] = 8 working days not counted → 03-30 + 8 = 04-10
        assertThat(q.state("2026-03-20").dueOn()).isEqualTo(d("2026-04-10"));

        q.act(ev(CONSULT_END, "2026-03-20"));
        s = q.state("2026-03-25");
        assertThat(s.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(s.openConsultation()).isNull();
        assertThat(s.dueOn()).isEqualTo(d("2026-04-10"));

        // 条例第三十三条第二款: 04-10 + 10 = Apr 13–17, 20–24 → 04-24
        q.act(extend("2026-03-25", 10));
        s = q.state("2026-03-25");
        assertThat(s.extended()).isTrue();
        assertThat(s.dueOn()).isEqualTo(d("2026-04-24"));

        q.act(reply("2026-04-20", ReplyType.GRANTED, null));
        s = q.state("2026-04-20");
        assertThat(s.status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(s.replyType()).isEqualTo(ReplyType.GRANTED);
        assertThat(s.ground()).isNull();
        assertThat(s.repliedOn()).isEqualTo(d("2026-04-20"));
        assertThat(s.isOpen()).isFalse();
        assertThat(s.deadline().late()).isFalse();

        q.act(ev(DELIVERED, "2026-04-21").withNote("邮寄"));
        s = q.state("2026-04-21");
        assertThat(s.status()).isEqualTo(RequestStatus.DELIVERED);
        assertThat(s.deliveredOn()).isEqualTo(d("2026-04-21"));

        q.act(ev(CLOSE, "2026-04-22"));
        s = q.state("2026-06-01");
        assertThat(s.status()).isEqualTo(RequestStatus.ARCHIVED);
        assertThat(s.archivedOn()).isEqualTo(d("2026-04-22"));
        assertThat(s.lastEventOn()).isEqualTo(d("2026-04-22"));
        assertThat(s.dueOn()).isEqualTo(d("2026-04-24"));
        assertThat(s.deadline().stoppedOn()).isEqualTo(d("2026-04-20"));
        assertThat(s.isOpen()).isFalse();
        // nothing more but notes
        q.refuses(ev(ASSIGN, "2026-06-01").withParty("办公室"), Reason.ALREADY_REPLIED);
        q.act(ev(NOTE, "2026-06-01").withNote("复核"));
    }

    @Test
    @DisplayName("国办函〔2020〕109号: fee notice and payment pause the clock; paid in time, the request goes on")
    void feePaidInTime() {
        Req q = Req.received();
        q.act(ev(FEE_NOTICE, "2026-03-10").withFee(200));
        RequestState s = q.state("2026-03-10");
        assertThat(s.status()).isEqualTo(RequestStatus.AWAITING_FEE);
        assertThat(s.feeYuan()).isEqualTo(200L);
        assertThat(s.feeNoticeOn()).isEqualTo(d("2026-03-10"));
        // 收到收费通知次日起20个工作日: Mar 11–13 (3), 16–20 (8), 23–27 (13), 30, 31 (15), Apr 1–3 (18),
        // Apr 6 off, 7 (19), 8 (20)
        assertThat(s.deadline().pauseEndsBy()).isEqualTo(d("2026-04-08"));
        q.refuses(ev(CONSULT_START, "2026-03-11").withConsultation(ConsultationKind.AGENCY, "市局"),
                Reason.NOT_ALLOWED_IN_STATUS);
        q.act(ev(FEE_PAID, "2026-04-08"));
        s = q.state("2026-04-08");
        assertThat(s.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(s.feePaidOn()).isEqualTo(d("2026-04-08"));
        // (03-10, 04-08] = 20 working days → 03-30 + 20: Mar 31, Apr 1–3 (4), 7–10 (8), 13–17 (13),
        // 20–24 (18), 27, 28 (20)
        assertThat(s.dueOn()).isEqualTo(d("2026-04-28"));
    }

    @Test
    @DisplayName("status rules: no extension while awaiting a supplement; no delivery twice; archive after delivery")
    void statusRules() {
        Req q = Req.received();
        q.refuses(ev(CONSULT_END, "2026-03-05"), Reason.NOT_ALLOWED_IN_STATUS);
        q.refuses(ev(FEE_PAID, "2026-03-05"), Reason.NOT_ALLOWED_IN_STATUS);
        q.refuses(ev(REGISTER, "2026-03-05"), Reason.NOT_ALLOWED_IN_STATUS);
        q.refuses(ev(CLOSE, "2026-03-05"), Reason.NOT_REPLIED);
        q.refuses(ev(ASSIGN, "2026-03-05"), Reason.PARTY_REQUIRED);
        q.refuses(extend("2026-03-05", 0), Reason.EXTENSION_OUT_OF_RANGE);
        q.refuses(ev(FEE_NOTICE, "2026-03-05").withFee(0), Reason.FEE_REQUIRED);
        q.refuses(ev(REQUEST_SUPPLEMENT, "2026-03-05"), Reason.SUPPLEMENT_DEADLINE_INVALID);
        q.refuses(reply("2026-03-05", ReplyType.GRANTED, ReplyGround.NOT_HELD), Reason.GROUND_MISMATCH);
        // while awaiting the supplement no count runs: nothing to extend, no fee to ask
        q.act(ev(REQUEST_SUPPLEMENT, "2026-03-05").withUntil(d("2026-03-20")));
        assertThat(q.state("2026-03-06").dueOn()).isNull();
        q.refuses(extend("2026-03-06", 5), Reason.NOT_ALLOWED_IN_STATUS);
        q.refuses(ev(FEE_NOTICE, "2026-03-06").withFee(100), Reason.NOT_ALLOWED_IN_STATUS);
        q.act(reply("2026-03-19", ReplyType.UNABLE_TO_PROVIDE, ReplyGround.UNCLEAR_AFTER_SUPPLEMENT));
        assertThat(q.state("2026-03-19").ground()).isEqualTo(ReplyGround.UNCLEAR_AFTER_SUPPLEMENT);
        q.act(ev(DELIVERED, "2026-03-20"));
        q.refuses(ev(DELIVERED, "2026-03-21"), Reason.NOT_REPLIED);
        q.act(ev(CLOSE, "2026-03-21"));
    }

    @Test
    @DisplayName("extension and fee notice are allowed on the due date itself, not a day later")
    void dueDateBoundary() {
        Req a = Req.received();
        a.act(extend("2026-03-30", 20));
        Req b = Req.received();
        b.act(ev(FEE_NOTICE, "2026-03-30").withFee(100));
        Req c = Req.received();
        c.refuses(ev(FEE_NOTICE, "2026-03-31").withFee(100), Reason.FEE_NOTICE_AFTER_DUE);
    }

    @Test
    @DisplayName("条例第三十条: the 补正 notice is late after the 7th working day (国庆 2026: 09-30 → 10-15)")
    void supplementNoticeLate() {
        // Oct 8, 9, Sat 10, 12, 13, 14, 15
        Req onTime = new Req(d("2026-09-30"));
        onTime.act(ev(REQUEST_SUPPLEMENT, "2026-10-15").withUntil(d("2026-10-30")));
        RequestState s = onTime.state("2026-10-15");
        assertThat(s.supplementRequested()).isTrue();
        assertThat(s.supplementNoticeLate()).isFalse();
        assertThat(s.status()).isEqualTo(RequestStatus.AWAITING_SUPPLEMENT);

        Req late = new Req(d("2026-09-30"));
        late.act(ev(REQUEST_SUPPLEMENT, "2026-10-16").withUntil(d("2026-10-30")));
        assertThat(late.state("2026-10-16").supplementNoticeLate()).isTrue();
    }

    @Test
    @DisplayName("条例第三十条: the count restarts from the supplement (03-16 → 04-14 over 清明)")
    void supplementRestartsTheCount() {
        Req q = Req.received();
        q.act(ev(REQUEST_SUPPLEMENT, "2026-03-05").withUntil(d("2026-03-20")));
        q.act(ev(SUPPLEMENT_RECEIVED, "2026-03-16"));
        RequestState s = q.state("2026-03-16");
        assertThat(s.status()).isEqualTo(RequestStatus.IN_PROGRESS);
        // Mar 17–20 (4), 23–27 (9), 30, 31, Apr 1–3 (14), Apr 6 off, 7–10 (18), 13, 14 (20)
        assertThat(s.dueOn()).isEqualTo(d("2026-04-14"));
        assertThat(s.deadline().countFrom()).isEqualTo(d("2026-03-16"));
        // the new due date governs an extension: on 04-14 allowed (was 03-30 before the supplement)
        q.act(extend("2026-04-14", 1));
        assertThat(q.state("2026-04-14").dueOn()).isEqualTo(d("2026-04-15"));
    }

    @Test
    @DisplayName("条例第三十条 视为放弃申请: the day after the supplement deadline → REPLY （六）1, not before")
    void lapseWithoutSupplement() {
        Req q = Req.received();
        q.act(ev(REQUEST_SUPPLEMENT, "2026-03-05").withUntil(d("2026-03-20")));
        assertThat(LIFE.lapse(q.state("2026-03-20"), d("2026-03-20"))).isEmpty();
        assertThat(LIFE.lapse(q.state("2026-03-06"), d("2026-03-06"))).isEmpty();
        Optional<RequestEvent> lapse = LIFE.lapse(q.state("2026-03-21"), d("2026-03-21"));
        assertThat(lapse).hasValueSatisfying(e -> {
            assertThat(e.action()).isEqualTo(REPLY);
            assertThat(e.on()).isEqualTo(d("2026-03-21"));
            assertThat(e.replyType()).isEqualTo(ReplyType.OTHER);
            assertThat(e.ground()).isEqualTo(ReplyGround.NO_SUPPLEMENT);
        });
        // dated the day after the deadline even when noticed weeks later
        assertThat(LIFE.lapse(q.state("2026-05-01"), d("2026-05-01")).orElseThrow().on()).isEqualTo(d("2026-03-21"));
        // the lapse is an allowed reply, and ends the request
        q.act(lapse.orElseThrow());
        RequestState s = q.state("2026-03-21");
        assertThat(s.status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(s.ground()).isEqualTo(ReplyGround.NO_SUPPLEMENT);
        assertThat(LIFE.lapse(s, d("2026-05-01"))).isEmpty();
    }

    @Test
    @DisplayName("109号 视为放弃申请: the day after the 20 working days to pay → REPLY （六）2, not before")
    void lapseWithoutPayment() {
        Req q = Req.received();
        q.act(ev(FEE_NOTICE, "2026-03-10").withFee(300));
        assertThat(LIFE.lapse(q.state("2026-04-08"), d("2026-04-08"))).isEmpty();
        Optional<RequestEvent> lapse = LIFE.lapse(q.state("2026-04-09"), d("2026-04-09"));
        assertThat(lapse).hasValueSatisfying(e -> {
            assertThat(e.action()).isEqualTo(REPLY);
            assertThat(e.on()).isEqualTo(d("2026-04-09"));
            assertThat(e.replyType()).isEqualTo(ReplyType.OTHER);
            assertThat(e.ground()).isEqualTo(ReplyGround.FEE_NOT_PAID);
        });
        q.act(lapse.orElseThrow());
        RequestState s = q.state("2026-04-09");
        assertThat(s.status()).isEqualTo(RequestStatus.REPLIED);
        // the fee pause ends with the reply: (03-10, 04-09] = 21 working days not counted, so the
        // request was not late: 03-30 + 21 = Mar 31, Apr 1–3, 7–10, 13–17, 20–24, 27–29 → 04-29
        assertThat(s.dueOn()).isEqualTo(d("2026-04-29"));
        assertThat(s.deadline().late()).isFalse();
    }

    @Test
    @DisplayName("no lapse for a request that is simply in progress or consulting, however late")
    void noLapseOtherwise() {
        Req q = Req.received();
        assertThat(LIFE.lapse(q.state("2026-12-01"), d("2026-12-01"))).isEmpty();
        q.act(ev(CONSULT_START, "2026-03-10").withConsultation(ConsultationKind.AGENCY, "市住建局"));
        assertThat(LIFE.lapse(q.state("2026-12-01"), d("2026-12-01"))).isEmpty();
    }

    @Test
    void replayNeedsOneRegisterFirst() {
        assertThatThrownBy(() -> LIFE.replay(List.of(), R)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LIFE.replay(List.of(ev(NOTE, "2026-03-02")), R))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LIFE.replay(List.of(ev(REGISTER, "2026-03-02"), ev(REGISTER, "2026-03-03")), R))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LIFE.clock().calendar()).isSameAs(CAL);
    }

    @Test
    @DisplayName("RequestStatus.isOpen: open while handled (结转 at year end), closed once replied")
    void statusOpenness() {
        assertThat(RequestStatus.values()).filteredOn(RequestStatus::isOpen).containsExactly(
                RequestStatus.IN_PROGRESS, RequestStatus.AWAITING_SUPPLEMENT, RequestStatus.CONSULTING,
                RequestStatus.AWAITING_FEE);
        assertThat(ConsultationKind.THIRD_PARTY.pause()).isEqualTo(StatutoryClock.Pause.THIRD_PARTY_CONSULTATION);
        assertThat(ConsultationKind.AGENCY.pause()).isEqualTo(StatutoryClock.Pause.AGENCY_CONSULTATION);
    }
}
