package org.gongkai.search.internal;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;

import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents the counting pass found, as a query over the same searcher. Intersecting the
 * posting lists of common words is the dearest step of a search; doing it once and ranking over
 * this bit set makes the ranking pass nearly free of matching cost. Valid only for the searcher
 * whose leaves the bits were collected on; never cached.
 */
final class MatchSetQuery extends Query {

    private final FixedBitSet[] byLeaf;
    private final int[] cardinality;

    /** @param byLeaf matching documents per leaf ordinal, null where a leaf has none */
    MatchSetQuery(FixedBitSet[] byLeaf, int[] cardinality) {
        this.byLeaf = byLeaf;
        this.cardinality = cardinality;
    }

    /** Whether the document of the given leaf matched. */
    boolean contains(int leafOrd, int doc) {
        FixedBitSet bits = leafOrd < byLeaf.length ? byLeaf[leafOrd] : null;
        return bits != null && bits.get(doc);
    }

    /** Whether any document of the leaf matched. */
    boolean hasMatches(int leafOrd) {
        return leafOrd < byLeaf.length && byLeaf[leafOrd] != null && cardinality[leafOrd] > 0;
    }

    /** Wraps one segment's collector so that only matching documents reach it. */
    LeafCollector onlyMatching(LeafReaderContext context, LeafCollector in) {
        FixedBitSet bits = context.ord < byLeaf.length ? byLeaf[context.ord] : null;
        if (bits == null) {
            throw new CollectionTerminatedException();
        }
        return new FilterLeafCollector(in) {
            @Override
            public void collect(int doc) throws IOException {
                if (bits.get(doc)) {
                    in.collect(doc);
                }
            }
        };
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) {
                FixedBitSet bits = context.ord < byLeaf.length ? byLeaf[context.ord] : null;
                if (bits == null || cardinality[context.ord] == 0) {
                    return null;
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits, cardinality[context.ord]));
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false;
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "MatchSetQuery";
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
