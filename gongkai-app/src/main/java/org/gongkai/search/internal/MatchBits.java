package org.gongkai.search.internal;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The matching set of a text search as bits per segment, computed a word at a time instead of a document at a time:
 * the same set as {@link QueryTranslator#matchQuery} (every word, or an exact code, and every filter), but each
 * clause's documents come from Lucene's query cache as a bit set and are combined 64 documents per machine word.
 * Walking a conjunction of common words document by document (the leapfrog of a Boolean query, a collector call and
 * a doc-values read per match) was most of the counting pass's cost at 100,000–200,000 matches (bench/search).
 * Deleted documents are still set here; the counting pass drops them.
 */
final class MatchBits {

    private MatchBits() {
    }

    /** Bits per leaf ordinal, null for a leaf without matches. */
    static FixedBitSet[] of(IndexSearcher searcher, List<Query> words, List<Query> codes, List<Query> filters)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        FixedBitSet[] out = new FixedBitSet[leaves.size()];
        if (words.isEmpty() && codes.isEmpty()) {
            return out;
        }
        Weight[] wordWeights = weights(searcher, words);
        Weight[] codeWeights = weights(searcher, codes);
        Weight[] filterWeights = weights(searcher, filters);
        for (LeafReaderContext leaf : leaves) {
            FixedBitSet bits = all(leaf, wordWeights);
            for (Weight code : codeWeights) {
                DocIdSetIterator it = iterator(code, leaf);
                if (it != null) {
                    if (bits == null) {
                        bits = new FixedBitSet(leaf.reader().maxDoc());
                    }
                    bits.or(it);
                }
            }
            if (bits != null && filterWeights.length > 0) {
                FixedBitSet filtered = all(leaf, filterWeights);
                if (filtered == null) {
                    bits = null;
                } else {
                    bits.and(filtered);
                }
            }
            out[leaf.ord] = bits;
        }
        return out;
    }

    /** The documents of the leaf in every one of the weights' sets; null if none or no weights. */
    private static FixedBitSet all(LeafReaderContext leaf, Weight[] weights) throws IOException {
        if (weights.length == 0) {
            return null;
        }
        FixedBitSet bits = null;
        FixedBitSet scratch = null;
        for (Weight w : weights) {
            DocIdSetIterator it = iterator(w, leaf);
            if (it == null) {
                return null;
            }
            if (bits == null) {
                bits = new FixedBitSet(leaf.reader().maxDoc());
                bits.or(it);
            } else {
                if (scratch == null) {
                    scratch = new FixedBitSet(leaf.reader().maxDoc());
                } else {
                    scratch.clear(0, scratch.length());
                }
                scratch.or(it);
                bits.and(scratch);
            }
        }
        return bits;
    }

    private static Weight[] weights(IndexSearcher searcher, List<Query> queries) throws IOException {
        Weight[] out = new Weight[queries.size()];
        for (int i = 0; i < out.length; i++) {
            // through the searcher, so that the query cache hands out its cached bit sets
            out[i] = searcher.createWeight(searcher.rewrite(queries.get(i)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        return out;
    }

    private static DocIdSetIterator iterator(Weight w, LeafReaderContext leaf) throws IOException {
        Scorer s = w.scorer(leaf);
        return s == null ? null : s.iterator();
    }
}
