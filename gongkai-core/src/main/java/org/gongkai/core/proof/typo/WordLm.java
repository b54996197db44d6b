package org.gongkai.core.proof.typo;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Word-bigram language model over a short window of characters: the best segmentation's log-probability, with word
 * unigrams and bigrams from HanLP's core dictionary (1998 People's Daily) and, for words HanLP lacks, the detector's own
 * dictionary (jieba + gov vocabularies). The character bigrams of {@link TypoCheck} only see neighbouring characters;
 * this model sees whether a replacement lets the whole phrase segment into likely words: 跟踪督促 is far likelier than
 * 根踪督促, while 公布建设立 is barely likelier than 公布前设立 (a false alarm of the character model alone, since
 * 建设 is a word).
 *
 * <p>HanLP's portable jar reads its binary dictionaries from the class path on first use (115–145 ms for the words, 34–43 ms
 * for the bigrams, measured on the development machine) and writes
 * nothing. Thread-safe: the HanLP tables are read-only once loaded.
 */
final class WordLm {

    /** Longest word looked up in the lattice. */
    private static final int MAX_WORD = 6;
    /**
     * Weight of the unigram in the interpolated bigram probability: HanLP's bigram table is sparse (公布→前 = 0), so
     * an unseen pair must not cost too much (dev split: 0.3 beats 0.02, 0.1 and 0.6).
     */
    private static final double BETA = 0.3;

    private final LongIntMap[] dict;
    private final int[] single;
    private final double logTotalHanlp;
    private final double logTotalOwn;
    private final double endLogP;

    /**
     * @param dict     the detector's dictionary by length (2–4), jieba-scaled frequencies
     * @param single   jieba frequency of each character as a word
     * @param ownTotal sum of the jieba frequencies (the denominator of the own-dictionary unigrams)
     */
    WordLm(LongIntMap[] dict, int[] single, long ownTotal) {
        this.dict = dict;
        this.single = single;
        long total = 0;
        int size = CoreDictionary.trie.size();
        for (int id = 0; id < size; id++) {
            CoreDictionary.Attribute a = CoreDictionary.get(id);
            if (a != null) {
                total += a.totalFrequency;
            }
        }
        this.logTotalHanlp = Math.log(total);
        this.endLogP = Math.log(CoreDictionary.get(CoreDictionary.END_WORD_ID).totalFrequency + 0.5) - logTotalHanlp;
        this.logTotalOwn = Math.log(ownTotal);
        // force the bigram table to load now rather than on the first check
        CoreBiGramTableDictionary.getBiFrequency(0, 0);
    }

    /**
     * Log-probability of the best segmentation of s[from, to). {@code atStart}/{@code atEnd}: the window touches the
     * start/end of its clause, so the sentence-boundary bigrams apply.
     */
    double score(char[] s, int from, int to, boolean atStart, boolean atEnd) {
        int n = to - from;
        // lattice: node k = word s[from+st, from+st+len); best[k] = best log-probability of a path ending with it
        int cap = n * MAX_WORD;
        int[] nStart = new int[cap];
        int[] nEnd = new int[cap];
        int[] nId = new int[cap];
        double[] nLogP = new double[cap];
        double[] best = new double[cap];
        int nodes = 0;
        for (int st = 0; st < n; st++) {
            for (int len = 1; len <= MAX_WORD && st + len <= n; len++) {
                // HanLP's third argument is the end index, not the length
                int id = CoreDictionary.trie.exactMatchSearch(s, from + st, from + st + len, 0);
                double lp;
                if (id >= 0) {
                    lp = Math.log(CoreDictionary.get(id).totalFrequency + 0.5) - logTotalHanlp;
                } else if (len >= 2 && len <= 4) {
                    int f = dict[len].get(TypoCheck.pack(s, from + st, len), 0);
                    if (f <= 0) {
                        continue;
                    }
                    lp = Math.log(f) - logTotalOwn;
                } else if (len == 1) {
                    // a character that is no word on its own: rare, but the lattice must stay connected
                    lp = Math.log(single[s[from + st]] + 0.5) - logTotalOwn - 4;
                } else {
                    continue;
                }
                nStart[nodes] = st;
                nEnd[nodes] = st + len;
                nId[nodes] = id;
                nLogP[nodes] = lp;
                nodes++;
            }
        }
        // nodes are ordered by start, so every predecessor of a node precedes it
        double out = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < nodes; k++) {
            double b = Double.NEGATIVE_INFINITY;
            if (nStart[k] == 0) {
                b = atStart ? transition(CoreDictionary.BEGIN_WORD_ID, nId[k], nLogP[k]) : nLogP[k];
            } else {
                for (int q = 0; q < k; q++) {
                    if (nEnd[q] == nStart[k] && best[q] != Double.NEGATIVE_INFINITY) {
                        double v = best[q] + transition(nId[q], nId[k], nLogP[k]);
                        if (v > b) {
                            b = v;
                        }
                    }
                }
            }
            best[k] = b;
            if (nEnd[k] == n && b != Double.NEGATIVE_INFINITY) {
                double v = atEnd ? b + transition(nId[k], CoreDictionary.END_WORD_ID, endLogP) : b;
                if (v > out) {
                    out = v;
                }
            }
        }
        return out;
    }

    /** log P(next | prev): the bigram relative frequency interpolated with the unigram (weight {@link #BETA}). */
    private double transition(int prev, int next, double nextLogP) {
        if (prev < 0 || next < 0) {
            return nextLogP;
        }
        int c = CoreBiGramTableDictionary.getBiFrequency(prev, next);
        int fp = CoreDictionary.get(prev).totalFrequency;
        return Math.log(BETA * Math.exp(nextLogP) + (1 - BETA) * c / Math.max(1.0, fp));
    }
}
