package org.gongkai.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.gongkai.search.SearchBusyException;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchQuery.Sort;
import org.gongkai.search.SearchResult;
import org.gongkai.search.TestItems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches beyond the configured number at once wait their turn; one that cannot get a turn within
 * the wait limit is told the search is busy (503) instead of piling onto the cores.
 */
class SearchTurnsTest {

    static final SearchQuery BUDGET = new SearchQuery("预算", null, null, null, null, Sort.RELEVANCE, 1, 20);

    @Test
    void a_search_that_gets_no_turn_within_the_limit_is_busy_and_the_next_one_runs(@TempDir Path dir) throws Exception {
        try (LuceneSearchService service = new LuceneSearchService(dir, 16, LuceneSearchService.SMALL_MATCH_SET, 1, 100)) {
            service.indexAll(TestItems.all().stream());
            long expected = service.search(BUDGET).total();
            assertThat(expected).isPositive();

            service.turns().acquire();   // the only turn is taken, as by a long search
            try {
                long t0 = System.nanoTime();
                assertThatThrownBy(() -> service.search(BUDGET)).isInstanceOf(SearchBusyException.class)
                        .satisfies(e -> assertThat(((SearchBusyException) e).status()).isEqualTo(503))
                        .satisfies(e -> assertThat(((SearchBusyException) e).messageKey()).isEqualTo("error.search.busy"));
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("waited the limit").isGreaterThanOrEqualTo(100);
            } finally {
                service.turns().release();
            }
            assertThat(service.search(BUDGET).total()).isEqualTo(expected);
            assertThat(service.turns().availablePermits()).as("every turn is given back, also after a refusal").isEqualTo(1);
        }
    }

    @Test
    void a_listing_whose_counts_are_known_does_not_wait_for_a_turn(@TempDir Path dir) throws Exception {
        try (LuceneSearchService service = new LuceneSearchService(dir, 16, LuceneSearchService.SMALL_MATCH_SET, 1, 50)) {
            service.indexAll(TestItems.all().stream());
            SearchQuery finance = listing("finance");
            SearchResult before = service.search(finance);   // counts the listing once
            assertThat(before.total()).isPositive();

            service.turns().acquire();
            try {
                SearchResult again = service.search(finance);
                assertThat(again.total()).isEqualTo(before.total());
                assertThat(again.hits()).extracting(h -> h.id()).isEqualTo(before.hits().stream().map(h -> h.id()).toList());
                // a listing not counted yet, and any text search, take a turn like everything else
                assertThatThrownBy(() -> service.search(listing("gov-office"))).isInstanceOf(SearchBusyException.class);
                assertThatThrownBy(() -> service.search(BUDGET)).isInstanceOf(SearchBusyException.class);
            } finally {
                service.turns().release();
            }
            assertThat(service.search(listing("gov-office")).total()).isPositive();
        }
    }

    static SearchQuery listing(String agency) {
        return new SearchQuery("", agency, null, null, null, Sort.NEWEST, 1, 20);
    }

    @Test
    void many_visitors_at_once_all_get_their_results_through_two_turns(@TempDir Path dir) throws Exception {
        try (LuceneSearchService service = new LuceneSearchService(dir, 16, LuceneSearchService.SMALL_MATCH_SET, 2, 30_000)) {
            service.indexAll(TestItems.all().stream());
            List<String> texts = List.of("预算", "政务公开", "行政许可", "公开", "工作");
            List<Long> expected = texts.stream().map(t -> service.search(query(t)).total()).toList();
            ExecutorService visitors = Executors.newFixedThreadPool(12);
            try {
                List<Future<List<List<Long>>>> runs = new ArrayList<>();
                for (int v = 0; v < 12; v++) {
                    runs.add(visitors.submit(() -> {
                        List<List<Long>> rounds = new ArrayList<>();
                        for (int round = 0; round < 10; round++) {
                            List<Long> totals = new ArrayList<>();
                            for (String t : texts) {
                                totals.add(service.search(query(t)).total());
                            }
                            rounds.add(totals);
                        }
                        return rounds;
                    }));
                }
                for (Future<List<List<Long>>> run : runs) {
                    assertThat(run.get(60, TimeUnit.SECONDS)).hasSize(10).allSatisfy(totals -> assertThat(totals).isEqualTo(expected));
                }
            } finally {
                visitors.shutdownNow();
            }
            assertThat(service.turns().availablePermits()).isEqualTo(2);
        }
    }

    static SearchQuery query(String text) {
        return new SearchQuery(text, null, null, null, null, Sort.RELEVANCE, 1, 20);
    }
}
