package org.gongkai.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
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

    /**
     * Wraps a collector manager so that only matching documents reach its collectors. Lets a pure
     * disjunction be the top-level query (which Lucene scores with block-max WAND, skipping documents
     * that cannot make the page) while the set of hits stays exactly the matching set.
     */
    <C extends Collector, T> CollectorManager<Collector, T> onlyMatching(CollectorManager<C, T> inner) {
        List<C> collectors = new ArrayList<>();
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() throws IOException {
                C collector = inner.newCollector();
                collectors.add(collector);
                return new FilterCollector(collector) {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                        FixedBitSet bits = context.ord < byLeaf.length ? byLeaf[context.ord] : null;
                        if (bits == null) {
                            throw new CollectionTerminatedException();
                        }
                        return new FilterLeafCollector(super.getLeafCollector(context)) {
                            @Override
                            public void collect(int doc) throws IOException {
                                if (bits.get(doc)) {
                                    in.collect(doc);
                                }
                            }
                        };
                    }
                };
            }

            @Override
            public T reduce(Collection<Collector> ignored) throws IOException {
                return inner.reduce(collectors);
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
