package org.gongkai.core.proof;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The proofreading engine: runs every {@link Check} over a text and returns the findings in text order,
 * without duplicates (two checks flagging the same span keep the more severe one) and without those the
 * agency's whitelist covers. Pure Java, usable on its own (the command line uses it without Spring).
 */
public final class Proofreader {

    private final List<Check> checks;

    public Proofreader(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public List<Check> checks() {
        return checks;
    }

    public List<Finding> check(String text, ProofContext context) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Finding> all = new ArrayList<>();
        for (Check c : checks) {
            for (Finding f : c.check(text, context)) {
                if (!whitelisted(text, f, context)) {
                    all.add(f);
                }
            }
        }
        all.sort(Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end)
                .thenComparing(f -> f.severity().ordinal()));
        List<Finding> out = new ArrayList<>();
        for (Finding f : all) {
            Finding last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.start() == f.start() && last.end() == f.end() && last.category() == f.category()) {
                continue; // same span, same category: the first (most severe) stays
            }
            out.add(f);
        }
        return out;
    }

    /** A finding is dropped when a whitelisted term in the text covers its span. */
    static boolean whitelisted(String text, Finding f, ProofContext context) {
        for (String term : context.whitelist()) {
            if (term.isEmpty()) {
                continue;
            }
            int from = Math.max(0, f.end() - term.length());
            int i = text.indexOf(term, from);
            while (i >= 0 && i <= f.start()) {
                if (i + term.length() >= f.end()) {
                    return true;
                }
                i = text.indexOf(term, i + 1);
            }
        }
        return false;
    }
}
