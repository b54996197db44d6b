package org.gongkai.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's UnifiedHighlighter set up for result lines: titles are highlighted whole, summaries and
 * bodies as one passage of about a sentence. Offsets come from the postings (the text fields are
 * indexed with offsets), so highlighting never re-runs the Chinese analyser, and the stored text
 * comes from the documents the caller already loaded for the result list, so each hit's stored
 * fields are decompressed once. Cheap to create; one per search, bound to its searcher.
 */
final class ItemHighlighter extends UnifiedHighlighter {

    /** Passage length goal; passages are cut to {@link #SNIPPET_CHARS} by the formatter. */
    static final int PASSAGE_GOAL_CHARS = 120;
    static final int SNIPPET_CHARS = 160;

    private static final PassageFormatter TITLE_FORMATTER = new MarkFormatter(Integer.MAX_VALUE);
    private static final PassageFormatter SNIPPET_FORMATTER = new MarkFormatter(SNIPPET_CHARS);

    /**
     * Prefers passages with more matches, earlier ones on a tie. The default BM25 passage scorer
     * builds a term hash per passage; with one short passage per field that buys nothing.
     */
    private static final PassageScorer MATCH_COUNT_SCORER = new PassageScorer() {
        @Override
        public float score(Passage passage, int contentLength) {
            return passage.getNumMatches() * norm(passage.getStartOffset());
        }
    };

    private final Map<Integer, Document> loaded;

    /** @param loaded the stored fields of every document that will be highlighted, by doc id */
    ItemHighlighter(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> loaded) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withHandleMultiTermQuery(false)
                .withHighlightPhrasesStrictly(false)
                .withScorer(MATCH_COUNT_SCORER)
                .withMaxLength(20_000));
        this.loaded = loaded;
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        if (ItemFields.TITLE.equals(field)) {
            return new WholeBreakIterator();
        }
        return LengthGoalBreakIterator.createClosestToLength(BreakIterator.getSentenceInstance(Locale.CHINA), PASSAGE_GOAL_CHARS, 0.2f);
    }

    /** All highlighted fields carry offsets in their postings; saves merging the field infos of every segment per search. */
    @Override
    protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.POSTINGS;
    }

    @Override
    protected PassageFormatter getFormatter(String field) {
        return ItemFields.TITLE.equals(field) ? TITLE_FORMATTER : SNIPPET_FORMATTER;
    }

    /** Serves the text from the already loaded documents instead of reading stored fields again. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document d = loaded.get(doc);
            CharSequence[] byField = new CharSequence[fields.length];
            for (int i = 0; i < fields.length; i++) {
                String v = d == null ? null : d.get(fields[i]);
                byField[i] = v == null ? "" : v;
            }
            values.add(byField);
        }
        return values;
    }

    /**
     * Highlights the given fields of the given documents, one passage each. Values are {@link Fragment}s,
     * or null where a document has no such field.
     */
    Map<String, Object[]> fragments(String[] fields, Query query, int[] docIds) throws IOException {
        int[] maxPassages = new int[fields.length];
        Arrays.fill(maxPassages, 1);
        return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
}
