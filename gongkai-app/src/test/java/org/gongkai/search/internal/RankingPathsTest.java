package org.gongkai.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchQuery.Sort;
import org.gongkai.search.SearchResult;
import org.gongkai.search.TestItems;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
        walking = new LuceneSearchService(dir.resolve("walking"), 16, Integer.MAX_VALUE);
        skipping = new LuceneSearchService(dir.resolve("skipping"), 16, 0);
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

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }
}
