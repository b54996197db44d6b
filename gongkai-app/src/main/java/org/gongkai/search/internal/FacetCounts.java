package org.gongkai.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The counting pass: one walk over the matching set, without scoring, that yields the exact total,
 * the counts per agency, category and year, and optionally the matching documents as bits for the
 * ranking pass ({@link MatchSetQuery}). Each document carries one ordinal for its combination of
 * agency, category and year ({@link ItemFields#FACET_KEY}); the pass counts ordinals into a
 * per-segment array and adds them up per dimension through the segment's decoded keys
 * ({@link FacetKeys}), so the per-document cost is one array read (the segment's ordinals are decoded once)
 * and one increment, and no stored field is touched. The lucene-facet module would read three ordinals per document for the same answer.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    /** The number of matching items and their counts keyed by code (agency, category) or year, each sorted for display. */
    record Result(long total, Map<String, Long> byAgency, Map<String, Long> byCategory, Map<Integer, Long> byYear) {
    }

    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 300;

    private final FacetKeys facetKeys;
    private final FixedBitSet[] bitsByLeaf;
    private final int[] cardinalityByLeaf;

    /**
     * @param facetKeys the decoded facet keys of the index's segments
     * @param leaves    number of leaves of the searcher, to record matching documents; 0 to record none
     */
    FacetCounts(FacetKeys facetKeys, int leaves) {
        this.facetKeys = facetKeys;
        this.bitsByLeaf = leaves > 0 ? new FixedBitSet[leaves] : null;
        this.cardinalityByLeaf = leaves > 0 ? new int[leaves] : null;
    }

    /** The recorded matching documents; only after the search, and only if asked for at construction. */
    MatchSetQuery matchSet() {
        return new MatchSetQuery(bitsByLeaf, cardinalityByLeaf);
    }

    /**
     * Counts matching sets that were computed as bits ({@link MatchBits}), without a collector: one pass over the
     * set bits per segment, dropping deleted documents, one array read per match. Records the bits for
     * {@link #matchSet()} when asked for at construction.
     */
    Result countBits(List<LeafReaderContext> leaves, FixedBitSet[] bitsPerLeaf) throws IOException {
        Counter counter = new Counter();
        for (LeafReaderContext context : leaves) {
            FixedBitSet bits = bitsPerLeaf[context.ord];
            if (bits == null) {
                continue;
            }
            FacetKeys.Segment decoded = facetKeys.of(context.reader());
            int[] ordOf = decoded.ordOf();
            int[] keyCounts = new int[decoded.agencyOf().length];
            Bits live = context.reader().getLiveDocs();
            long[] words = bits.getBits();
            int total = 0;
            for (int w = 0; w < words.length; w++) {
                long word = words[w];
                while (word != 0) {
                    int doc = (w << 6) + Long.numberOfTrailingZeros(word);
                    word &= word - 1;
                    if (live != null && !live.get(doc)) {
                        bits.clear(doc);
                        continue;
                    }
                    total++;
                    int ord = ordOf[doc];
                    if (ord >= 0) {
                        keyCounts[ord]++;
                    }
                }
            }
            counter.addLeaf(context, decoded, keyCounts, total, bits);
        }
        return reduce(List.of(counter));
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> collectors) {
        Map<String, Long> agencies = new HashMap<>();
        Map<String, Long> categories = new HashMap<>();
        long[] years = new long[YEARS];
        long total = 0;
        for (Counter c : collectors) {
            total += c.total;
            c.agencies.forEach((k, v) -> agencies.merge(k, v, Long::sum));
            c.categories.forEach((k, v) -> categories.merge(k, v, Long::sum));
            for (int i = 0; i < YEARS; i++) {
                years[i] += c.years[i];
            }
        }
        Map<Integer, Long> byYear = new LinkedHashMap<>();
        for (int i = YEARS - 1; i >= 0; i--) {
            if (years[i] > 0) {
                byYear.put(FIRST_YEAR + i, years[i]);
            }
        }
        return new Result(total, largestFirst(agencies), largestFirst(categories), byYear);
    }

    private static Map<String, Long> largestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Collects one slice of segments; not thread-safe, as Lucene expects of a collector. */
    final class Counter implements Collector {

        final Map<String, Long> agencies = new HashMap<>();
        final Map<String, Long> categories = new HashMap<>();
        final long[] years = new long[YEARS];
        long total;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FacetKeys.Segment decoded = facetKeys.of(context.reader());
            int[] ordOf = decoded.ordOf();
            int[] keyCounts = new int[decoded.agencyOf().length];
            FixedBitSet bits = bitsByLeaf == null ? null : new FixedBitSet(context.reader().maxDoc());
            return new LeafCollector() {
                int leafTotal;

                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    leafTotal++;
                    if (bits != null) {
                        bits.set(doc);
                    }
                    int ord = ordOf[doc];
                    if (ord >= 0) {
                        keyCounts[ord]++;
                    }
                }

                @Override
                public void finish() throws IOException {
                    addLeaf(context, decoded, keyCounts, leafTotal, bits);
                }
            };
        }

        /** Adds one segment's counts per ordinal (and records its matching bits when asked for). */
        void addLeaf(LeafReaderContext context, FacetKeys.Segment decoded, int[] keyCounts, int leafTotal, FixedBitSet bits) {
            total += leafTotal;
            if (bitsByLeaf != null && bits != null && leafTotal > 0) {
                bitsByLeaf[context.ord] = bits;
                cardinalityByLeaf[context.ord] = leafTotal;
            }
            if (leafTotal == 0) {
                return;
            }
            long[] perAgency = new long[decoded.agencies().length];
            long[] perCategory = new long[decoded.categories().length];
            for (int ord = 0; ord < keyCounts.length; ord++) {
                int count = keyCounts[ord];
                if (count > 0) {
                    perAgency[decoded.agencyOf()[ord]] += count;
                    perCategory[decoded.categoryOf()[ord]] += count;
                    int y = decoded.yearOf()[ord] - FIRST_YEAR;
                    if (y >= 0 && y < YEARS) {
                        years[y] += count;
                    }
                }
            }
            addAll(decoded.agencies(), perAgency, agencies);
            addAll(decoded.categories(), perCategory, categories);
        }

        private static void addAll(String[] codes, long[] counts, Map<String, Long> into) {
            for (int i = 0; i < codes.length; i++) {
                if (counts[i] > 0 && !codes[i].isEmpty()) {
                    into.merge(codes[i], counts[i], Long::sum);
                }
            }
        }
    }
}
