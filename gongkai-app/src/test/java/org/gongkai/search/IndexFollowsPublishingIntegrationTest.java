package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.Transition;
import org.gongkai.core.review.Action;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The index is kept in step with publishing through the catalogue's events (after commit, asynchronously). */
@SpringBootTest
@ActiveProfiles("test")
class IndexFollowsPublishingIntegrationTest {

    @Autowired
    TestCounty county;
    @Autowired
    ItemService items;
    @Autowired
    SearchService search;

    @Test
    void a_published_item_is_found_and_a_withdrawn_one_is_not() throws Exception {
        TestCounty.Chain c = county.chain("检索测试局");
        String word = "鹭鸶湾" + TestCounty.unique("");
        Item item = items.create(c.agency().code(), new ItemDraft("GZDT", word + "生态修复工作推进会召开", null,
                LocalDate.of(2026, 3, 2), null, null, false, null, null, null, null, null, "<p>推进会</p>", null), c.drafter());
        items.transition(item.id(), Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.confidentialityReviewer());
        SearchQuery q = new SearchQuery(word, c.agency().code(), null, null, null, SearchQuery.Sort.RELEVANCE, 1, 10);
        assertThat(search.search(q).total()).isZero();

        items.transition(item.id(), Transition.of(Action.PUBLISH, "同意"), c.signer());
        await(() -> search.search(q).total() == 1);
        assertThat(search.search(q).hits().get(0).indexNo()).isEqualTo(item.indexNo());

        items.transition(item.id(), Transition.of(Action.WITHDRAW, "内容需更新"), c.signer());
        await(() -> search.search(q).total() == 0);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached within 15 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }
}
