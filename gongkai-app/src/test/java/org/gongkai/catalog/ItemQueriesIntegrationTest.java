package org.gongkai.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Validity;
import org.gongkai.platform.ClockConfig;
import org.gongkai.platform.Page;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The list, queue and report queries the back office and the portal use, run on whichever database
 * the suite runs on (H2, then PostgreSQL in CI): paging parameters, IN lists, LIKE with escaped
 * wildcards, EXTRACT(YEAR) and date comparisons are where the two dialects differ.
 */
@SpringBootTest
@ActiveProfiles("test")
class ItemQueriesIntegrationTest {

    @Autowired
    TestCounty county;
    @Autowired
    ItemService items;
    @Autowired
    PublicCatalog catalog;

    static ItemDraft draft(String category, String title, LocalDate validUntil) {
        LocalDate today = LocalDate.now(ClockConfig.ZONE);
        return new ItemDraft(category, title, "青测〔2026〕7号", today.minusDays(10), null, "通知", false, null, validUntil,
                null, null, "概述", "<p>正文</p>", null);
    }

    Item publish(TestCounty.Chain c, Item item) {
        items.transition(item.id(), Transition.of(Action.SUBMIT, null), c.drafter());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.reviewer());
        items.transition(item.id(), Transition.of(Action.APPROVE, "同意"), c.confidentialityReviewer());
        return items.transition(item.id(), Transition.of(Action.PUBLISH, "同意"), c.signer());
    }

    @Test
    void back_office_lists_filter_page_and_search_on_this_database() {
        TestCounty.Chain c = county.chain("查询局");
        for (int i = 0; i < 5; i++) {
            items.create(c.agency().code(), draft("TZGG", "通知_" + i + " 100%", null), c.drafter());
        }
        Item submitted = items.create(c.agency().code(), draft("GZDT", "待审核的动态", null), c.drafter());
        items.transition(submitted.id(), Transition.of(Action.SUBMIT, null), c.drafter());

        Page<ItemSummary> page1 = items.list(c.drafter(), null, null, null, 1, 4);
        assertThat(page1.total()).isEqualTo(6);
        assertThat(page1.content()).hasSize(4);
        assertThat(items.list(c.drafter(), null, null, null, 2, 4).content()).hasSize(2);
        assertThat(items.list(c.drafter(), null, ItemStatus.IN_REVIEW, null, 1, 10).content())
                .extracting(ItemSummary::id).containsExactly(submitted.id());
        // % and _ are literal characters in a search, not wildcards
        assertThat(items.list(c.drafter(), null, null, "通知_3 100%", 1, 10).total()).isEqualTo(1);
        assertThat(items.list(c.drafter(), null, null, "_", 1, 10).total()).isEqualTo(5);
        assertThat(items.list(c.drafter(), null, null, submitted.indexNo().toLowerCase(), 1, 10).total()).isEqualTo(1);
        assertThat(items.list(county.countyAdmin(), c.agency().code(), null, null, 1, 10).total()).isEqualTo(6);

        assertThat(items.workQueue(c.reviewer())).extracting(ItemSummary::id).containsExactly(submitted.id());
        assertThat(items.workQueue(c.signer())).isEmpty();
        assertThat(items.drafts(c.drafter(), 1).total()).isEqualTo(5);
    }

    @Test
    void public_lists_years_and_category_counts_on_this_database() {
        TestCounty.Chain c = county.chain("公开局");
        publish(c, items.create(c.agency().code(), draft("CZXX-YS", "年度预算", null), c.drafter()));
        publish(c, items.create(c.agency().code(), draft("CZXX-JS", "年度决算", null), c.drafter()));
        publish(c, items.create(c.agency().code(), draft("TZGG", "公告", null), c.drafter()));
        items.create(c.agency().code(), draft("TZGG", "未发布的草稿", null), c.drafter());
        int year = LocalDate.now(ClockConfig.ZONE).getYear();

        assertThat(catalog.list(c.agency().id(), null, null, null, 1, 10).total()).isEqualTo(3);
        assertThat(catalog.list(c.agency().id(), "CZXX", null, null, 1, 10).total()).isEqualTo(2);
        assertThat(catalog.list(c.agency().id(), null, year, Validity.VALID, 1, 10).total()).isEqualTo(3);
        assertThat(catalog.list(c.agency().id(), null, year - 1, null, 1, 10).total()).isZero();
        assertThat(catalog.years(c.agency().id())).containsExactly(year);
        assertThat(catalog.tree(c.agency().id())).filteredOn(n -> n.category().code().equals("CZXX")).singleElement()
                .extracting(CategoryNode::publishedCount).isEqualTo(2L);
        assertThat(catalog.list(null, null, null, null, 1, 5).content()).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void items_past_their_validity_expire_on_this_database() {
        TestCounty.Chain c = county.chain("失效局");
        LocalDate yesterday = LocalDate.now(ClockConfig.ZONE).minusDays(1);
        Item past = publish(c, items.create(c.agency().code(), draft("TZGG", "已过有效期", yesterday), c.drafter()));
        Item current = publish(c, items.create(c.agency().code(), draft("TZGG", "仍在有效期", yesterday.plusDays(30)),
                c.drafter()));

        assertThat(items.expireDue()).isGreaterThanOrEqualTo(1);
        Item expired = items.get(past.id(), c.drafter());
        assertThat(expired.validity()).isEqualTo(Validity.EXPIRED);
        assertThat(expired.validityChangedOn()).isEqualTo(yesterday.plusDays(1));
        assertThat(items.get(current.id(), c.drafter()).validity()).isEqualTo(Validity.VALID);
        assertThat(items.history(past.id(), c.drafter())).extracting(HistoryEntry::action).last().isEqualTo(Action.EXPIRE);

        List<Long> published = new java.util.ArrayList<>();
        catalog.forEachPublished(p -> published.add(p.id()));
        assertThat(published).contains(past.id(), current.id());
    }
}
