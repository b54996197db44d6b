package org.gongkai.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.QueryCache;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.IndexedItem;
import org.gongkai.search.SearchBusyException;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The search index, embedded: one {@link IndexWriter} for all writes and a {@link SearcherManager}
 * handing out near-real-time searchers, so a just-published item is found by the next search while
 * any number of searches run concurrently on their own point-in-time view.
 *
 * <p>Cost per search is bounded by the matching set, never by the index size: filters are term and
 * point clauses, sorting and counting read doc values, and stored text is read for the shown hits
 * only. A search makes two passes: one over the matching set without scoring, on the compact
 * catch-all postings, for the exact total, the counts per agency, category and year and the
 * matching documents as bits; and one that ranks only as far as the page needs, on small posting
 * lists (title words and adjacent word pairs, see {@link QueryTranslator#rankQuery}) so that
 * Lucene skips what cannot make the page. Pages beyond {@value #MAX_WINDOW} results are refused (the total is
 * still reported): deep paging keeps ever larger priority queues per request and is what crawlers
 * hammer.
 *
 * <p>Durability: index changes are committed at the end of a bulk load, every
 * {@value #COMMIT_INTERVAL_SECONDS} seconds when there are changes, and on close. A crash loses at
 * most those seconds of the index, never the database; a rebuild restores it.
 */
@Service
public class LuceneSearchService implements SearchService, AutoCloseable {

    /** Deepest result a visitor can page to. */
    static final int MAX_WINDOW = 1000;
    static final int DEFAULT_PAGE_SIZE = 20;
    /** Up to this many matches, ranking walks the matches; above, it lets WAND skip over the ranking postings. */
    static final int SMALL_MATCH_SET = 5_000;
    static final int MAX_PAGE_SIZE = 100;
    static final int COMMIT_INTERVAL_SECONDS = 30;
    static final int DEFAULT_QUERY_CACHE_MB = 64;
    /** How long a search may wait for its turn before the visitor is told the search is busy. */
    static final long DEFAULT_QUEUE_TIMEOUT_MILLIS = 5_000;
    private static final int BULK_BATCH = 256;
    private static final List<IndexedItem> END_OF_BATCHES = new ArrayList<>(0);
    private static final Sort RELEVANCE_THEN_NEWEST = new Sort(SortField.FIELD_SCORE,
            new SortField(ItemFields.PUBLISHED, SortField.Type.LONG, true), new SortField(ItemFields.ID, SortField.Type.LONG, true));
    /** Everything a result line shows, read in one stored-fields visit per hit. */
    private static final Set<String> HIT_FIELDS = Set.of(ItemFields.ID, ItemFields.TITLE, ItemFields.SUMMARY, ItemFields.BODY,
            ItemFields.INDEX_NO, ItemFields.AGENCY, ItemFields.AGENCY_NAME, ItemFields.CATEGORY, ItemFields.CATEGORY_NAME,
            ItemFields.PUBLISHED, ItemFields.VALIDITY, ItemFields.URL);

    private static final Logger log = LoggerFactory.getLogger(LuceneSearchService.class);

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryTranslator translator;
    private final ScheduledExecutorService committer;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int smallMatchSet;
    /**
     * Searches are CPU-bound: more of them at once than there are cores only share the cores, so
     * each takes longer and a large one is stretched the most. Searches beyond this many wait their
     * turn in arrival order (the same idea as a search thread pool with a queue). That cuts the long
     * tail and, with fewer threads evicting each other's caches, the CPU per search (bench/RESULTS.md).
     */
    private final Semaphore running;
    private final long queueTimeoutMillis;
    private final FacetKeys facetKeys = new FacetKeys();
    private final Cache<ListingKey, FacetCounts.Result> listingCounts = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    /**
     * Opens (or creates) the index in the given directory with the default query cache. The
     * directory may hold an index written by an earlier run; its documents are kept.
     */
    public LuceneSearchService(Path indexDir) {
        this(indexDir, DEFAULT_QUERY_CACHE_MB, 0);
    }

    /**
     * Opens (or creates) the index in the given directory.
     *
     * @param queryCacheMb memory for Lucene's query cache, which keeps the documents of frequent
     *                     words and filters as bit sets; 0 turns caching off (benchmarks of the cold case)
     * @param concurrency  searches answered at once, the others wait in order; 0 means one per core
     */
    @Autowired
    public LuceneSearchService(@Value("${gongkai.search.index-dir:data/index}") Path indexDir,
            @Value("${gongkai.search.query-cache-mb:" + DEFAULT_QUERY_CACHE_MB + "}") int queryCacheMb,
            @Value("${gongkai.search.concurrency:0}") int concurrency) {
        this(indexDir, queryCacheMb, SMALL_MATCH_SET, concurrency, DEFAULT_QUEUE_TIMEOUT_MILLIS);
    }

    /**
     * For tests: {@code smallMatchSet} chooses the ranking path for large matching sets on a small
     * index, {@code queueTimeoutMillis} how long a search waits for its turn.
     */
    LuceneSearchService(Path indexDir, int queryCacheMb, int smallMatchSet, int concurrency, long queueTimeoutMillis) {
        this.smallMatchSet = smallMatchSet;
        this.running = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
        this.queueTimeoutMillis = queueTimeoutMillis;
        QueryCache cache = queryCacheMb > 0 ? new LRUQueryCache(10_000, queryCacheMb * 1024L * 1024L) : null;
        QueryCachingPolicy policy = new WordSetCachingPolicy();
        try {
            Files.createDirectories(indexDir);
            this.directory = FSDirectory.open(indexDir);
            this.analyzer = new SmartChineseAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(true);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    searcher.setQueryCache(cache);
                    searcher.setQueryCachingPolicy(policy);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open search index in " + indexDir, e);
        }
        this.translator = new QueryTranslator(analyzer);
        this.committer = Executors.newSingleThreadScheduledExecutor(daemonThreads("search-index-commit"));
        committer.scheduleWithFixedDelay(this::commitIfChanged, COMMIT_INTERVAL_SECONDS, COMMIT_INTERVAL_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public SearchResult search(SearchQuery q) {
        long started = System.nanoTime();
        QueryTranslator.Analysed text = translator.analyse(q.text());
        IndexSearcher searcher = acquire();
        try {
            // A listing whose counts are known only reads one page by date, about a millisecond: the
            // catalogue pages, most of a portal's traffic, do not queue behind text searches.
            if (text.blank() && listingCountsKnown(searcher, q)) {
                return run(searcher, q, text, started);
            }
            takeTurn();
            try {
                return run(searcher, q, text, started);
            } finally {
                running.release();
            }
        } finally {
            release(searcher);
        }
    }

    private void takeTurn() {
        try {
            if (!running.tryAcquire(queueTimeoutMillis, TimeUnit.MILLISECONDS)) {
                throw new SearchBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchBusyException();
        }
    }

    /** The turns of searches, for tests that need every turn taken. */
    Semaphore turns() {
        return running;
    }

    /** One search on one point-in-time view; {@code started} is when it was asked for, so the time shown includes any wait. */
    private SearchResult run(IndexSearcher searcher, SearchQuery q, QueryTranslator.Analysed text, long started) {
        int pageSize = q.pageSize() <= 0 ? DEFAULT_PAGE_SIZE : Math.min(q.pageSize(), MAX_PAGE_SIZE);
        int page = Math.max(1, q.page());
        Query match = QueryTranslator.matchQuery(text, q);
        long offset = (long) (page - 1) * pageSize;
        int window = (int) Math.min((long) page * pageSize, MAX_WINDOW);
        boolean wantHits = offset < window;
        try {
            // Pass 1: exact total and counts; for text, also the matching documents as bits.
            FacetCounts counting = new FacetCounts(facetKeys, text.blank() || !wantHits ? 0 : searcher.getIndexReader().leaves().size());
            FacetCounts.Result counts = text.blank() ? listingCounts(searcher, match, q)
                    : counting.countBits(searcher.getIndexReader().leaves(), MatchBits.of(searcher,
                            QueryTranslator.wordQueries(text), QueryTranslator.exactCodeQueries(text.code()),
                            QueryTranslator.filterQueries(q)));
            List<SearchHit> hits = List.of();
            if (wantHits && counts.total() > offset) {
                // Pass 2: rank only as far as the page needs.
                Query candidates = text.blank() ? match : counting.matchSet();
                ScoreDoc[] top = topDocs(searcher, text, candidates, counts.total(), q.sort(), window);
                ScoreDoc[] shown = offset >= top.length ? new ScoreDoc[0]
                        : Arrays.copyOfRange(top, (int) offset, (int) Math.min(offset + pageSize, top.length));
                hits = toHits(searcher, shown, text);
            }
            long tookMillis = (System.nanoTime() - started) / 1_000_000;
            return new SearchResult(counts.total(), page, pageSize, hits, tookMillis,
                    counts.byAgency(), counts.byCategory(), counts.byYear());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the counts of this listing on this view of the index are already kept. */
    private boolean listingCountsKnown(IndexSearcher searcher, SearchQuery q) {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        return helper != null && listingCounts.getIfPresent(listingKey(helper, q)) != null;
    }

    private static ListingKey listingKey(IndexReader.CacheHelper helper, SearchQuery q) {
        return new ListingKey(helper.getKey(), q.agencyCode(), q.categoryCode(), q.year(), q.validity());
    }

    /**
     * Counts of a listing without text. The catalogue pages ask for the same few filter combinations
     * over and over, and without text the matching set can be the whole index; the counts only
     * change when the index does, so they are kept per searcher generation.
     */
    private FacetCounts.Result listingCounts(IndexSearcher searcher, Query match, SearchQuery q) throws IOException {
        IndexReader.CacheHelper helper = searcher.getIndexReader().getReaderCacheHelper();
        if (helper == null) {
            return searcher.search(match, new FacetCounts(facetKeys, 0));
        }
        ListingKey key = listingKey(helper, q);
        FacetCounts.Result cached = listingCounts.getIfPresent(key);
        if (cached == null) {
            cached = searcher.search(match, new FacetCounts(facetKeys, 0));
            listingCounts.put(key, cached);
        }
        return cached;
    }

    /** A listing's filters on one point-in-time view of the index. */
    private record ListingKey(Object reader, String agencyCode, String categoryCode, Integer year, String validity) {
    }

    /**
     * At least the first {@code window} of {@code candidates} in the requested order. Neither path
     * counts (the first pass did), so Lucene may skip what cannot make the page: on scores for
     * relevance, on the points index of the publication date for newest/oldest.
     */
    private ScoreDoc[] topDocs(IndexSearcher searcher, QueryTranslator.Analysed text, Query candidates, long total,
            SearchQuery.Sort sort, int window) throws IOException {
        boolean byRelevance = !text.blank() && (sort == null || sort == SearchQuery.Sort.RELEVANCE);
        if (!byRelevance) {
            return searcher.search(candidates, new TopFieldCollectorManager(sortFor(sort), window, null, window)).scoreDocs;
        }
        MatchSetQuery matchSet = (MatchSetQuery) candidates;
        if (total <= smallMatchSet) {
            return searcher.search(QueryTranslator.rankQueryOver(text, matchSet),
                    new TopFieldCollectorManager(RELEVANCE_THEN_NEWEST, window, null, window)).scoreDocs;
        }
        TopDocs ranked = searcher.search(QueryTranslator.rankQuery(text),
                matchSet.onlyMatching(new TopFieldCollectorManager(RELEVANCE_THEN_NEWEST, window, null, window)));
        return ranked.scoreDocs.length < window ? fillWithNewest(searcher, matchSet, ranked, window) : ranked.scoreDocs;
    }

    /** Fewer items than the window rank above zero: the rest are the newest other matches. */
    private static ScoreDoc[] fillWithNewest(IndexSearcher searcher, MatchSetQuery matchSet, TopDocs titled, int window) throws IOException {
        Set<Integer> taken = new HashSet<>();
        List<ScoreDoc> docs = new ArrayList<>(window);
        for (ScoreDoc sd : titled.scoreDocs) {
            taken.add(sd.doc);
            docs.add(new ScoreDoc(sd.doc, sd.score));
        }
        int want = window + taken.size();
        TopDocs newest = searcher.search(matchSet, new TopFieldCollectorManager(sortFor(SearchQuery.Sort.NEWEST), want, null, want));
        for (ScoreDoc sd : newest.scoreDocs) {
            if (docs.size() >= window) {
                break;
            }
            if (!taken.contains(sd.doc)) {
                docs.add(new ScoreDoc(sd.doc, 0f));
            }
        }
        return docs.toArray(new ScoreDoc[0]);
    }

    /** Newest or oldest first by publication date; the id breaks ties so that paging is stable. */
    static Sort sortFor(SearchQuery.Sort sort) {
        boolean oldest = sort == SearchQuery.Sort.OLDEST;
        return new Sort(new SortField(ItemFields.PUBLISHED, SortField.Type.LONG, !oldest),
                new SortField(ItemFields.ID, SortField.Type.LONG, !oldest));
    }

    private List<SearchHit> toHits(IndexSearcher searcher, ScoreDoc[] shown, QueryTranslator.Analysed text) throws IOException {
        if (shown.length == 0) {
            return List.of();
        }
        int[] docIds = new int[shown.length];
        Map<Integer, Document> docs = new HashMap<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < shown.length; i++) {
            docIds[i] = shown[i].doc;
            docs.put(docIds[i], stored.document(docIds[i], HIT_FIELDS));
        }
        // Summaries are highlighted only when some hit has no body to take the snippet from.
        boolean needSummary = docs.values().stream().anyMatch(d -> d.get(ItemFields.BODY) == null);
        String[] fields = needSummary ? new String[] {ItemFields.TITLE, ItemFields.BODY, ItemFields.SUMMARY}
                : new String[] {ItemFields.TITLE, ItemFields.BODY};
        Map<String, Object[]> highlights = text.parts().isEmpty() ? null
                : new ItemHighlighter(searcher, analyzer, docs).fragments(fields, QueryTranslator.highlightQuery(text), docIds);
        List<SearchHit> hits = new ArrayList<>(shown.length);
        for (int i = 0; i < docIds.length; i++) {
            Document doc = docs.get(docIds[i]);
            String title = orEmpty(doc.get(ItemFields.TITLE));
            Fragment titleFragment = highlights == null ? null : (Fragment) highlights.get(ItemFields.TITLE)[i];
            Fragment snippet = highlights == null ? plainSnippet(doc)
                    : chooseSnippet(needSummary ? (Fragment) highlights.get(ItemFields.SUMMARY)[i] : null,
                            (Fragment) highlights.get(ItemFields.BODY)[i], doc);
            hits.add(new SearchHit(
                    Long.parseLong(doc.get(ItemFields.ID)),
                    title,
                    titleFragment != null ? titleFragment.html() : MarkFormatter.escape(title),
                    doc.get(ItemFields.INDEX_NO),
                    emptyToNull(doc.get(ItemFields.AGENCY)),
                    doc.get(ItemFields.AGENCY_NAME),
                    emptyToNull(doc.get(ItemFields.CATEGORY)),
                    doc.get(ItemFields.CATEGORY_NAME),
                    LocalDate.ofEpochDay(doc.getField(ItemFields.PUBLISHED).numericValue().longValue()),
                    emptyToNull(doc.get(ItemFields.VALIDITY)),
                    doc.get(ItemFields.URL),
                    snippet.plain(),
                    snippet.html()));
        }
        return hits;
    }

    /**
     * Prefer the body passage that shows why the item matched; otherwise the summary, written to
     * introduce the item (highlighted when it had to be, else plain); otherwise the body's start.
     */
    private static Fragment chooseSnippet(Fragment summary, Fragment body, Document doc) {
        if (body != null && body.matched()) {
            return body;
        }
        if (summary != null) {
            return summary;
        }
        String plainSummary = doc.get(ItemFields.SUMMARY);
        if (plainSummary != null && !plainSummary.isBlank()) {
            return MarkFormatter.plain(plainSummary, ItemHighlighter.SNIPPET_CHARS);
        }
        return body != null ? body : plainSnippet(doc);
    }

    /** Listing without text: the summary, or the start of the body when there is none. */
    private static Fragment plainSnippet(Document doc) {
        String summary = doc.get(ItemFields.SUMMARY);
        return MarkFormatter.plain(summary != null && !summary.isBlank() ? summary : doc.get(ItemFields.BODY), ItemHighlighter.SNIPPET_CHARS);
    }

    @Override
    public void index(IndexedItem item) {
        try {
            writer.updateDocument(ItemFields.idTerm(item.id()), ItemFields.toDocument(item, analyzer));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Feeds the items to one analysing thread per core (the Chinese analyser is the bottleneck of
     * indexing; IndexWriter takes documents from many threads), then commits once.
     */
    @Override
    public void indexAll(Stream<IndexedItem> items) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        BlockingQueue<List<IndexedItem>> queue = new ArrayBlockingQueue<>(threads * 4);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads("search-bulk-index"));
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                try {
                    for (List<IndexedItem> batch = queue.take(); batch != END_OF_BATCHES; batch = queue.take()) {
                        for (IndexedItem item : batch) {
                            writer.updateDocument(ItemFields.idTerm(item.id()), ItemFields.toDocument(item, analyzer));
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
        }
        try {
            Iterator<IndexedItem> it = items.iterator();
            List<IndexedItem> batch = new ArrayList<>(BULK_BATCH);
            while (it.hasNext() && failure.get() == null) {
                batch.add(it.next());
                if (batch.size() == BULK_BATCH) {
                    offer(queue, batch, failure);
                    batch = new ArrayList<>(BULK_BATCH);
                }
            }
            if (!batch.isEmpty()) {
                offer(queue, batch, failure);
            }
            for (int t = 0; t < threads; t++) {
                offer(queue, END_OF_BATCHES, failure);
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                if (failure.get() != null) {
                    pool.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        } finally {
            pool.shutdownNow();
        }
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        }
        Throwable f = failure.get();
        if (f != null) {
            throw f instanceof IOException io ? new UncheckedIOException("bulk indexing failed", io)
                    : new IllegalStateException("bulk indexing failed", f);
        }
    }

    /** Hands a batch to the workers, giving up once a worker has failed (nobody would take it). */
    private static void offer(BlockingQueue<List<IndexedItem>> queue, List<IndexedItem> batch, AtomicReference<Throwable> failure)
            throws InterruptedException {
        while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (failure.get() != null) {
                return;
            }
        }
    }

    @Override
    public void remove(long id) {
        try {
            writer.deleteDocuments(ItemFields.idTerm(id));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void clear() {
        try {
            writer.deleteAll();
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** Commits pending changes now, e.g. before a backup copies the index directory. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commitIfChanged() {
        try {
            if (!closed.get() && writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (Exception e) {
            log.warn("Periodic commit of the search index failed; will retry", e);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        committer.shutdown();
        try {
            // let a periodic commit that is running finish rather than interrupt it
            committer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            analyzer.close();
            try {
                directory.close();
            } catch (IOException e) {
                log.warn("Closing the search index directory failed", e);
            }
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
