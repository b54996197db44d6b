package org.gongkai.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one text, analysed once and replayed into several fields. The Chinese analyser's
 * segmentation is most of the cost of indexing; each text feeds its own field (positions and
 * offsets, for highlighting), the catch-all matching field and a field of adjacent word pairs, and
 * analysing it three times would triple the time of a rebuild.
 */
final class AnalysedText {

    private final int length;
    private String[] terms = new String[32];
    private int[] increments = new int[32];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int size;

    private AnalysedText(int length) {
        this.length = length;
    }

    static AnalysedText of(Analyzer analyzer, String field, String text) {
        AnalysedText result = new AnalysedText(text.length());
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                result.add(term.toString(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private void add(String term, int increment, int start, int end) {
        if (size == terms.length) {
            int capacity = size * 2;
            terms = Arrays.copyOf(terms, capacity);
            increments = Arrays.copyOf(increments, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
        }
        terms[size] = term;
        increments[size] = increment;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /**
     * A stream of the pairs of adjacent words ({@code "政务 公开"}), for the pair fields that stand in
     * for phrase queries. Words separated by removed punctuation are not adjacent.
     */
    TokenStream pairs() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private int next = 1;

            @Override
            public boolean incrementToken() {
                while (next < size && increments[next] != 1) {
                    next++;
                }
                if (next >= size) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms[next - 1]).append(PAIR_SEPARATOR).append(terms[next]);
                next++;
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 1;
            }
        };
    }

    /** Joins the two words of a pair; the analyser never emits it inside a word. */
    static final char PAIR_SEPARATOR = ' ';

    /** The pair term of two adjacent words, as {@link #pairs()} writes it. */
    static String pair(String first, String second) {
        return first + PAIR_SEPARATOR + second;
    }

    /** A fresh stream over the recorded tokens; each field being indexed needs its own. */
    TokenStream replay() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next >= size) {
                    return false;
                }
                clearAttributes();
                term.setEmpty().append(terms[next]);
                increment.setPositionIncrement(increments[next]);
                offset.setOffset(starts[next], ends[next]);
                next++;
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(length, length);
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
