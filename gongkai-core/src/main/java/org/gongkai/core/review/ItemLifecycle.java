package org.gongkai.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The review-before-publishing chain (先审后发, 一事一审) as rules: draft → 审核 → 保密审查 → 签发 → published.
 *
 * <p>State is never stored on its own: {@link #replay} derives it from the recorded events, and
 * {@link #decide} checks a requested action against that state and returns the event to record.
 * Keeping both here means the web pages, the API and the tests all obey the same rules.
 *
 * <p>条例 第十七条 requires a 保密审查 before disclosure; the separation of duties (a different
 * person at every step) is the 一事一审 practice of the county's disclosure rules.
 */
public final class ItemLifecycle {

    private ItemLifecycle() {
    }

    /** Who asks for an action: id, name and the roles held in the item's agency. */
    public record Actor(long id, String name, Set<Role> roles) {
    }

    /**
     * A request to act on an item.
     *
     * @param normativeWithoutInterpretation true when the item is a 行政规范性文件 with no linked 政策解读
     * @param noInterpretationReason         the signer's reason to publish it anyway (三同步 exception)
     */
    public record Request(Action action, String opinion, LocalDate effectiveOn,
                          boolean normativeWithoutInterpretation, String noInterpretationReason) {
        public static Request of(Action action, String opinion) {
            return new Request(action, opinion, null, false, null);
        }
    }

    public static ItemState replay(List<ItemEvent> events) {
        ItemStatus status = ItemStatus.DRAFT;
        Validity validity = Validity.VALID;
        Set<Long> round = new HashSet<>();
        Instant firstPublished = null;
        Instant lastPublished = null;
        LocalDate validityChangedOn = null;
        for (ItemEvent e : events) {
            switch (e.action()) {
                case CREATE, EDIT -> { }
                case SUBMIT -> {
                    status = ItemStatus.IN_REVIEW;
                    round = new HashSet<>();
                    round.add(e.actorId());
                }
                case APPROVE -> {
                    round.add(e.actorId());
                    status = status == ItemStatus.IN_REVIEW ? ItemStatus.IN_CONFIDENTIALITY_REVIEW : ItemStatus.AWAITING_SIGN_OFF;
                }
                case REJECT -> {
                    status = ItemStatus.DRAFT;
                    round = new HashSet<>();
                }
                case PUBLISH -> {
                    status = ItemStatus.PUBLISHED;
                    round.add(e.actorId());
                    if (firstPublished == null) {
                        firstPublished = e.at();
                    }
                    lastPublished = e.at();
                }
                case WITHDRAW -> status = ItemStatus.WITHDRAWN;
                case ABOLISH -> {
                    validity = Validity.ABOLISHED;
                    validityChangedOn = e.effectiveOn();
                }
                case AMEND -> {
                    validity = Validity.AMENDED;
                    validityChangedOn = e.effectiveOn();
                }
                case EXPIRE -> {
                    validity = Validity.EXPIRED;
                    validityChangedOn = e.effectiveOn();
                }
                default -> throw new IllegalStateException("unknown action " + e.action());
            }
        }
        return new ItemState(status, validity, Set.copyOf(round), firstPublished, lastPublished, validityChangedOn);
    }

    /** The role needed to approve or reject the step an item is in. */
    public static Role roleFor(ItemStatus step) {
        return switch (step) {
            case IN_REVIEW -> Role.REVIEWER;
            case IN_CONFIDENTIALITY_REVIEW -> Role.CONFIDENTIALITY_REVIEWER;
            case AWAITING_SIGN_OFF -> Role.SIGNER;
            default -> null;
        };
    }

    /**
     * Checks {@code request} by {@code actor} against the item's history and returns the event to
     * append, or throws {@link WorkflowRefusal} saying why not.
     */
    public static ItemEvent decide(List<ItemEvent> history, Actor actor, Request request, Instant now) {
        ItemState state = replay(history);
        ItemStatus status = state.status();
        String opinion = request.opinion() == null ? null : request.opinion().strip();
        boolean hasOpinion = opinion != null && !opinion.isEmpty();
        ItemStatus step = null;
        LocalDate effectiveOn = null;
        switch (request.action()) {
            case CREATE -> {
                if (!history.isEmpty()) {
                    throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
                }
                need(actor, Role.DRAFTER);
            }
            case EDIT -> {
                if (!status.isEditable()) {
                    throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
                }
                need(actor, Role.DRAFTER);
            }
            case SUBMIT -> {
                if (!status.isEditable()) {
                    throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
                }
                need(actor, Role.DRAFTER);
            }
            case APPROVE, REJECT -> {
                if (request.action() == Action.APPROVE && status == ItemStatus.AWAITING_SIGN_OFF) {
                    // signing off is publishing: one act, recorded as PUBLISH
                    throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
                }
                Role role = roleFor(status);
                if (role == null) {
                    throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
                }
                need(actor, role);
                if (request.action() == Action.REJECT && !hasOpinion) {
                    throw refuse(WorkflowRefusal.Reason.OPINION_REQUIRED);
                }
                notTwice(state, actor);
                step = status;
            }
            case PUBLISH -> {
                if (status != ItemStatus.AWAITING_SIGN_OFF) {
                    throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
                }
                need(actor, Role.SIGNER);
                notTwice(state, actor);
                if (request.normativeWithoutInterpretation()
                        && (request.noInterpretationReason() == null || request.noInterpretationReason().isBlank())) {
                    throw refuse(WorkflowRefusal.Reason.INTERPRETATION_REQUIRED);
                }
                if (request.normativeWithoutInterpretation()) {
                    opinion = (hasOpinion ? opinion + "；" : "") + "未同步发布政策解读的理由：" + request.noInterpretationReason().strip();
                }
                step = status;
            }
            case WITHDRAW -> {
                if (status != ItemStatus.PUBLISHED) {
                    throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
                }
                needAny(actor, Role.SIGNER, Role.AGENCY_ADMIN);
                if (!hasOpinion) {
                    throw refuse(WorkflowRefusal.Reason.OPINION_REQUIRED);
                }
            }
            case ABOLISH, AMEND, EXPIRE -> {
                if (status != ItemStatus.PUBLISHED) {
                    throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
                }
                needAny(actor, Role.SIGNER, Role.AGENCY_ADMIN);
                Validity target = switch (request.action()) {
                    case ABOLISH -> Validity.ABOLISHED;
                    case AMEND -> Validity.AMENDED;
                    default -> Validity.EXPIRED;
                };
                if (!state.validity().canChangeTo(target)) {
                    throw refuse(WorkflowRefusal.Reason.VALIDITY_CHANGE_NOT_ALLOWED);
                }
                if (request.action() == Action.ABOLISH && !hasOpinion) {
                    throw refuse(WorkflowRefusal.Reason.OPINION_REQUIRED);
                }
                effectiveOn = request.effectiveOn();
            }
            default -> throw refuse(WorkflowRefusal.Reason.NOT_ALLOWED_IN_STATUS);
        }
        String recorded = opinion == null || opinion.isEmpty() ? null : opinion;
        return new ItemEvent(request.action(), actor.id(), actor.name(), step, recorded, now, effectiveOn);
    }

    /**
     * The event the system records when an item's 有效期 has passed: it is 失效 from the day after
     * its last valid day. Returns null when nothing is to change.
     */
    public static ItemEvent expireIfPast(List<ItemEvent> history, LocalDate validUntil, LocalDate today, Instant now) {
        ItemState state = replay(history);
        if (validUntil == null || state.status() != ItemStatus.PUBLISHED || state.validity().isFinal()
                || !today.isAfter(validUntil)) {
            return null;
        }
        return new ItemEvent(Action.EXPIRE, null, "系统", null, "有效期已届满", now, validUntil.plusDays(1));
    }

    private static void need(Actor actor, Role role) {
        if (!actor.roles().contains(role)) {
            throw new WorkflowRefusal(WorkflowRefusal.Reason.ROLE_REQUIRED, role);
        }
    }

    private static void needAny(Actor actor, Role first, Role second) {
        if (!actor.roles().contains(first) && !actor.roles().contains(second)) {
            throw new WorkflowRefusal(WorkflowRefusal.Reason.ROLE_REQUIRED, first);
        }
    }

    private static void notTwice(ItemState state, Actor actor) {
        if (state.roundActors().contains(actor.id())) {
            throw refuse(WorkflowRefusal.Reason.SAME_PERSON_TWICE);
        }
    }

    private static WorkflowRefusal refuse(WorkflowRefusal.Reason reason) {
        return new WorkflowRefusal(reason, null);
    }
}
