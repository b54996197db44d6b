package org.gongkai.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.gongkai.search.TestItems.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.gongkai.search.SearchQuery.Sort;
import org.gongkai.search.internal.LuceneSearchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneSearchServiceTest {

    @TempDir
    Path indexDir;

    LuceneSearchService search;

    @BeforeEach
    void indexSamples() {
        search = new LuceneSearchService(indexDir);
        search.indexAll(TestItems.all().stream());
    }

    @AfterEach
    void close() {
        search.close();
    }

    static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, null, Sort.RELEVANCE, 1, 20);
    }

    static SearchQuery filtered(String text, String agency, String category, Integer year, String validity, Sort sort) {
        return new SearchQuery(text, agency, category, year, validity, sort, 1, 20);
    }

    List<Long> ids(SearchQuery q) {
        return search.search(q).hits().stream().map(SearchHit::id).toList();
    }

    @Nested
    class Matching {

        @Test
        void chineseWordFindsItemsWithTheWordAndNoOthers() {
            assertThat(ids(text("行政许可"))).containsExactlyInAnyOrder(4L, 5L, 10L);
            // 行政审批 shares 行政 but not 许可
            assertThat(ids(text("行政许可"))).doesNotContain(12L);
        }

        @Test
        void wordsSeparatedBySpaceAreAllRequired() {
            assertThat(ids(text("2024年 预算"))).containsExactly(2L);
            assertThat(ids(text("预算"))).containsExactlyInAnyOrder(2L, 3L);
            assertThat(ids(text("2024年"))).contains(1L, 2L).doesNotContain(3L);
        }

        @Test
        void itemsWithTheWholePhraseRankAboveItemsWithItsPartsApart() {
            List<Long> ids = ids(text("政务公开"));
            // 13 has 政务 (政务服务) and 公开 apart; 7 has only 公开
            assertThat(ids).containsExactlyInAnyOrder(1L, 9L, 10L, 13L);
            assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder(1L, 9L);
            assertThat(ids.get(3)).isEqualTo(13L);
        }

        @Test
        void summaryAndBodyAreSearchedTooButTitleCountsMore() {
            List<Long> ids = ids(text("三公经费"));
            assertThat(ids).containsExactlyInAnyOrder(2L, 3L);
            assertThat(ids(text("义务教育")).get(0)).isEqualTo(6L);
        }

        @Test
        void unknownWordFindsNothing() {
            SearchResult result = search.search(text("高速铁路"));
            assertThat(result.total()).isZero();
            assertThat(result.hits()).isEmpty();
        }

        @Test
        void indexNumberFindsThatItemFirst() {
            assertThat(ids(text("11330999MB1234567X/2024-00012")).get(0)).isEqualTo(1L);
            assertThat(ids(text(" 11330999mb1234567x/2024-00012 ")).get(0)).isEqualTo(1L);
            // the 后段码 alone, as lists show it
            assertThat(ids(text("2024-00040")).get(0)).isEqualTo(4L);
        }

        @Test
        void documentNumberFindsThatItemFirstWhateverTheBrackets() {
            assertThat(ids(text("青卫发〔2022〕18号")).get(0)).isEqualTo(11L);
            assertThat(ids(text("青卫发[2022]18号")).get(0)).isEqualTo(11L);
            assertThat(ids(text("青政发（2021）30号")).get(0)).isEqualTo(12L);
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"", "(", ")", "AND", "OR NOT", "*:*", "\\", "*", "?", "title:政务", "政务公开\"", "[2024 TO 2025]",
                "{}", "~1", "a && b || !c", "^2", "/正则/", "政务 AND (公开", "<mark>", "'; DROP TABLE item; --", "🙂", "\u3000", "　政务　公开　"})
        void oddInputNeverThrows(String input) {
            assertThatCode(() -> search.search(text(input))).doesNotThrowAnyException();
        }

        @Test
        void queryParserSyntaxHasNoSpecialMeaning() {
            // *:* would match everything if parsed; here it has no searchable words
            assertThat(search.search(text("*:*")).total()).isZero();
            assertThat(search.search(text("title:政务")).total()).isLessThan(TestItems.all().size());
        }

        @Test
        void veryLongInputIsCutNotRefused() {
            String pasted = String.join(" ", Collections.nCopies(500, "政务公开 行政许可 预算 教育 卫生 应急 招聘 会议"))
                    + IntStream.range(0, 300).mapToObj(i -> " 词" + i).reduce("", String::concat);
            assertThatCode(() -> search.search(text(pasted))).doesNotThrowAnyException();
        }

        @Test
        void nullTextAndNullSortListEverything() {
            SearchResult result = search.search(new SearchQuery(null, null, null, null, null, null, 1, 20));
            assertThat(result.total()).isEqualTo(TestItems.all().size());
        }
    }

    @Nested
    class Filters {

        @Test
        void blankTextWithAgencyListsThatAgencyNewestFirst() {
            assertThat(ids(filtered("", FINANCE, null, null, null, Sort.RELEVANCE))).containsExactly(2L, 3L);
            assertThat(ids(filtered("   ", FINANCE, null, null, null, null))).containsExactly(2L, 3L);
        }

        @Test
        void byCategory() {
            assertThat(ids(filtered(null, null, POLICY, null, null, Sort.NEWEST))).containsExactly(1L, 11L, 12L, 5L);
        }

        @Test
        void byYear() {
            assertThat(ids(filtered("", null, null, 2023, null, null))).containsExactly(9L, 3L);
        }

        @Test
        void byValidity() {
            assertThat(ids(filtered("", null, null, null, "ABOLISHED", null))).containsExactly(5L);
            assertThat(ids(filtered("", null, null, null, "expired", null))).containsExactly(11L);
        }

        @Test
        void filtersCombineWithText() {
            assertThat(ids(filtered("行政许可", OFFICE, null, null, null, Sort.RELEVANCE))).containsExactlyInAnyOrder(5L, 10L);
            assertThat(ids(filtered("行政许可", OFFICE, null, 2024, null, Sort.RELEVANCE))).containsExactly(10L);
            assertThat(ids(filtered("行政许可", OFFICE, null, null, "VALID", Sort.RELEVANCE))).containsExactly(10L);
        }

        @Test
        void unknownFilterValueFindsNothing() {
            assertThat(search.search(filtered("", "no-such-agency", null, null, null, null)).total()).isZero();
        }

        @Test
        void countsCoverTheWholeMatchingSet() {
            SearchResult all = search.search(new SearchQuery("", null, null, null, null, Sort.NEWEST, 1, 3));
            assertThat(all.hits()).hasSize(3);
            assertThat(all.total()).isEqualTo(13);
            assertThat(all.byAgency()).containsEntry(OFFICE, 6L).containsEntry(FINANCE, 2L).containsEntry(HEALTH, 1L);
            assertThat(all.byAgency().keySet()).first().isEqualTo(OFFICE);
            assertThat(all.byAgency().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(13);
            assertThat(all.byCategory()).containsEntry(POLICY, 4L).containsEntry(NEWS, 4L);
            assertThat(all.byYear()).containsEntry(2024, 8L).containsEntry(2023, 2L).containsEntry(2019, 1L);
            assertThat(all.byYear().keySet()).containsExactly(2024, 2023, 2022, 2021, 2019);

            SearchResult licence = search.search(text("行政许可"));
            assertThat(licence.byAgency()).containsOnly(
                    org.assertj.core.api.Assertions.entry(OFFICE, 2L), org.assertj.core.api.Assertions.entry(MARKET, 1L));
            assertThat(licence.byYear()).containsOnlyKeys(2024, 2019);
        }
    }

    @Nested
    class Sorting {

        @Test
        void newestAndOldest() {
            List<SearchHit> newest = search.search(filtered("政务公开", null, null, null, null, Sort.NEWEST)).hits();
            assertThat(newest).extracting(SearchHit::publishedOn).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(newest).extracting(SearchHit::id).containsExactly(13L, 1L, 10L, 9L);
            List<SearchHit> oldest = search.search(filtered("政务公开", null, null, null, null, Sort.OLDEST)).hits();
            assertThat(oldest).extracting(SearchHit::id).containsExactly(9L, 10L, 1L, 13L);
        }

        @Test
        void sameDayTiesBreakById() {
            search.index(TestItems.item(100, OFFICE, "青山县人民政府办公室", NEWS, "工作动态", "同日发布甲", null, null, null, "内容",
                    LocalDate.of(2030, 1, 1), "VALID"));
            search.index(TestItems.item(101, OFFICE, "青山县人民政府办公室", NEWS, "工作动态", "同日发布乙", null, null, null, "内容",
                    LocalDate.of(2030, 1, 1), "VALID"));
            assertThat(ids(filtered("", null, null, 2030, null, Sort.NEWEST))).containsExactly(101L, 100L);
            assertThat(ids(filtered("", null, null, 2030, null, Sort.OLDEST))).containsExactly(100L, 101L);
        }
    }

    @Nested
    class Highlighting {

        @Test
        void titleAndSnippetMarkTheMatchedWords() {
            SearchHit hit = hit(text("政务公开"), 1L);
            assertThat(hit.title()).isEqualTo("关于做好2024年政务公开工作的通知");
            assertThat(hit.titleHighlighted()).isEqualTo("关于做好2024年<mark>政务公开</mark>工作的通知");
            assertThat(hit.snippetHighlighted()).contains("<mark>政务公开</mark>");
            assertThat(hit.snippet()).contains("政务公开").doesNotContain("<mark>");
            assertThat(hit.snippet().length()).isLessThanOrEqualTo(162);
            assertThat(hit.url()).isEqualTo("/items/1");
            assertThat(hit.indexNo()).isEqualTo("11330999MB1234567X/2024-00012");
            assertThat(hit.agencyName()).isEqualTo("青山县人民政府办公室");
            assertThat(hit.categoryName()).isEqualTo("政策文件");
            assertThat(hit.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
            assertThat(hit.validity()).isEqualTo("VALID");
        }

        @Test
        void bodyHtmlIsEscapedAndOnlyMarkTagsAreAdded() {
            SearchHit hit = hit(text("恶意代码"), 8L);
            assertThat(hit.snippetHighlighted())
                    .contains("&lt;script&gt;")
                    .doesNotContain("<script>")
                    .contains("<mark>恶意代码</mark>");
            assertThat(hit.snippetHighlighted().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
            assertThat(hit.snippet()).contains("<script>");
        }

        @Test
        void titleHtmlIsEscaped() {
            search.index(TestItems.item(50, OFFICE, "青山县人民政府办公室", NEWS, "工作动态", "关于<b>防汛</b>工作的通知 & 安排",
                    null, null, null, "做好防汛准备。", LocalDate.of(2024, 7, 1), "VALID"));
            SearchHit hit = hit(text("防汛"), 50L);
            assertThat(hit.titleHighlighted()).isEqualTo("关于&lt;b&gt;<mark>防汛</mark>&lt;/b&gt;工作的通知 &amp; 安排");
            SearchHit listed = search.search(filtered("", null, null, 2024, null, Sort.NEWEST)).hits().get(0);
            assertThat(listed.id()).isEqualTo(50L);
            assertThat(listed.titleHighlighted()).isEqualTo("关于&lt;b&gt;防汛&lt;/b&gt;工作的通知 &amp; 安排");
        }

        @Test
        void longBodiesGiveASnippetAroundTheMatch() {
            String filler = "本段文字用于说明有关背景情况，与检索词无关。".repeat(30);
            search.index(TestItems.item(60, OFFICE, "青山县人民政府办公室", NEWS, "工作动态", "长篇通报", null, null, null,
                    filler + "其中特别提到秸秆禁烧工作要求，" + filler, LocalDate.of(2024, 7, 2), "VALID"));
            SearchHit hit = hit(text("秸秆禁烧"), 60L);
            assertThat(hit.snippetHighlighted()).contains("<mark>秸秆禁烧</mark>");
            assertThat(hit.snippet().length()).isLessThanOrEqualTo(162);
        }

        @Test
        void itemMatchedOnlyByTitleShowsItsSummaryOrBodyStart() {
            SearchHit hit = hit(text("年度报告"), 10L);
            assertThat(hit.titleHighlighted()).endsWith("工作<mark>年度报告</mark>");
            assertThat(hit.snippet()).isEqualTo("本报告根据条例要求编制。");
        }

        @Test
        void listingWithoutTextHasPlainSnippets() {
            SearchHit hit = search.search(filtered("", FINANCE, null, 2024, null, null)).hits().get(0);
            assertThat(hit.snippet()).isEqualTo("本部门2024年收支预算总表及说明。");
            assertThat(hit.snippetHighlighted()).isEqualTo(hit.snippet());
            assertThat(hit.titleHighlighted()).doesNotContain("<mark>");
        }

        private SearchHit hit(SearchQuery q, long id) {
            return search.search(q).hits().stream().filter(h -> h.id() == id).findFirst().orElseThrow();
        }
    }

    @Nested
    class Writing {

        @Test
        void removedItemIsGoneAtOnce() {
            assertThat(ids(text("恶意代码"))).containsExactly(8L);
            search.remove(8L);
            assertThat(ids(text("恶意代码"))).isEmpty();
            assertThat(search.count()).isEqualTo(12);
            search.remove(9999L);
            assertThat(search.count()).isEqualTo(12);
        }

        @Test
        void totalsAndCountsLeaveOutRemovedAndReplacedItems() {
            search.index(TestItems.item(72, HEALTH, "青山县卫生健康局", NEWS, "工作动态", "开展控烟宣传活动", null, null, null,
                    "全县开展控烟宣传。", LocalDate.of(2024, 5, 31), "VALID"));
            search.index(TestItems.item(73, TOWN, "青山镇人民政府", NEWS, "工作动态", "青山镇控烟宣传进社区", null, null, null,
                    "控烟宣传进社区。", LocalDate.of(2023, 5, 31), "VALID"));
            SearchResult both = search.search(text("控烟宣传"));
            assertThat(both.total()).isEqualTo(2);
            assertThat(both.byAgency()).containsEntry(HEALTH, 1L).containsEntry(TOWN, 1L);
            search.remove(72);
            SearchResult one = search.search(text("控烟宣传"));
            assertThat(one.total()).isEqualTo(1);
            assertThat(one.byAgency()).containsOnlyKeys(TOWN);
            assertThat(one.byYear()).containsOnly(org.assertj.core.api.Assertions.entry(2023, 1L));
            // replaced: the old version of 73 stays in its segment as a deleted document
            search.index(TestItems.item(73, TOWN, "青山镇人民政府", NEWS, "工作动态", "青山镇健康讲座进社区", null, null, null,
                    "健康讲座进社区。", LocalDate.of(2023, 5, 31), "VALID"));
            assertThat(search.search(text("控烟宣传")).total()).isZero();
            assertThat(search.search(text("控烟宣传")).byAgency()).isEmpty();
            assertThat(search.search(text("健康讲座")).total()).isEqualTo(1);
        }

        @Test
        void publishedItemIsFoundByTheNextSearch() {
            search.index(TestItems.item(70, HEALTH, "青山县卫生健康局", NEWS, "工作动态", "开展爱国卫生月活动", null, null, null,
                    "全县开展爱国卫生月活动。", LocalDate.of(2024, 4, 1), "VALID"));
            assertThat(ids(text("爱国卫生"))).containsExactly(70L);
            assertThat(search.count()).isEqualTo(14);
        }

        @Test
        void listingCountsFollowTheIndex() {
            SearchQuery town = filtered("", TOWN, null, null, null, Sort.NEWEST);
            assertThat(search.search(town).total()).isEqualTo(1);
            assertThat(search.search(town).byYear()).containsOnly(org.assertj.core.api.Assertions.entry(2023, 1L));
            search.index(TestItems.item(71, TOWN, "青山镇人民政府", NEWS, "工作动态", "青山镇开展植树活动", null, null, null,
                    "组织干部群众植树。", LocalDate.of(2024, 3, 12), "VALID"));
            assertThat(search.search(town).total()).isEqualTo(2);
            assertThat(search.search(town).byYear()).containsEntry(2024, 1L).containsEntry(2023, 1L);
            search.remove(71);
            assertThat(search.search(town).total()).isEqualTo(1);
        }

        @Test
        void reindexingTheSameIdReplacesTheItem() {
            IndexedItem old = TestItems.all().get(5);
            search.index(new IndexedItem(old.id(), old.agencyCode(), old.agencyName(), old.categoryCode(), old.categoryName(),
                    "县教育局召开学前教育工作会议", old.indexNo(), old.docNo(), old.summary(), "部署学前教育普及普惠工作。",
                    old.publishedOn(), "AMENDED", old.url()));
            assertThat(search.count()).isEqualTo(13);
            assertThat(ids(text("义务教育"))).doesNotContain(6L);
            assertThat(ids(text("学前教育"))).containsExactly(6L);
            assertThat(ids(filtered("", null, null, null, "AMENDED", null))).containsExactlyInAnyOrder(6L, 12L);
            // bulk re-index replaces too
            search.indexAll(TestItems.all().stream());
            assertThat(search.count()).isEqualTo(13);
            assertThat(ids(text("义务教育"))).containsExactly(6L);
        }

        @Test
        void clearEmptiesTheIndex() {
            search.clear();
            assertThat(search.count()).isZero();
            assertThat(search.search(text("")).total()).isZero();
        }

        @Test
        void reopeningTheDirectoryKeepsTheDocuments() {
            search.index(TestItems.item(80, TOWN, "青山镇人民政府", NEWS, "工作动态", "青山镇召开防汛工作部署会", null, null, null,
                    "部署防汛工作。", LocalDate.of(2024, 5, 5), "VALID"));
            search.close();
            search = new LuceneSearchService(indexDir);
            assertThat(search.count()).isEqualTo(14);
            assertThat(ids(text("防汛"))).containsExactly(80L);
            assertThat(ids(text("政务公开"))).hasSize(4);
        }

        @Test
        void concurrentSearchesWhileIndexing() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    futures.add(pool.submit(() -> {
                        for (int i = 0; i < 200; i++) {
                            assertThat(search.search(text("政务公开")).total()).isGreaterThanOrEqualTo(4);
                        }
                    }));
                }
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        search.index(TestItems.item(1000 + i, TOWN, "青山镇人民政府", NEWS, "工作动态", "第" + i + "期政务公开简报",
                                null, null, null, "简报内容。", LocalDate.of(2024, 8, 1), "VALID"));
                    }
                }));
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(search.count()).isEqualTo(113);
            assertThat(search.search(text("简报")).total()).isEqualTo(100);
        }
    }

    @Nested
    class Paging {

        @Test
        void pagesAreDisjointAndKeepTheTotal() {
            List<Long> seen = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                SearchResult r = search.search(new SearchQuery("", null, null, null, null, Sort.NEWEST, page, 5));
                assertThat(r.total()).isEqualTo(13);
                assertThat(r.page()).isEqualTo(page);
                assertThat(r.pageSize()).isEqualTo(5);
                seen.addAll(r.hits().stream().map(SearchHit::id).toList());
            }
            assertThat(seen).hasSize(13).doesNotHaveDuplicates();
            assertThat(search.search(new SearchQuery("", null, null, null, null, Sort.NEWEST, 4, 5)).hits()).isEmpty();
        }

        @Test
        void pagingStopsAtTheCapButTheTotalIsReported() {
            search.indexAll(IntStream.range(0, 1100).mapToObj(i -> TestItems.item(10_000 + i, TOWN, "青山镇人民政府", NEWS, "工作动态",
                    "第" + i + "期农技简讯", null, null, null, "简讯内容。", LocalDate.of(2020, 1, 1).plusDays(i), "VALID")));
            SearchResult last = search.search(new SearchQuery("简讯", null, null, null, null, Sort.NEWEST, 50, 20));
            assertThat(last.total()).isEqualTo(1100);
            assertThat(last.hits()).hasSize(20);
            SearchResult beyond = search.search(new SearchQuery("简讯", null, null, null, null, Sort.NEWEST, 51, 20));
            assertThat(beyond.total()).isEqualTo(1100);
            assertThat(beyond.hits()).isEmpty();
        }

        @Test
        void sillyPageValuesAreClamped() {
            SearchResult r = search.search(new SearchQuery("", null, null, null, null, Sort.NEWEST, -3, 100_000));
            assertThat(r.page()).isEqualTo(1);
            assertThat(r.pageSize()).isEqualTo(100);
            assertThat(r.hits()).hasSize(13);
            SearchResult zero = search.search(new SearchQuery("", null, null, null, null, Sort.NEWEST, Integer.MAX_VALUE, 0));
            assertThat(zero.hits()).isEmpty();
            assertThat(zero.total()).isEqualTo(13);
        }
    }
}
