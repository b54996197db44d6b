package org.gongkai.core.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.gongkai.core.review.ItemLifecycle.Actor;
import org.gongkai.core.review.ItemLifecycle.Request;

/**
 * 先审后发 and 一事一审 hold whatever people try: random (action, actor) requests are applied through
 * {@link ItemLifecycle#decide}, refused ones skipped, and every prefix of the resulting history is replayed.
 */
class ItemLifecycleProperties {

    /** People with single roles and with overlapping ones, so that only 一事一审 stops some shortcuts. */
    static final List<Actor> PEOPLE = List.of(
            new Actor(1, "发布员", Set.of(Role.DRAFTER)),
            new Actor(2, "审核员", Set.of(Role.REVIEWER)),
            new Actor(3, "保密员", Set.of(Role.CONFIDENTIALITY_REVIEWER)),
            new Actor(4, "签发人", Set.of(Role.SIGNER)),
            new Actor(5, "发布审核保密", Set.of(Role.DRAFTER, Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER)),
            new Actor(6, "全能", Set.of(Role.values())),
            new Actor(7, "管理员", Set.of(Role.AGENCY_ADMIN, Role.COUNTY_ADMIN)),
            new Actor(8, "审核签发", Set.of(Role.REVIEWER, Role.SIGNER)),
            new Actor(9, "保密签发", Set.of(Role.CONFIDENTIALITY_REVIEWER, Role.SIGNER)));

    static final Map<Long, Actor> BY_ID = PEOPLE.stream().collect(Collectors.toMap(Actor::id, a -> a));

    record Attempt(Actor actor, Request request) {
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        // weighted towards the chain so that publication is actually reached often
        Arbitrary<Action> action = Arbitraries.frequency(
                Tuple.of(2, Action.CREATE), Tuple.of(2, Action.EDIT), Tuple.of(6, Action.SUBMIT),
                Tuple.of(14, Action.APPROVE), Tuple.of(2, Action.REJECT), Tuple.of(10, Action.PUBLISH),
                Tuple.of(3, Action.WITHDRAW), Tuple.of(1, Action.ABOLISH), Tuple.of(1, Action.AMEND),
                Tuple.of(1, Action.EXPIRE));
        Arbitrary<String> text = Arbitraries.frequency(
                Tuple.of(1, null), Tuple.of(1, ""), Tuple.of(1, "  "), Tuple.of(3, "意见"));
        Arbitrary<Boolean> normativeWithoutInterpretation = Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, true));
        return Combinators.combine(action, text, Arbitraries.of(null, LocalDate.of(2025, 7, 1)),
                        normativeWithoutInterpretation, text)
                .as(Request::new)
                .flatMap(request -> actorFor(request.action()).map(actor -> new Attempt(actor, request)))
                .list().ofMinSize(20).ofMaxSize(100);
    }

    /** Mostly someone holding a role the action needs (so the chain makes progress), sometimes anyone. */
    private static Arbitrary<Actor> actorFor(Action action) {
        Set<Role> useful = switch (action) {
            case CREATE, EDIT, SUBMIT -> Set.of(Role.DRAFTER);
            case APPROVE, REJECT -> Set.of(Role.REVIEWER, Role.CONFIDENTIALITY_REVIEWER, Role.SIGNER);
            case PUBLISH -> Set.of(Role.SIGNER);
            case WITHDRAW, ABOLISH, AMEND, EXPIRE -> Set.of(Role.SIGNER, Role.AGENCY_ADMIN);
        };
        List<Actor> holders = PEOPLE.stream().filter(p -> p.roles().stream().anyMatch(useful::contains)).toList();
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(holders)), Tuple.of(1, Arbitraries.of(PEOPLE)));
    }

    @Property(tries = 2000)
    @Label("先审后发/一事一审: PUBLISHED only after SUBMIT, 审核, 保密审查, 签发 in one round by four different people")
    void neverPublishedWithoutAFullRoundOfFourPeople(@ForAll("attempts") List<Attempt> attempts) {
        Instant now = Instant.parse("2025-03-03T01:00:00Z");
        // start from a draft, so that the random requests are spent on the chain (a random CREATE is refused)
        List<ItemEvent> history = new ArrayList<>(List.of(
                ItemLifecycle.decide(List.of(), PEOPLE.get(0), Request.of(Action.CREATE, null), now)));
        for (Attempt a : attempts) {
            try {
                history.add(ItemLifecycle.decide(List.copyOf(history), a.actor(), a.request(), now));
            } catch (WorkflowRefusal refused) {
                continue;
            }
            now = now.plusSeconds(60);
        }

        boolean everPublished = false;
        for (int end = 1; end <= history.size(); end++) {
            List<ItemEvent> prefix = history.subList(0, end);
            ItemState state = ItemLifecycle.replay(prefix);
            if (state.status() == ItemStatus.PUBLISHED) {
                everPublished = true;
                assertFullRoundBeforeLastPublish(prefix, state);
            }
        }
        Statistics.label("reached PUBLISHED").collect(everPublished);
        Statistics.label("published twice").collect(
                history.stream().filter(e -> e.action() == Action.PUBLISH).count() > 1);
        // the property must not hold vacuously
        Statistics.label("reached PUBLISHED").coverage(c -> c.check(true).percentage(p -> p > 30));
        Statistics.label("published twice").coverage(c -> c.check(true).percentage(p -> p > 1));
    }

    private static void assertFullRoundBeforeLastPublish(List<ItemEvent> prefix, ItemState state) {
        int publish = lastIndexOf(prefix, Action.PUBLISH, prefix.size());
        assertThat(publish).as("a PUBLISHED item has a PUBLISH event").isGreaterThanOrEqualTo(0);
        int submit = lastIndexOf(prefix, Action.SUBMIT, publish);
        assertThat(submit).as("the round was opened by SUBMIT").isGreaterThanOrEqualTo(0);

        // nothing else can happen inside a round: no edit, no second approval, no 退回 (that would need a new SUBMIT)
        List<ItemEvent> chain = prefix.subList(submit, publish + 1);
        assertThat(chain).extracting(ItemEvent::action, ItemEvent::step).containsExactly(
                tuple(Action.SUBMIT, null),
                tuple(Action.APPROVE, ItemStatus.IN_REVIEW),
                tuple(Action.APPROVE, ItemStatus.IN_CONFIDENTIALITY_REVIEW),
                tuple(Action.PUBLISH, ItemStatus.AWAITING_SIGN_OFF));

        ItemEvent submitted = chain.get(0);
        ItemEvent reviewed = chain.get(1);
        ItemEvent secrecyChecked = chain.get(2);
        ItemEvent signed = chain.get(3);
        Set<Long> people = new HashSet<>(List.of(submitted.actorId(), reviewed.actorId(),
                secrecyChecked.actorId(), signed.actorId()));
        assertThat(people).as("一事一审: four different people").hasSize(4);
        assertThat(state.roundActors()).containsAll(people).hasSizeGreaterThanOrEqualTo(4);

        assertThat(BY_ID.get(submitted.actorId()).roles()).contains(Role.DRAFTER);
        assertThat(BY_ID.get(reviewed.actorId()).roles()).contains(Role.REVIEWER);
        assertThat(BY_ID.get(secrecyChecked.actorId()).roles()).contains(Role.CONFIDENTIALITY_REVIEWER);
        assertThat(BY_ID.get(signed.actorId()).roles()).contains(Role.SIGNER);
    }

    private static int lastIndexOf(List<ItemEvent> events, Action action, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (events.get(i).action() == action) {
                return i;
            }
        }
        return -1;
    }
}
