package org.gongkai.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.core.review.Action.ABOLISH;
import static org.gongkai.core.review.Action.AMEND;
import static org.gongkai.core.review.Action.APPROVE;
import static org.gongkai.core.review.Action.CREATE;
import static org.gongkai.core.review.Action.EDIT;
import static org.gongkai.core.review.Action.EXPIRE;
import static org.gongkai.core.review.Action.PUBLISH;
import static org.gongkai.core.review.Action.REJECT;
import static org.gongkai.core.review.Action.SUBMIT;
import static org.gongkai.core.review.Action.WITHDRAW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.core.review.ItemLifecycle.Actor;
import org.gongkai.core.review.ItemLifecycle.Request;
import org.gongkai.core.review.WorkflowRefusal.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review chain 先审后发, 一事一审: draft → 审核 → 保密审查 (条例第十七条) → 签发, and what may happen to an
 * item after publication. Every test builds the history through {@link ItemLifecycle#decide}, as the
 * application does, and reads the outcome through {@link ItemLifecycle#replay}.
 */
class ItemLifecycleTest {

    static final Actor DRAFTER = new Actor(1, "王发布", Set.of(Role.DRAFTER));
    static final Actor REVIEWER = new Actor(2, "李审核", Set.of(Role.REVIEWER));
    static final Actor SECRECY = new Actor(3, "张保密", Set.of(Role.CONFIDENTIALITY_REVIEWER));
    static final Actor SIGNER = new Actor(4, "赵签发", Set.of(Role.SIGNER));
    static final Actor ADMIN = new Actor(5, "陈管理", Set.of(Role.AGENCY_ADMIN));
    static final Actor COUNTY = new Actor(6, "县公开办", Set.of(Role.COUNTY_ADMIN));
    /** Holds every role: only 一事一审 keeps this person from doing a whole round alone. */
    static final Actor EVERYONE = new Actor(9, "全能", Set.of(Role.values()));

    static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

    /** An item's history built through decide(), one minute per event. */
    static final class Item {
        final List<ItemEvent> events = new ArrayList<>();

        ItemEvent act(Actor actor, Request request) {
            ItemEvent e = ItemLifecycle.decide(List.copyOf(events), actor, request, now());
            events.add(e);
            return e;
        }

        ItemEvent act(Actor actor, Action action) {
            return act(actor, Request.of(action, null));
        }

        ItemEvent act(Actor actor, Action action, String opinion) {
            return act(actor, Request.of(action, opinion));
        }

        /** Asserts the request is refused for {@code reason} and nothing was recorded. */
        void refuses(Actor actor, Request request, Reason reason) {
            int before = events.size();
            assertThatThrownBy(() -> act(actor, request))
                    .isInstanceOfSatisfying(WorkflowRefusal.class, r -> assertThat(r.reason()).isEqualTo(reason));
            assertThat(events).hasSize(before);
        }

        void refuses(Actor actor, Action action, Reason reason) {
            refuses(actor, Request.of(action, null), reason);
        }

        void refusesForRole(Actor actor, Request request, Role requiredRole) {
            assertThatThrownBy(() -> act(actor, request))
                    .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                        assertThat(r.reason()).isEqualTo(Reason.ROLE_REQUIRED);
                        assertThat(r.requiredRole()).isEqualTo(requiredRole);
                    });
        }

        Instant now() {
            return T0.plus(Duration.ofMinutes(events.size()));
        }

        ItemState state() {
            return ItemLifecycle.replay(events);
        }

        ItemStatus status() {
            return state().status();
        }
    }

    /** A drafted item, submitted by {@link #DRAFTER}. */
    static Item submitted() {
        Item item = new Item();
        item.act(DRAFTER, CREATE);
        item.act(DRAFTER, SUBMIT);
        return item;
    }

    static Item inConfidentialityReview() {
        Item item = submitted();
        item.act(REVIEWER, APPROVE);
        return item;
    }

    static Item awaitingSignOff() {
        Item item = inConfidentialityReview();
        item.act(SECRECY, APPROVE);
        return item;
    }

    static Item published() {
        Item item = awaitingSignOff();
        item.act(SIGNER, PUBLISH);
        return item;
    }

    static Item withdrawn() {
        Item item = published();
        item.act(SIGNER, WITHDRAW, "发布后发现附件有误");
        return item;
    }

    static Item inStatus(ItemStatus status) {
        return switch (status) {
            case DRAFT -> {
                Item item = new Item();
                item.act(DRAFTER, CREATE);
                yield item;
            }
            case IN_REVIEW -> submitted();
            case IN_CONFIDENTIALITY_REVIEW -> inConfidentialityReview();
            case AWAITING_SIGN_OFF -> awaitingSignOff();
            case PUBLISHED -> published();
            case WITHDRAWN -> withdrawn();
        };
    }

    // ---------------------------------------------------------------- the chain

    @Test
    @DisplayName("先审后发 (条例第十七条 保密审查): draft → 审核 → 保密审查 → 签发 by four different people")
    void reviewBeforePublishing_happyPathWithFourPeople() {
        Item item = new Item();

        ItemEvent created = item.act(DRAFTER, CREATE);
        assertThat(created.action()).isEqualTo(CREATE);
        assertThat(created.actorId()).isEqualTo(1L);
        assertThat(created.actorName()).isEqualTo("王发布");
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);

        item.act(DRAFTER, SUBMIT);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(item.state().roundActors()).containsExactly(1L);

        ItemEvent reviewed = item.act(REVIEWER, APPROVE, "  内容准确  ");
        assertThat(reviewed.step()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(reviewed.opinion()).isEqualTo("内容准确");
        assertThat(item.status()).isEqualTo(ItemStatus.IN_CONFIDENTIALITY_REVIEW);

        ItemEvent secrecyChecked = item.act(SECRECY, APPROVE);
        assertThat(secrecyChecked.step()).isEqualTo(ItemStatus.IN_CONFIDENTIALITY_REVIEW);
        assertThat(secrecyChecked.opinion()).isNull();
        assertThat(item.status()).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);

        ItemEvent signed = item.act(SIGNER, PUBLISH);
        assertThat(signed.step()).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);
        assertThat(signed.at()).isEqualTo(T0.plus(Duration.ofMinutes(4)));

        ItemState state = item.state();
        assertThat(state.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(state.validity()).isEqualTo(Validity.VALID);
        assertThat(state.roundActors()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(state.firstPublishedAt()).isEqualTo(signed.at());
        assertThat(state.lastPublishedAt()).isEqualTo(signed.at());
        assertThat(state.validityChangedOn()).isNull();
        assertThat(item.events).extracting(ItemEvent::action).containsExactly(CREATE, SUBMIT, APPROVE, APPROVE, PUBLISH);
    }

    @Test
    @DisplayName("An empty history is a draft; 创建草稿 happens once")
    void createOnlyOnAnEmptyHistory() {
        assertThat(ItemLifecycle.replay(List.of()).status()).isEqualTo(ItemStatus.DRAFT);
        Item item = new Item();
        item.refusesForRole(REVIEWER, Request.of(CREATE, null), Role.DRAFTER);
        item.act(DRAFTER, CREATE);
        item.refuses(DRAFTER, CREATE, Reason.NOT_ALLOWED_IN_STATUS);
    }

    // ---------------------------------------------------------------- roles

    @Test
    @DisplayName("信息发布员 drafts and submits: CREATE, EDIT, SUBMIT need DRAFTER")
    void drafterRoleRequiredToDraftAndSubmit() {
        Item item = new Item();
        for (Actor other : List.of(REVIEWER, SECRECY, SIGNER, ADMIN, COUNTY)) {
            item.refusesForRole(other, Request.of(CREATE, null), Role.DRAFTER);
        }
        item.act(DRAFTER, CREATE);
        for (Actor other : List.of(REVIEWER, SECRECY, SIGNER, ADMIN, COUNTY)) {
            item.refusesForRole(other, Request.of(EDIT, null), Role.DRAFTER);
            item.refusesForRole(other, Request.of(SUBMIT, null), Role.DRAFTER);
        }
        assertThat(item.events).hasSize(1);
    }

    @Test
    @DisplayName("审核 needs REVIEWER, to approve or to reject")
    void reviewerRoleRequiredForReview() {
        Item item = submitted();
        for (Actor other : List.of(SECRECY, SIGNER, ADMIN, COUNTY)) {
            item.refusesForRole(other, Request.of(APPROVE, null), Role.REVIEWER);
            item.refusesForRole(other, Request.of(REJECT, "退回"), Role.REVIEWER);
        }
        assertThat(item.status()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    @DisplayName("条例第十七条: 保密审查 needs CONFIDENTIALITY_REVIEWER, to approve or to reject")
    void confidentialityReviewerRoleRequiredForConfidentialityReview() {
        Item item = inConfidentialityReview();
        Actor secondReviewer = new Actor(12, "另一审核员", Set.of(Role.REVIEWER));
        for (Actor other : List.of(secondReviewer, SIGNER, ADMIN, COUNTY)) {
            item.refusesForRole(other, Request.of(APPROVE, null), Role.CONFIDENTIALITY_REVIEWER);
            item.refusesForRole(other, Request.of(REJECT, "退回"), Role.CONFIDENTIALITY_REVIEWER);
        }
        assertThat(item.status()).isEqualTo(ItemStatus.IN_CONFIDENTIALITY_REVIEW);
    }

    @Test
    @DisplayName("签发 needs SIGNER; no other role implies it, not even 县级管理员")
    void signerRoleRequiredToPublish() {
        Item item = awaitingSignOff();
        Actor secondSecrecy = new Actor(13, "另一保密员", Set.of(Role.CONFIDENTIALITY_REVIEWER));
        Actor bothAdmins = new Actor(14, "管理员", Set.of(Role.AGENCY_ADMIN, Role.COUNTY_ADMIN));
        for (Actor other : List.of(secondSecrecy, ADMIN, COUNTY, bothAdmins)) {
            item.refusesForRole(other, Request.of(PUBLISH, null), Role.SIGNER);
            item.refusesForRole(other, Request.of(REJECT, "退回"), Role.SIGNER);
        }
        assertThat(item.status()).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);
    }

    // ---------------------------------------------------------------- 一事一审

    @Test
    @DisplayName("一事一审: a person holding every role cannot approve 审核 and then 保密审查")
    void oneReviewOnePerson_sameActorCannotApproveTwoSteps() {
        Item item = submitted();
        item.act(EVERYONE, APPROVE);
        item.refuses(EVERYONE, APPROVE, Reason.SAME_PERSON_TWICE);
        item.refuses(EVERYONE, Request.of(REJECT, "退回"), Reason.SAME_PERSON_TWICE);
        item.act(SECRECY, APPROVE);
        item.refuses(EVERYONE, PUBLISH, Reason.SAME_PERSON_TWICE);
        item.refuses(EVERYONE, Request.of(REJECT, "退回"), Reason.SAME_PERSON_TWICE);
        item.refuses(SECRECY, PUBLISH, Reason.ROLE_REQUIRED);
        item.act(SIGNER, PUBLISH);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    @DisplayName("一事一审: the 保密审查 approver cannot also sign")
    void oneReviewOnePerson_confidentialityReviewerCannotSign() {
        Actor secrecyAndSigner = new Actor(15, "保密兼签发", Set.of(Role.CONFIDENTIALITY_REVIEWER, Role.SIGNER));
        Item item = inConfidentialityReview();
        item.act(secrecyAndSigner, APPROVE);
        item.refuses(secrecyAndSigner, PUBLISH, Reason.SAME_PERSON_TWICE);
    }

    @Test
    @DisplayName("一事一审: whoever submitted cannot approve any step of that round, nor sign it")
    void oneReviewOnePerson_submitterCannotApprove() {
        Item item = new Item();
        item.act(EVERYONE, CREATE);
        item.act(EVERYONE, SUBMIT);
        item.refuses(EVERYONE, APPROVE, Reason.SAME_PERSON_TWICE);
        item.refuses(EVERYONE, Request.of(REJECT, "自己退回"), Reason.SAME_PERSON_TWICE);
        item.act(REVIEWER, APPROVE);
        item.refuses(EVERYONE, APPROVE, Reason.SAME_PERSON_TWICE);
        item.act(SECRECY, APPROVE);
        item.refuses(EVERYONE, PUBLISH, Reason.SAME_PERSON_TWICE);
    }

    @Test
    @DisplayName("一事一审: creating the draft is not a step of the round; the creator may review what another submitted")
    void oneReviewOnePerson_creatorWhoDidNotSubmitMayReview() {
        Actor drafterAndReviewer = new Actor(16, "发布兼审核", Set.of(Role.DRAFTER, Role.REVIEWER));
        Item item = new Item();
        item.act(drafterAndReviewer, CREATE);
        item.act(DRAFTER, SUBMIT);
        item.act(drafterAndReviewer, APPROVE);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_CONFIDENTIALITY_REVIEW);
    }

    // ---------------------------------------------------------------- reject

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\t"})
    @DisplayName("退回 needs a reason (审核意见): OPINION_REQUIRED at every step")
    void rejectNeedsOpinion(String opinion) {
        submitted().refuses(REVIEWER, Request.of(REJECT, opinion), Reason.OPINION_REQUIRED);
        inConfidentialityReview().refuses(SECRECY, Request.of(REJECT, opinion), Reason.OPINION_REQUIRED);
        awaitingSignOff().refuses(SIGNER, Request.of(REJECT, opinion), Reason.OPINION_REQUIRED);
    }

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = {"IN_REVIEW", "IN_CONFIDENTIALITY_REVIEW", "AWAITING_SIGN_OFF"})
    @DisplayName("退回 returns the item to DRAFT, records the step and the reason, and ends the round")
    void rejectReturnsToDraftWithReason(ItemStatus step) {
        Item item = inStatus(step);
        Actor rejecter = switch (step) {
            case IN_REVIEW -> REVIEWER;
            case IN_CONFIDENTIALITY_REVIEW -> SECRECY;
            default -> SIGNER;
        };

        ItemEvent rejected = item.act(rejecter, REJECT, "  第三段涉及个人信息，请删除  ");

        assertThat(rejected.step()).isEqualTo(step);
        assertThat(rejected.opinion()).isEqualTo("第三段涉及个人信息，请删除");
        assertThat(item.status()).isEqualTo(ItemStatus.DRAFT);
        assertThat(item.state().roundActors()).isEmpty();
        assertThat(item.state().firstPublishedAt()).isNull();
        item.act(DRAFTER, EDIT);
        item.act(DRAFTER, SUBMIT);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_REVIEW);
    }

    @Test
    @DisplayName("一事一审 is per round: after 退回 the next round may reuse the same people, even in other steps")
    void newRoundAfterRejectMayReusePeople() {
        Actor reviewerAndSecrecy = new Actor(17, "审核兼保密", Set.of(Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER));
        Item item = submitted();
        item.act(reviewerAndSecrecy, APPROVE);                 // round 1: 审核
        item.act(SECRECY, REJECT, "涉及内部事项");               // round 1: 保密审查 rejects
        item.act(DRAFTER, EDIT);

        item.act(DRAFTER, SUBMIT);                             // round 2, same submitter
        item.act(REVIEWER, APPROVE);
        item.act(reviewerAndSecrecy, APPROVE);                 // now 保密审查, after 审核 in round 1
        item.act(SIGNER, PUBLISH);

        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
        assertThat(item.state().roundActors()).containsExactlyInAnyOrder(1L, 2L, 17L, 4L);
    }

    @Test
    @DisplayName("一事一审: the same reviewer, confidentiality reviewer and signer may act again after the signer's 退回")
    void newRoundAfterSignerRejectsMayReuseSamePeople() {
        Item item = awaitingSignOff();
        item.act(SIGNER, REJECT, "文号有误");
        item.act(DRAFTER, SUBMIT);
        item.act(REVIEWER, APPROVE);
        item.act(SECRECY, APPROVE);
        item.act(SIGNER, PUBLISH);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = {"DRAFT", "PUBLISHED", "WITHDRAWN"})
    @DisplayName("退回 and 审核通过 exist only during review")
    void approveAndRejectOnlyDuringReview(ItemStatus status) {
        Item item = inStatus(status);
        item.refuses(EVERYONE, APPROVE, Reason.NOT_ALLOWED_IN_STATUS);
        item.refuses(EVERYONE, Request.of(REJECT, "退回"), Reason.NOT_ALLOWED_IN_STATUS);
    }

    // ---------------------------------------------------------------- sign-off is publishing

    @Test
    @DisplayName("签发 is the act of publishing: APPROVE while AWAITING_SIGN_OFF is refused, even for the signer")
    void signOffIsPublish_approveWhileAwaitingSignOffRefused() {
        Item item = awaitingSignOff();
        item.refuses(SIGNER, APPROVE, Reason.NOT_ALLOWED_IN_STATUS);
        item.refuses(EVERYONE, APPROVE, Reason.NOT_ALLOWED_IN_STATUS);
        assertThat(item.status()).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);
    }

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = "AWAITING_SIGN_OFF", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("先审后发: PUBLISH only from AWAITING_SIGN_OFF, never skipping 审核 or 保密审查")
    void reviewBeforePublishing_publishOnlyFromAwaitingSignOff(ItemStatus status) {
        Item item = inStatus(status);
        Actor freshSigner = new Actor(18, "新签发人", Set.of(Role.SIGNER));
        item.refuses(freshSigner, PUBLISH, Reason.NOT_ALLOWED_IN_STATUS);
        assertThat(item.status()).isEqualTo(status);
    }

    @Test
    @DisplayName("先审后发: PUBLISH on an empty history is refused")
    void publishWithoutAnyHistoryRefused() {
        new Item().refuses(SIGNER, PUBLISH, Reason.NOT_ALLOWED_IN_STATUS);
    }

    // ---------------------------------------------------------------- 三同步

    @Test
    @DisplayName("三同步: a 行政规范性文件 without its 政策解读 is refused INTERPRETATION_REQUIRED when no reason is given")
    void threeSynchronous_normativeWithoutInterpretationNeedsReason() {
        Item item = awaitingSignOff();
        item.refuses(SIGNER, new Request(PUBLISH, null, null, true, null), Reason.INTERPRETATION_REQUIRED);
        item.refuses(SIGNER, new Request(PUBLISH, "同意发布", null, true, "   "), Reason.INTERPRETATION_REQUIRED);
        assertThat(item.status()).isEqualTo(ItemStatus.AWAITING_SIGN_OFF);
    }

    @Test
    @DisplayName("三同步: the signer's reason for publishing without 政策解读 is recorded in the opinion")
    void threeSynchronous_reasonIsRecordedInOpinion() {
        Item item = awaitingSignOff();
        ItemEvent published = item.act(SIGNER, new Request(PUBLISH, null, null, true, "  解读材料正在起草，五个工作日内发布 "));

        assertThat(published.opinion()).isEqualTo("未同步发布政策解读的理由：解读材料正在起草，五个工作日内发布");
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    @DisplayName("三同步: the reason is appended to the signer's own opinion")
    void threeSynchronous_reasonAppendedToOpinion() {
        ItemEvent published = awaitingSignOff().act(SIGNER,
                new Request(PUBLISH, "同意发布", null, true, "解读随后发布"));
        assertThat(published.opinion()).isEqualTo("同意发布；未同步发布政策解读的理由：解读随后发布");
    }

    @Test
    @DisplayName("三同步: a document with its interpretation, or not normative, needs no reason")
    void threeSynchronous_notNeededWithInterpretation() {
        ItemEvent published = awaitingSignOff().act(SIGNER, new Request(PUBLISH, "同意", null, false, "ignored"));
        assertThat(published.opinion()).isEqualTo("同意");
    }

    @Test
    @DisplayName("三同步 is checked after 一事一审 and the role: the wrong person learns that first")
    void threeSynchronous_roleAndSeparationComeFirst() {
        Item item = awaitingSignOff();
        item.refusesForRole(ADMIN, new Request(PUBLISH, null, null, true, null), Role.SIGNER);
        item.refuses(DRAFTER, new Request(PUBLISH, null, null, true, null), Reason.ROLE_REQUIRED);

        Item reviewedByEveryone = submitted();
        reviewedByEveryone.act(EVERYONE, APPROVE);
        reviewedByEveryone.act(SECRECY, APPROVE);
        reviewedByEveryone.refuses(EVERYONE, new Request(PUBLISH, null, null, true, null), Reason.SAME_PERSON_TWICE);
    }

    // ---------------------------------------------------------------- withdraw

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    @DisplayName("撤回 needs a reason")
    void withdrawNeedsReason(String opinion) {
        published().refuses(SIGNER, Request.of(WITHDRAW, opinion), Reason.OPINION_REQUIRED);
    }

    @Test
    @DisplayName("撤回 needs SIGNER or AGENCY_ADMIN")
    void withdrawNeedsSignerOrAgencyAdmin() {
        Item item = published();
        for (Actor other : List.of(DRAFTER, REVIEWER, SECRECY, COUNTY)) {
            item.refusesForRole(other, Request.of(WITHDRAW, "撤回"), Role.SIGNER);
        }
        Item bySigner = published();
        bySigner.act(SIGNER, WITHDRAW, "附件有误");
        assertThat(bySigner.status()).isEqualTo(ItemStatus.WITHDRAWN);

        Item byAdmin = published();
        ItemEvent withdrawn = byAdmin.act(ADMIN, WITHDRAW, " 附件有误 ");
        assertThat(withdrawn.opinion()).isEqualTo("附件有误");
        assertThat(byAdmin.status()).isEqualTo(ItemStatus.WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = "PUBLISHED", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("撤回 only after publication")
    void withdrawOnlyWhenPublished(ItemStatus status) {
        inStatus(status).refuses(SIGNER, Request.of(WITHDRAW, "撤回"), Reason.NOT_ALLOWED_IN_STATUS);
    }

    @Test
    @DisplayName("A withdrawn item can be edited and resubmitted, and goes through the whole chain again")
    void withdrawnItemCanBeResubmitted() {
        Item item = withdrawn();
        item.refuses(SIGNER, PUBLISH, Reason.NOT_ALLOWED_IN_STATUS);
        item.act(DRAFTER, EDIT);
        item.act(DRAFTER, SUBMIT);
        assertThat(item.status()).isEqualTo(ItemStatus.IN_REVIEW);
        assertThat(item.state().roundActors()).containsExactly(1L);
        item.act(REVIEWER, APPROVE);
        item.act(SECRECY, APPROVE);
        item.act(SIGNER, PUBLISH);
        assertThat(item.status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    @DisplayName("发布日期 stays that of the first publication: replay keeps firstPublishedAt after withdraw and re-publication")
    void replayKeepsFirstPublishedAtAfterRepublication() {
        Item item = published();
        Instant first = item.events.get(item.events.size() - 1).at();
        item.act(SIGNER, WITHDRAW, "更正错别字");
        item.act(DRAFTER, EDIT);
        item.act(DRAFTER, SUBMIT);
        item.act(REVIEWER, APPROVE);
        item.act(SECRECY, APPROVE);
        ItemEvent again = item.act(SIGNER, PUBLISH);

        ItemState state = item.state();
        assertThat(again.at()).isAfter(first);
        assertThat(state.firstPublishedAt()).isEqualTo(first);
        assertThat(state.lastPublishedAt()).isEqualTo(again.at());
        // replaying the same events again gives the same answer
        assertThat(ItemLifecycle.replay(List.copyOf(item.events))).isEqualTo(state);
    }

    // ---------------------------------------------------------------- validity

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    @DisplayName("宣布废止 needs a reason")
    void abolishNeedsOpinion(String opinion) {
        published().refuses(SIGNER, new Request(ABOLISH, opinion, LocalDate.of(2025, 7, 1), false, null),
                Reason.OPINION_REQUIRED);
    }

    @Test
    @DisplayName("宣布废止 sets the validity to ABOLISHED from its effective date; the item stays published")
    void abolishSetsValidityWithEffectiveDate() {
        Item item = published();
        LocalDate on = LocalDate.of(2025, 7, 1);
        ItemEvent abolished = item.act(ADMIN, new Request(ABOLISH, "被2025年第3号文件废止", on, false, null));

        assertThat(abolished.effectiveOn()).isEqualTo(on);
        assertThat(abolished.opinion()).isEqualTo("被2025年第3号文件废止");
        ItemState state = item.state();
        assertThat(state.validity()).isEqualTo(Validity.ABOLISHED);
        assertThat(state.validityChangedOn()).isEqualTo(on);
        assertThat(state.status()).isEqualTo(ItemStatus.PUBLISHED);
    }

    @Test
    @DisplayName("废止 is final: no further validity change (VALIDITY_CHANGE_NOT_ALLOWED)")
    void abolishedIsFinal() {
        Item item = published();
        item.act(SIGNER, new Request(ABOLISH, "废止", LocalDate.of(2025, 7, 1), false, null));
        for (Action change : List.of(ABOLISH, AMEND, EXPIRE)) {
            item.refuses(SIGNER, new Request(change, "再改", LocalDate.of(2025, 8, 1), false, null),
                    Reason.VALIDITY_CHANGE_NOT_ALLOWED);
        }
        assertThat(item.state().validityChangedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    @DisplayName("失效 is final too: an expired item cannot be abolished or amended")
    void expiredIsFinal() {
        Item item = published();
        item.act(SIGNER, new Request(EXPIRE, null, LocalDate.of(2025, 7, 1), false, null));
        assertThat(item.state().validity()).isEqualTo(Validity.EXPIRED);
        for (Action change : List.of(ABOLISH, AMEND, EXPIRE)) {
            item.refuses(SIGNER, new Request(change, "再改", null, false, null), Reason.VALIDITY_CHANGE_NOT_ALLOWED);
        }
    }

    @Test
    @DisplayName("已修订 is still in force: it may later be abolished")
    void amendedMayBeAbolished() {
        Item item = published();
        item.act(SIGNER, new Request(AMEND, null, LocalDate.of(2025, 5, 1), false, null));
        assertThat(item.state().validity()).isEqualTo(Validity.AMENDED);
        assertThat(item.state().validityChangedOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        item.act(SIGNER, new Request(ABOLISH, "废止", LocalDate.of(2026, 1, 1), false, null));
        assertThat(item.state().validity()).isEqualTo(Validity.ABOLISHED);
        assertThat(item.state().validityChangedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    @DisplayName("Validity changes need SIGNER or AGENCY_ADMIN and a published item")
    void validityChangesNeedRoleAndPublication() {
        Item item = published();
        for (Action change : List.of(ABOLISH, AMEND, EXPIRE)) {
            item.refusesForRole(DRAFTER, new Request(change, "理由", null, false, null), Role.SIGNER);
            item.refusesForRole(COUNTY, new Request(change, "理由", null, false, null), Role.SIGNER);
            awaitingSignOff().refuses(SIGNER, new Request(change, "理由", null, false, null),
                    Reason.NOT_ALLOWED_IN_STATUS);
            withdrawn().refuses(SIGNER, new Request(change, "理由", null, false, null),
                    Reason.NOT_ALLOWED_IN_STATUS);
        }
    }

    // ---------------------------------------------------------------- automatic expiry

    @Test
    @DisplayName("有效期: nothing happens before or on the last valid day; from the next day the item is 失效")
    void expireIfPast_expiresTheDayAfterTheLastValidDay() {
        Item item = published();
        LocalDate validUntil = LocalDate.of(2025, 6, 30);
        Instant now = Instant.parse("2025-07-01T16:05:00Z");

        assertThat(ItemLifecycle.expireIfPast(item.events, validUntil, LocalDate.of(2025, 6, 1), now)).isNull();
        assertThat(ItemLifecycle.expireIfPast(item.events, validUntil, LocalDate.of(2025, 6, 29), now)).isNull();
        assertThat(ItemLifecycle.expireIfPast(item.events, validUntil, validUntil, now)).isNull();

        ItemEvent expiry = ItemLifecycle.expireIfPast(item.events, validUntil, LocalDate.of(2025, 7, 1), now);
        assertThat(expiry).isNotNull();
        assertThat(expiry.action()).isEqualTo(EXPIRE);
        assertThat(expiry.actorId()).isNull();
        assertThat(expiry.effectiveOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(expiry.at()).isEqualTo(now);
        assertThat(expiry.opinion()).isNotBlank();

        // a late run still dates the expiry from the day after the last valid day
        ItemEvent late = ItemLifecycle.expireIfPast(item.events, validUntil, LocalDate.of(2025, 9, 15), now);
        assertThat(late.effectiveOn()).isEqualTo(LocalDate.of(2025, 7, 1));

        item.events.add(expiry);
        assertThat(item.state().validity()).isEqualTo(Validity.EXPIRED);
        assertThat(item.state().validityChangedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(item.state().status()).isEqualTo(ItemStatus.PUBLISHED);
        // and it happens once
        assertThat(ItemLifecycle.expireIfPast(item.events, validUntil, LocalDate.of(2025, 7, 2), now)).isNull();
    }

    @Test
    @DisplayName("有效期: no expiry without a 有效期, before publication, after withdrawal, or after 废止")
    void expireIfPast_onlyForPublishedItemsStillInForce() {
        LocalDate validUntil = LocalDate.of(2025, 6, 30);
        LocalDate today = LocalDate.of(2025, 12, 31);
        Instant now = Instant.parse("2025-12-31T00:00:00Z");

        assertThat(ItemLifecycle.expireIfPast(published().events, null, today, now)).isNull();
        assertThat(ItemLifecycle.expireIfPast(awaitingSignOff().events, validUntil, today, now)).isNull();
        assertThat(ItemLifecycle.expireIfPast(withdrawn().events, validUntil, today, now)).isNull();
        Item abolished = published();
        abolished.act(SIGNER, new Request(ABOLISH, "废止", LocalDate.of(2025, 3, 1), false, null));
        assertThat(ItemLifecycle.expireIfPast(abolished.events, validUntil, today, now)).isNull();

        Item amended = published();
        amended.act(SIGNER, new Request(AMEND, null, LocalDate.of(2025, 3, 1), false, null));
        assertThat(ItemLifecycle.expireIfPast(amended.events, validUntil, today, now)).isNotNull();
    }

    // ---------------------------------------------------------------- edits

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = {"DRAFT", "WITHDRAWN"})
    @DisplayName("修改 is possible in DRAFT and WITHDRAWN")
    void editAllowedInDraftAndWithdrawn(ItemStatus status) {
        Item item = inStatus(status);
        ItemEvent edit = item.act(DRAFTER, EDIT);
        assertThat(edit.action()).isEqualTo(EDIT);
        assertThat(item.status()).isEqualTo(status);
    }

    @ParameterizedTest
    @EnumSource(value = ItemStatus.class, names = {"IN_REVIEW", "IN_CONFIDENTIALITY_REVIEW", "AWAITING_SIGN_OFF", "PUBLISHED"})
    @DisplayName("先审后发: what is being reviewed or is published cannot be edited (edit only in DRAFT/WITHDRAWN)")
    void editRefusedDuringReviewAndAfterPublication(ItemStatus status) {
        Item item = inStatus(status);
        item.refuses(DRAFTER, EDIT, Reason.NOT_ALLOWED_IN_STATUS);
        item.refuses(DRAFTER, SUBMIT, Reason.NOT_ALLOWED_IN_STATUS);
    }
}
