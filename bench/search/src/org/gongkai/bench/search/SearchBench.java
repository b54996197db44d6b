package org.gongkai.bench.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResult;
import org.gongkai.search.internal.LuceneSearchService;

/**
 * Indexes N synthetic items through {@link LuceneSearchService#indexAll} and measures search
 * latency from concurrent threads, next to the floor: the same words as a bare Lucene boolean
 * query (top 10 by score, no exact total, no counts, no highlighting, no stored fields).
 *
 * <p>System properties: {@code n} (items, default 1000000), {@code dir} (index directory, default
 * bench/data/search-index), {@code reuse} (true: keep an existing index of the right size),
 * {@code threads} (default 8), {@code rounds} (measured passes over the query list per thread,
 * default 40), {@code warmup} (unmeasured passes per thread, default 10), {@code seed},
 * {@code querycache} (false: no Lucene query cache, neither the service's, which keeps the documents
 * of frequent words as bit sets, nor the floor's default one: every search starts cold),
 * {@code concurrency} (searches the service answers at once, the others waiting their turn; default
 * 0 = one per core, as in the application).
 */
public final class SearchBench {

    record Case(String label, String text, String agency, SearchQuery.Sort sort) {
        SearchQuery query() {
            return new SearchQuery(text, agency, null, null, null, sort, 1, 20);
        }
    }

    public static void main(String[] args) throws Exception {
        long n = Long.getLong("n", 1_000_000L);
        Path dir = Path.of(System.getProperty("dir", "bench/data/search-index"));
        boolean reuse = Boolean.getBoolean("reuse");
        int threads = Integer.getInteger("threads", 8);
        int rounds = Integer.getInteger("rounds", 40);
        int warmup = Integer.getInteger("warmup", 10);
        long seed = Long.getLong("seed", 42L);
        boolean queryCache = Boolean.parseBoolean(System.getProperty("querycache", "true"));
        if (!queryCache) {
            IndexSearcher.setDefaultQueryCache(null);
        }

        System.out.printf("== Gongkai search benchmark: n=%,d threads=%d rounds=%d warmup=%d querycache=%s concurrency=%s dir=%s%n",
                n, threads, rounds, warmup, queryCache, Integer.getInteger("concurrency", 0) == 0
                        ? Runtime.getRuntime().availableProcessors() + " (cores)" : Integer.getInteger("concurrency"), dir);
        try (LuceneSearchService service = openFresh(dir, reuse, n, queryCache)) {
            if (service.count() != n) {
                long t0 = System.nanoTime();
                try (Stream<org.gongkai.search.IndexedItem> items = new ItemGenerator(seed).items(n)) {
                    service.indexAll(items);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                System.out.printf("indexAll: %,d items in %.1f s = %,.0f items/s (generation included, %d cores)%n",
                        service.count(), secs, service.count() / secs, Runtime.getRuntime().availableProcessors());
            } else {
                System.out.printf("reusing index with %,d items%n", service.count());
            }
            System.out.printf("index size on disk: %,.0f MB%n", sizeOf(dir) / 1e6);

            String financeIndexNo = service.search(new SearchQuery("", "finance", null, 2024, null, SearchQuery.Sort.NEWEST, 1, 1))
                    .hits().get(0).indexNo();
            List<Case> cases = List.of(
                    new Case("政务公开", "政务公开", null, SearchQuery.Sort.RELEVANCE),
                    new Case("行政许可", "行政许可", null, SearchQuery.Sort.RELEVANCE),
                    new Case("2024年 预算", "2024年 预算", null, SearchQuery.Sort.RELEVANCE),
                    new Case("安全生产 检查", "安全生产 检查", null, SearchQuery.Sort.RELEVANCE),
                    new Case("政务公开 @gov-office", "政务公开", "gov-office", SearchQuery.Sort.RELEVANCE),
                    new Case("行政许可 @market", "行政许可", "market", SearchQuery.Sort.RELEVANCE),
                    new Case("2024年 预算 @finance", "2024年 预算", "finance", SearchQuery.Sort.RELEVANCE),
                    new Case("政务公开 NEWEST", "政务公开", null, SearchQuery.Sort.NEWEST),
                    new Case("(blank) @education NEWEST", "", "education", SearchQuery.Sort.NEWEST),
                    new Case("(blank) all NEWEST", "", null, SearchQuery.Sort.NEWEST),
                    new Case("索引号 exact", financeIndexNo, null, SearchQuery.Sort.RELEVANCE));

            System.out.println();
            System.out.println("matching items per query (total / top-1 title):");
            for (Case c : cases) {
                SearchResult r = service.search(c.query());
                System.out.printf("  %-28s total=%,9d  %s%n", c.label(), r.total(), r.hits().isEmpty() ? "-" : r.hits().get(0).title());
            }

            List<Supplier<Object>> serviceCalls = new ArrayList<>();
            for (Case c : cases) {
                SearchQuery q = c.query();
                serviceCalls.add(() -> service.search(q));
            }
            System.out.println();
            System.out.println("SearchService.search (page 1 of 20, exact total, counts by agency/category/year, highlighting):");
            run(labels(cases), serviceCalls, threads, rounds, warmup);

            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir)); Analyzer analyzer = new SmartChineseAnalyzer()) {
                IndexSearcher searcher = new IndexSearcher(reader);
                List<Supplier<Object>> rawCalls = new ArrayList<>();
                for (Case c : cases) {
                    Query q = rawQuery(analyzer, c);
                    boolean newest = c.sort() == SearchQuery.Sort.NEWEST;
                    Sort sort = new Sort(new SortField("published", SortField.Type.LONG, true));
                    rawCalls.add(() -> {
                        try {
                            return newest ? searcher.search(q, 10, sort) : searcher.search(q, 10);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                System.out.println();
                System.out.println("Floor: raw Lucene BooleanQuery of TermQuery (body field, all words MUST, agency FILTER), top 10, "
                        + "no exact total, no counts, no highlighting, no stored fields:");
                run(labels(cases), rawCalls, threads, rounds, warmup);
            }
        }
    }

    private static LuceneSearchService openFresh(Path dir, boolean reuse, long n, boolean queryCache) throws IOException {
        if (!reuse && Files.exists(dir)) {
            deleteRecursively(dir);
        }
        LuceneSearchService service = new LuceneSearchService(dir, queryCache ? 64 : 0, Integer.getInteger("concurrency", 0));
        if (service.count() != n && service.count() != 0) {
            service.clear();
        }
        return service;
    }

    /** The same words as the service would require, on the body field only, as plain term queries. */
    static Query rawQuery(Analyzer analyzer, Case c) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (c.label().startsWith("索引号")) {
            b.add(new TermQuery(new Term("indexNoKey", c.text())), Occur.MUST);
            any = true;
        } else if (!c.text().isBlank()) {
            try (TokenStream ts = analyzer.tokenStream("body", c.text())) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    b.add(new TermQuery(new Term("body", term.toString())), Occur.MUST);
                    any = true;
                }
                ts.end();
            }
        }
        if (!any) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        if (c.agency() != null) {
            b.add(new TermQuery(new Term("agency", c.agency())), Occur.FILTER);
        }
        return b.build();
    }

    private static List<String> labels(List<Case> cases) {
        return cases.stream().map(Case::label).toList();
    }

    /**
     * Each thread runs {@code warmup} unmeasured then {@code rounds} measured passes over all
     * queries, in its own shuffled order, and records every call's latency.
     */
    static void run(List<String> labels, List<Supplier<Object>> calls, int threads, int rounds, int warmup) throws Exception {
        int q = calls.size();
        long[][][] latencies = new long[threads][q][rounds];
        CountDownLatch warmedUp = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        long[] wall = new long[2];
        for (int t = 0; t < threads; t++) {
            int tid = t;
            Thread th = new Thread(() -> {
                try {
                    Random rnd = new Random(tid);
                    Integer[] order = new Integer[q];
                    for (int i = 0; i < q; i++) {
                        order[i] = i;
                    }
                    for (int w = 0; w < warmup; w++) {
                        for (int i = 0; i < q; i++) {
                            calls.get(i).get();
                        }
                    }
                    warmedUp.countDown();
                    start.await();
                    for (int round = 0; round < rounds; round++) {
                        java.util.Collections.shuffle(Arrays.asList(order), rnd);
                        for (int i : order) {
                            long t0 = System.nanoTime();
                            calls.get(i).get();
                            latencies[tid][i][round] = System.nanoTime() - t0;
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                    warmedUp.countDown();
                }
            }, "bench-" + t);
            workers.add(th);
            th.start();
        }
        // every thread finishes its warmup before the measured phase starts for all at once
        warmedUp.await();
        long cpu0 = processCpuNanos();
        String loadBefore = loadAverage();
        wall[0] = System.nanoTime();
        start.countDown();
        for (Thread th : workers) {
            th.join();
        }
        wall[1] = System.nanoTime();
        long cpu = processCpuNanos() - cpu0;
        String loadAfter = loadAverage();
        if (failure.get() != null) {
            throw new IllegalStateException(failure.get());
        }
        System.out.printf("  %-28s %8s %8s %8s %8s %8s%n", "query", "p50 ms", "p95 ms", "p99 ms", "max ms", "calls");
        long[] all = new long[threads * q * rounds];
        int k = 0;
        for (int i = 0; i < q; i++) {
            long[] one = new long[threads * rounds];
            int m = 0;
            for (int t = 0; t < threads; t++) {
                for (int r = 0; r < rounds; r++) {
                    one[m++] = latencies[t][i][r];
                    all[k++] = latencies[t][i][r];
                }
            }
            print(labels.get(i), one);
        }
        print("ALL", all);
        double secs = (wall[1] - wall[0]) / 1e9;
        System.out.printf("  throughput: %,.0f searches/s over %.1f s; process CPU %.1f ms per search; load average %s -> %s%n",
                all.length / secs, secs, cpu / 1e6 / all.length, loadBefore, loadAfter);
    }

    /** CPU time of this JVM (all threads, including GC and JIT), to tell own cost from waiting for a shared machine. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** The 1-minute load average, to show whether other work competed for the cores. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void print(String label, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("  %-28s %8.1f %8.1f %8.1f %8.1f %8d%n", label, pct(nanos, 50), pct(nanos, 95), pct(nanos, 99),
                nanos[nanos.length - 1] / 1e6, nanos.length);
    }

    private static double pct(long[] sorted, double p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(idx, sorted.length - 1))] / 1e6;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
