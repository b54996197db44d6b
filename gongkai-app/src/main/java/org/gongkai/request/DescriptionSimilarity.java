package org.gongkai.request;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two requested-information descriptions are: the Jaccard overlap of their character
 * bigrams, punctuation and spaces ignored. Chinese has no spaces to split words on, and two
 * applications for the same information reuse most of the same two-character words, so bigrams catch
 * a repeat worded slightly differently without a segmenter.
 */
public final class DescriptionSimilarity {

    /** From this overlap on an earlier answered request is offered as the one this repeats. */
    public static final double LIKELY_REPEAT = 0.5;

    private DescriptionSimilarity() {
    }

    public static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s == null) {
            return out;
        }
        String t = s.replaceAll("[\\p{P}\\p{S}\\s]", "").toLowerCase();
        for (int i = 0; i + 1 < t.length(); i++) {
            out.add(t.substring(i, i + 2));
        }
        return out;
    }
}
