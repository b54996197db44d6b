package org.gongkai.search.internal;

import java.io.IOException;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;

/**
 * Lucene's default caching policy, plus: the documents containing a word of the catch-all field
 * are always worth caching. Counting intersects the posting lists of every query word, and in
 * government text a few words (公开, 工作, 年, 政务 …) occur in most documents; walking their
 * postings is most of the cost of counting. Cached as bit sets per segment by Lucene's
 * {@link org.apache.lucene.search.LRUQueryCache}, they serve every later query that contains them,
 * not only repeats of the same query; the cache's size bound evicts rare words first.
 */
final class WordSetCachingPolicy implements QueryCachingPolicy {

    private final UsageTrackingQueryCachingPolicy defaults = new UsageTrackingQueryCachingPolicy();

    @Override
    public void onUse(Query query) {
        defaults.onUse(query);
    }

    @Override
    public boolean shouldCache(Query query) throws IOException {
        if (query instanceof TermQuery term && ItemFields.TEXT.equals(term.getTerm().field())) {
            return true;
        }
        return defaults.shouldCache(query);
    }
}
