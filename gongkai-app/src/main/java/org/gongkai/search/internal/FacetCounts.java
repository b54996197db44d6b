package org.gongkai.search.internal;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matching items, in all and per agency, category and year, in one pass over the
 * matching set without scoring. Agencies and categories are counted by doc-values ordinal into a per-segment array and
 * turned into codes once per segment, so the per-document cost is three doc-values reads and three
 * array increments, and no stored field is touched. The lucene-facet module would do the same with
 * a taxonomy or an extra ordinal map; three small dimensions don't need it.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    /** The number of matching items and their counts keyed by code (agency, category) or year, each sorted for display. */
    record Result(long total, Map<String, Long> byAgency, Map<String, Long> byCategory, Map<Integer, Long> byYear) {
    }

    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 300;

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
    static final class Counter implements Collector {

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
            SortedDocValues agency = DocValues.getSorted(context.reader(), ItemFields.AGENCY);
            SortedDocValues category = DocValues.getSorted(context.reader(), ItemFields.CATEGORY);
            NumericDocValues year = DocValues.getNumeric(context.reader(), ItemFields.YEAR);
            int[] agencyCounts = new int[Math.max(agency.getValueCount(), 0)];
            int[] categoryCounts = new int[Math.max(category.getValueCount(), 0)];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts need no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (agency.advanceExact(doc)) {
                        agencyCounts[agency.ordValue()]++;
                    }
                    if (category.advanceExact(doc)) {
                        categoryCounts[category.ordValue()]++;
                    }
                    if (year.advanceExact(doc)) {
                        int y = (int) year.longValue() - FIRST_YEAR;
                        if (y >= 0 && y < YEARS) {
                            years[y]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    addOrdinalCounts(agency, agencyCounts, agencies);
                    addOrdinalCounts(category, categoryCounts, categories);
                }
            };
        }

        private static void addOrdinalCounts(SortedDocValues values, int[] counts, Map<String, Long> into) throws IOException {
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    String code = values.lookupOrd(ord).utf8ToString();
                    if (!code.isEmpty()) {
                        into.merge(code, (long) counts[ord], Long::sum);
                    }
                }
            }
        }
    }
}
