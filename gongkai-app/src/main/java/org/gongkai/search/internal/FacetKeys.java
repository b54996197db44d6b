package org.gongkai.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The {@link ItemFields#FACET_KEY} ordinals of each segment, decoded once into agency, category and
 * year. A segment has a few thousand distinct combinations; looking each up in the doc-values terms
 * dictionary on every search would cost more than counting the documents. Segments never change, so
 * the decoding is kept until Lucene closes the segment.
 */
final class FacetKeys {

    /**
     * Per ordinal: index into {@code agencies} and {@code categories}, and the year (0 if unreadable); per document:
     * its ordinal ({@code ordOf}, -1 if none), read once so that counting a match costs one array read.
     */
    record Segment(String[] agencies, String[] categories, int[] agencyOf, int[] categoryOf, int[] yearOf, int[] ordOf) {
    }

    private final Map<Object, Segment> bySegment = new ConcurrentHashMap<>();

    Segment of(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return decode(reader);
        }
        Segment cached = bySegment.get(helper.getKey());
        if (cached == null) {
            cached = decode(reader);
            if (bySegment.putIfAbsent(helper.getKey(), cached) == null) {
                helper.addClosedListener(bySegment::remove);
            }
        }
        return cached;
    }

    private static Segment decode(LeafReader reader) throws IOException {
        SortedDocValues keys = DocValues.getSorted(reader, ItemFields.FACET_KEY);
        int size = keys.getValueCount();
        int[] agencyOf = new int[size];
        int[] categoryOf = new int[size];
        int[] yearOf = new int[size];
        Map<String, Integer> agencyIndex = new HashMap<>();
        Map<String, Integer> categoryIndex = new HashMap<>();
        List<String> agencies = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        TermsEnum terms = keys.termsEnum();
        int ord = 0;
        for (BytesRef term = terms.next(); term != null && ord < size; term = terms.next(), ord++) {
            String key = term.utf8ToString();
            int first = key.indexOf(ItemFields.FACET_SEPARATOR);
            int second = first < 0 ? -1 : key.indexOf(ItemFields.FACET_SEPARATOR, first + 1);
            String agency = first < 0 ? "" : key.substring(0, first);
            String category = second < 0 ? "" : key.substring(first + 1, second);
            agencyOf[ord] = agencyIndex.computeIfAbsent(agency, a -> { agencies.add(a); return agencies.size() - 1; });
            categoryOf[ord] = categoryIndex.computeIfAbsent(category, c -> { categories.add(c); return categories.size() - 1; });
            try {
                yearOf[ord] = second < 0 ? 0 : Integer.parseInt(key.substring(second + 1));
            } catch (NumberFormatException e) {
                yearOf[ord] = 0;
            }
        }
        int[] ordOf = new int[reader.maxDoc()];
        java.util.Arrays.fill(ordOf, -1);
        SortedDocValues perDoc = DocValues.getSorted(reader, ItemFields.FACET_KEY);
        for (int doc = perDoc.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = perDoc.nextDoc()) {
            ordOf[doc] = perDoc.ordValue();
        }
        return new Segment(agencies.toArray(new String[0]), categories.toArray(new String[0]), agencyOf, categoryOf, yearOf,
                ordOf);
    }
}
