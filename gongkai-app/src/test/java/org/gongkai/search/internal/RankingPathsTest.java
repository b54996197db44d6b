package org.gongkai.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchQuery.Sort;
import org.gongkai.search.SearchResult;
import org.gongkai.search.TestItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large matching sets are ranked by a top-level disjunction restricted to the matching set in the
 * collector, small ones by walking the matches. Both must give the same page; here the sample index
 * is searched both ways by setting the threshold between them to zero for one service.
 */
class RankingPathsTest {

    LuceneSearchService walking;
    LuceneSearchService skipping;

    @BeforeEach
    void open(@TempDir Path dir) {
        walking = new LuceneSearchService(dir.resolve("walking"), 16, Integer.MAX_VALUE, 0, 5_000);
        skipping = new LuceneSearchService(dir.resolve("skipping"), 16, 0, 0, 5_000);
        walking.indexAll(TestItems.all().stream());
        skipping.indexAll(TestItems.all().stream());
    }

    @AfterEach
    void close() {
        walking.close();
        skipping.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"政务公开", "行政许可", "2024年 预算", "预算", "公开", "工作", "11330999MB1234567X/2024-00012", "青卫发〔2022〕18号", "高速铁路"})
    void bothPathsGiveTheSamePage(String text) {
        for (int pageSize : new int[] {3, 20}) {
            SearchQuery q = new SearchQuery(text, null, null, null, null, Sort.RELEVANCE, 1, pageSize);
            SearchResult w = walking.search(q);
            SearchResult s = skipping.search(q);
            assertThat(ids(s.hits())).as("%s, page size %d", text, pageSize).isEqualTo(ids(w.hits()));
            assertThat(s.total()).isEqualTo(w.total());
            assertThat(s.byAgency()).isEqualTo(w.byAgency());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"政务公开", "公开"})
    void secondPageContinuesTheFirst(String text) {
        List<Long> first = ids(skipping.search(new SearchQuery(text, null, null, null, null, Sort.RELEVANCE, 1, 2)).hits());
        List<Long> second = ids(skipping.search(new SearchQuery(text, null, null, null, null, Sort.RELEVANCE, 2, 2)).hits());
        List<Long> both = ids(skipping.search(new SearchQuery(text, null, null, null, null, Sort.RELEVANCE, 1, 4)).hits());
        assertThat(both.subList(0, first.size())).isEqualTo(first);
        assertThat(both.subList(first.size(), both.size())).isEqualTo(second);
    }

    /**
     * Identical titles tie on score; the page must show the newest of them first (then the higher id), also when
     * they sit in different segments (each index() call here makes one).
     */
    @Test
    void tiesAreNewestFirstAcrossSegments(@TempDir Path dir) {
        LocalDate[] days = {LocalDate.of(2022, 3, 1), LocalDate.of(2025, 1, 9), LocalDate.of(2023, 7, 15),
            LocalDate.of(2025, 1, 9), LocalDate.of(2021, 11, 30), LocalDate.of(2024, 6, 1)};
        try (LuceneSearchService segments = new LuceneSearchService(dir.resolve("segments"), 16, 0, 0, 5_000)) {
            for (int i = 0; i < days.length; i++) {
                segments.index(TestItems.item(500 + i, "11330999MB1234567X", "青山县人民政府办公室", "ZCWJ", "政策文件",
                        "关于做好政务公开工作的通知", null, null, null, "做好政务公开工作。", days[i], "VALID"));
            }
            SearchResult r = segments.search(new SearchQuery("政务公开", null, null, null, null, Sort.RELEVANCE, 1, 4));
            // 2025-01-09 twice (ids 503 and 501, the higher first), then 2024-06-01, 2023-07-15
            assertThat(ids(r.hits())).containsExactly(503L, 501L, 505L, 502L);
            SearchResult second = segments.search(new SearchQuery("政务公开", null, null, null, null, Sort.RELEVANCE, 2, 4));
            assertThat(ids(second.hits())).containsExactly(500L, 504L);
        }
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
