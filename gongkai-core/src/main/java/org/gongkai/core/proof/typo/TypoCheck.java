package org.gongkai.core.proof.typo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Check;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Severity;

/**
 * 错别字 detector, tuned for precision. Four layers, all data-driven (see {@code NOTICE.md} beside the data):
 * <ol>
 *   <li><b>Misuse pairs</b> ({@code pairs.tsv}, the ECSpell 常见错字错词 list and the word-checker list):
 *       a literal wrong form, optionally with a context condition (截止 followed by a date → 截至).</li>
 *   <li><b>Idioms</b> (ECSpell 成语): a four-character run that is not a word and differs from a known idiom in
 *       one character, the two characters being in the sound/shape confusion sets.</li>
 *   <li><b>One wrong character</b> (pycorrector §1.3 without kenlm): every replacement of a character by a
 *       confusable one (sound/shape sets, ECSpell's law/medical slips; or any character where it completes a word of
 *       three or more) that makes a dictionary word (jieba dict.txt + gov vocabularies) there. The evidence — how
 *       much the character bigrams (shipped gov/law/medical text) and the word bigrams ({@link WordLm}, HanLP's
 *       People's Daily counts) prefer it, how frequent and long the new word is, whether the written form is a word
 *       itself — is weighed by boosted trees ({@link Scorer}, {@code scorer.txt}, trained on the EC-ODW dev split and
 *       ECSpell's law and medical sentences), and the best candidate of a position is reported when its score reaches
 *       the cut (懂事长 → 董事长, 按指责分工 → 职责).</li>
 *   <li><b>Homophone words</b>: two adjacent characters, a word themselves or not, against the frequent words of
 *       the same pinyin (罚站改革委 → 发展改革委, 人力资源社会报账部 → 保障), judged the same way by trees of their
 *       own.</li>
 * </ol>
 * A sentence with a confident error is read again, as corrected so far, with lower cuts (errors cluster), and again
 * while each reading finds more; the rest of the text is read once. Immutable and thread-safe; load once with
 * {@link #load()}.
 */
public final class TypoCheck implements Check {

    static final String BASE = "/org/gongkai/core/proof/typo/";

    /** The best candidate of each position of a text: its score, character and the word it makes there. */
    private static final class Best {
        final double[] score;
        final char[] ch;
        final int[] start;
        final byte[] len;
        final boolean[] idiom;
        /** The written form is a word itself: the context alone says it is wrong (rule typo.context). */
        final boolean[] realWord;
        /** Outside the confusion sets (rule typo.free). */
        final boolean[] free;

        Best(int n) {
            score = new double[n];
            java.util.Arrays.fill(score, Double.NEGATIVE_INFINITY);
            ch = new char[n];
            start = new int[n];
            len = new byte[n];
            idiom = new boolean[n];
            realWord = new boolean[n];
            free = new boolean[n];
        }

        void offer(int pos, double s, char c, int st, int length, boolean isIdiom, boolean isRealWord, boolean isFree) {
            if (s > score[pos]) {
                score[pos] = s;
                ch[pos] = c;
                start[pos] = st;
                len[pos] = (byte) length;
                idiom[pos] = isIdiom;
                realWord[pos] = isRealWord;
                free[pos] = isFree;
            }
        }
    }

    /** Dictionary frequency from which a written string counts as a word in its own right. */
    static final int BLOCK_FREQ = 20;
    /** Candidates are words down to this frequency (the gov vocabularies enter at 500). */
    static final int MIN_NEW_FREQ = 300;
    /** Slips outside the confusion sets are judged only where they complete a word this long. */
    static final int FREE_MIN_LEN = 3;
    /** Layer 4 considers homophone words down to this frequency. */
    static final int HOMOPHONE_MIN_FREQ = 500;
    /** Readings of a sentence after the first, while each finds more. */
    static final int READINGS = 3;

    /**
     * The learned judges of layers 3 and 4 ({@link Scorer}): a candidate is reported when its log-odds reaches
     * {@code cut} ({@code pairCut}), or {@code nearbyCut} ({@code pairNearbyCut}) in a further reading of a sentence
     * that already holds a confident error.
     */
    record Judge(Scorer scorer, double cut, double nearbyCut, Scorer pairScorer, double pairCut,
                 double pairNearbyCut) {

        /** The judge of the second reading: the same trees, the looser cuts. */
        Judge nearby() {
            return new Judge(scorer, nearbyCut, nearbyCut, pairScorer, pairNearbyCut, pairNearbyCut);
        }
    }

    /** A scorer that never reports (collecting candidates for training). */
    static final Scorer NEVER = new Scorer(-1e9, new int[0], new int[0], new double[0], new int[0], new int[0],
            new double[0]);

    /** Receives every candidate of layers 3 and 4 with its features (for training the {@link Scorer}s). */
    interface Sink {
        void candidate(int pos, char c, double[] features);

        /** A homophone word for s[pos, pos + 2) (layer 4). */
        default void pair(int pos, char c1, char c2, double[] features) {
        }
    }

    private final Data d;
    private final Judge judge;
    /** Receives the candidates when training; null otherwise. */
    private final Sink sink;
    /** The second reader for sentences with a confident error; null in a second reading (or when asked alone). */
    private final TypoCheck nearby;

    private TypoCheck(Data d, Judge judge, Sink sink, boolean second) {
        this.d = d;
        this.judge = judge;
        this.sink = sink;
        this.nearby = second ? new TypoCheck(d, judge.nearby(), null, false) : null;
    }

    TypoCheck with(Judge j) {
        return new TypoCheck(d, j, null, true);
    }

    Judge judge() {
        return judge;
    }

    /** The same judge without the second reading. */
    TypoCheck alone() {
        return new TypoCheck(d, judge, null, false);
    }

    /** One reading that reports nothing from layers 3 and 4 and passes every candidate to {@code s} (training). */
    TypoCheck collecting(Sink s) {
        return new TypoCheck(d, new Judge(NEVER, 0, 0, NEVER, 0, 0), s, false);
    }

    /** Loads the dictionaries, confusion sets, n-gram counts and pair lists from the class path. */
    public static TypoCheck load() {
        Data d = Data.load(j -> true, java.util.Set.of());
        return new TypoCheck(d, d.judge, null, true);
    }

    /** For cross-fitted training: only the lines j of odw-dev-targets.txt with {@code keep.test(j)} enter the bigrams. */
    static TypoCheck load(java.util.function.IntPredicate keep) {
        return load(keep, java.util.Set.of());
    }

    /** For training on ECSpell's law or medical sentences: {@code without} names resources under ecspell/ left out. */
    static TypoCheck load(java.util.function.IntPredicate keep, java.util.Set<String> without) {
        Data d = Data.load(keep, without);
        return new TypoCheck(d, d.judge, null, true);
    }

    // ------------------------------------------------------------------------------------------ check

    @Override
    public List<Finding> check(String text, ProofContext ctx) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        List<Finding> out = detect(text, 0);
        if (nearby == null || out.stream().noneMatch(TypoCheck::confident)) {
            return out;
        }
        boolean[] covered = new boolean[text.length()];
        for (Finding f : out) {
            java.util.Arrays.fill(covered, f.start(), f.end(), true);
        }
        int sentenceStart = 0;
        int first = 0; // out is sorted by start: the findings of a sentence follow one another from here
        List<Finding> more = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && SENTENCE_END.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            int a = sentenceStart;
            int b = i;
            sentenceStart = i + 1;
            while (first < out.size() && out.get(first).start() < a) {
                first++;
            }
            int last = first;
            boolean any = false;
            for (; last < out.size() && out.get(last).start() < b; last++) {
                any |= confident(out.get(last)) && out.get(last).end() <= b;
            }
            if (b - a < 2 || !any) {
                continue;
            }
            // read the sentence as corrected so far: a fixed neighbour no longer hides the next error
            char[] fixed = text.substring(a, b).toCharArray();
            for (Finding f : out.subList(first, last)) {
                if (f.end() <= b) {
                    apply(fixed, f, a);
                }
            }
            // errors cluster: what one reading corrects can uncover the next, so read again while it finds more
            for (int round = 0; round < READINGS; round++) {
                boolean found = false;
                for (Finding f : nearby.detect(new String(fixed), a)) {
                    boolean free = true;
                    for (int k = a + f.start(); k < a + f.end(); k++) {
                        free &= !covered[k];
                    }
                    if (!free) {
                        continue;
                    }
                    java.util.Arrays.fill(covered, a + f.start(), a + f.end(), true);
                    more.add(new Finding(a + f.start(), a + f.end(), f.category(), f.severity(),
                            text.substring(a + f.start(), a + f.end()), f.suggestion(), f.message(), f.rule(),
                            f.location()));
                    found |= apply(fixed, f, 0);
                }
                if (!found) {
                    break;
                }
            }
        }
        out.addAll(more);
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    /** Writes a same-length confident suggestion into the sentence buffer {@code t} that starts at text offset a. */
    private static boolean apply(char[] t, Finding f, int a) {
        String sug = f.suggestion();
        if (confident(f) && sug != null && sug.length() == f.end() - f.start()) {
            sug.getChars(0, sug.length(), t, f.start() - a);
            return true;
        }
        return false;
    }

    private static final String SENTENCE_END = "。！？；!?;\n";

    /** A finding that says the sentence was written carelessly (not a mere variant). */
    private static boolean confident(Finding f) {
        return f.severity() != Severity.INFO && f.category() == Category.TYPO;
    }

    /**
     * One reading of the text with this instance's judge. {@code offset}: where the text starts in the whole text (for
     * the training sink only).
     */
    private List<Finding> detect(String text, int offset) {
        List<Finding> out = new ArrayList<>();
        char[] s = text.toCharArray();
        int n = s.length;
        boolean[] taken = new boolean[n];
        docNumbers(text, taken);
        int[] cov = new int[n];
        double[] covFreq = new double[n];
        int[] cross = new int[n];
        int[] writtenFreqs = new int[3 * n];
        cover(s, cov, covFreq, cross, writtenFreqs);
        pairs(text, s, taken, cross, out);
        // layer 3's candidates by key (pos << 16 | c)
        java.util.Map<Long, Candidate> cands = null;
        Best best = null; // the best candidate of each position, made when the first one is found
        int runStart = -1;
        for (int i = 0; i <= n; i++) {
            boolean cjk = i < n && isCjk(s[i]);
            if (cjk && runStart < 0) {
                runStart = i;
            } else if (!cjk && runStart >= 0) {
                int runEnd = i;
                for (int st = runStart; st < runEnd; st++) {
                    for (int len = 2; len <= 4 && st + len <= runEnd; len++) {
                        long w = pack(s, st, len);
                        int writtenFreq = writtenFreqs[3 * st + len - 2];
                        for (int k = 0; k < len; k++) {
                            int pos = st + k;
                            // the written form is a word in its own right: only the judge's context can overrule it
                            boolean realWord = writtenFreq >= BLOCK_FREQ || cov[pos] >= len;
                            if (taken[pos]) {
                                continue;
                            }
                            long masked = w & ~(0xFFFFL << (16 * k));
                            int head = d.masked[len].get(masked, -1);
                            char orig = s[pos];
                            // a list holds the idioms first, then the words from the most frequent down (Data.compact)
                            for (int q = head; q >= 0 && d.pCh[q] != 0; q++) {
                                char c = d.pCh[q];
                                boolean idiom = d.pIdiom[q];
                                int f = d.pFreq[q];
                                if (!idiom && f < MIN_NEW_FREQ) {
                                    break; // every word after this one is rarer
                                }
                                if (c == orig || (idiom && realWord)) {
                                    continue;
                                }
                                boolean free = !d.confusable(orig, c);
                                if (free && (idiom || realWord || len < FREE_MIN_LEN)) {
                                    continue;
                                }
                                // the character bigrams on each side of the change
                                double left = pos > runStart ? d.logBi(s[pos - 1], c) - d.logBi(s[pos - 1], orig) : 0;
                                double right = pos + 1 < runEnd ? d.logBi(c, s[pos + 1]) - d.logBi(orig, s[pos + 1]) : 0;
                                double lm = left + right;
                                if (lm < 0) {
                                    continue; // the character bigrams object (cheap, before the word model)
                                }
                                if (idiom) {
                                    // an idiom one confusable character away: reported outright
                                    best = best != null ? best : new Best(n);
                                    best.offer(pos, 100 + lm, c, st, len, true, false, false);
                                    continue;
                                }
                                if (splits(cross, st, st + len)) {
                                    continue; // the new word would split a frequent written word (文件经单位)
                                }
                                if (cands == null) {
                                    cands = new java.util.LinkedHashMap<>();
                                }
                                // the same change is met once per dictionary word that could contain it: the
                                // candidate keeps the longest (then most frequent) of them
                                long key = ((long) pos << 16) | c;
                                Candidate cand = cands.get(key);
                                if (cand == null) {
                                    cand = new Candidate(features(s, pos, c, left, right, cov, covFreq, free));
                                    cands.put(key, cand);
                                }
                                cand.offer(s, pos, st, len, Math.log(f), writtenFreq, realWord, runEnd);
                            }
                        }
                    }
                }
                runStart = -1;
            }
        }
        if (cands != null) {
            double[] before = new double[n];
            java.util.Arrays.fill(before, Double.NaN);
            for (java.util.Map.Entry<Long, Candidate> e : cands.entrySet()) {
                int pos = (int) (e.getKey() >>> 16);
                char c = (char) (long) e.getKey();
                Candidate cand = e.getValue();
                double[] x = cand.x;
                if (sink == null && judge.scorer().bestOver(x, Scorer.WORD_GAIN, judge.cut()) < judge.cut()) {
                    continue; // short of the cut whatever the word model would say
                }
                x[Scorer.WORD_GAIN] = wordGain(s, pos, before, c);
                double score = sink != null ? judge.scorer().score(x) : judge.scorer().score(x, judge.cut());
                if (sink != null) {
                    sink.candidate(offset + pos, c, x.clone());
                }
                if (score < judge.cut()) {
                    continue;
                }
                best = best != null ? best : new Best(n);
                best.offer(pos, score, c, cand.start, cand.len, false, cand.realWord, x[Scorer.FREE] > 0);
            }
        }
        boolean[] flagged = new boolean[n];
        if (best != null) {
            for (int pos = 0; pos < n; pos++) {
                flagged[pos] = best.score[pos] != Double.NEGATIVE_INFINITY;
            }
        }
        judgedWords(s, taken, cov, covFreq, cross, flagged, offset, out);
        if (best != null) {
            for (int pos = 0; pos < n; pos++) {
                if (best.score[pos] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                String wrong = String.valueOf(s[pos]);
                String right = String.valueOf(best.ch[pos]);
                int st = best.start[pos];
                String written = new String(s, st, best.len[pos]);
                char[] fixed = written.toCharArray();
                fixed[pos - st] = best.ch[pos];
                String word = new String(fixed);
                String rule = best.idiom[pos] ? "typo.idiom" : best.free[pos] ? "typo.free"
                        : best.realWord[pos] ? "typo.context" : "typo.confusion";
                String msg = best.idiom[pos]
                        ? ProofMessages.text(rule, written, word, wrong, right)
                        : ProofMessages.text(rule, wrong, right, written, word);
                out.add(new Finding(pos, pos + 1, Category.TYPO, Severity.WARN, wrong, right, msg, rule, null));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The features of one change that do not depend on the word it makes (nor on the word model). */
    private double[] features(char[] s, int pos, char c, double left, double right, int[] cov, double[] covFreq,
                              boolean free) {
        char o = s[pos];
        double[] x = new double[Scorer.COUNT];
        x[Scorer.LM] = left + right;
        x[Scorer.LEFT] = left;
        x[Scorer.RIGHT] = right;
        x[Scorer.COVER] = cov[pos];
        x[Scorer.COVER_FREQ] = covFreq[pos];
        x[Scorer.SINGLE] = Math.log1p(d.single[o]);
        x[Scorer.FREE] = free ? 1 : 0;
        x[Scorer.SOUND] = d.soundAlike(o, c) ? 1 : 0;
        x[Scorer.UNI_OLD] = Math.log1p(d.uni[o]);
        x[Scorer.UNI_NEW] = Math.log1p(d.uni[c]);
        x[Scorer.LEN] = -1;
        return x;
    }

    /** A change of one character (layer 3): its features and the word it makes, the longest then most frequent. */
    private static final class Candidate {
        final double[] x;
        int start;
        int len;
        /** The written form is a word itself (rule typo.context). */
        boolean realWord;

        Candidate(double[] x) {
            this.x = x;
        }

        void offer(char[] s, int pos, int st, int length, double logFreq, int writtenFreq, boolean isRealWord,
                   int runEnd) {
            if (length < x[Scorer.LEN] || (length == x[Scorer.LEN] && logFreq <= x[Scorer.LOG_FREQ])) {
                return;
            }
            start = st;
            len = length;
            realWord = isRealWord;
            x[Scorer.LEN] = length;
            x[Scorer.LOG_FREQ] = logFreq;
            x[Scorer.WRITTEN] = Math.log1p(writtenFreq);
            int place = 0;
            // a place-name suffix just after the new word: likely a local name the dictionaries lack (姜曹村)
            for (int k = st + length; k < Math.min(runEnd, pos + 4); k++) {
                place |= PLACE_SUFFIX.indexOf(s[k]) >= 0 ? 1 : 0;
            }
            x[Scorer.PLACE] = place;
        }
    }

    /**
     * Layer 4 judged by the trees: any two adjacent characters, also a word in their own right (罚站改革委 → 发展改革委,
     * 郭嘉发展改革委 → 国家), against the frequent words of the same pinyin (toneless, any reading).
     */
    private void judgedWords(char[] s, boolean[] taken, int[] cov, double[] covFreq, int[] cross, boolean[] flagged,
                             int offset, List<Finding> out) {
        int n = s.length;
        int last = -1;
        double[] before = null;
        for (int i = 0; i + 1 < n; i++) {
            char a = s[i];
            char b = s[i + 1];
            if (!isCjk(a) || !isCjk(b) || i <= last || taken[i] || taken[i + 1] || flagged[i] || flagged[i + 1]) {
                continue;
            }
            short[] sa = d.syllables[a];
            short[] sb = d.syllables[b];
            if (sa == null || sb == null || splits(cross, i, i + 2)) {
                continue;
            }
            double bestScore = Double.NEGATIVE_INFINITY;
            char b1 = 0;
            char b2 = 0;
            double[] x = null;
            for (int r = 0; r < sa.length * sb.length; r++) {
                int[] homophones = d.homophones(sa[r / sb.length], sb[r % sb.length]);
                if (homophones == null) {
                    continue;
                }
                for (int w : homophones) {
                    char c1 = (char) w;
                    char c2 = (char) (w >>> 16);
                    if ((c1 == a && c2 == b) || listedBefore(sa, sb, r, w)) {
                        continue;
                    }
                    double lm = lmGain2(s, i, c1, c2);
                    if (lm < 0) {
                        continue; // the character bigrams object
                    }
                    if (x == null) {
                        x = new double[Scorer.PAIR_COUNT];
                    }
                    if (before == null) {
                        before = new double[n];
                        java.util.Arrays.fill(before, Double.NaN);
                    }
                    x[Scorer.P_LM] = lm;
                    x[Scorer.P_LOG_FREQ] = Math.log(d.dict[2].get(((long) c2 << 16) | c1, 1));
                    x[Scorer.P_WRITTEN] = Math.log1p(d.dict[2].get(pack(s, i, 2), 0));
                    x[Scorer.P_CHANGED] = (c1 != a ? 1 : 0) + (c2 != b ? 1 : 0);
                    x[Scorer.P_COVER] = Math.max(cov[i], cov[i + 1]);
                    x[Scorer.P_COVER_FREQ] = Math.max(covFreq[i], covFreq[i + 1]);
                    x[Scorer.P_SINGLE_A] = Math.log1p(d.single[a]);
                    x[Scorer.P_SINGLE_B] = Math.log1p(d.single[b]);
                    x[Scorer.P_INNER] = d.logBi(c1, c2) - d.logBi(a, b);
                    double need = Math.max(judge.pairCut(), bestScore);
                    if (sink == null && judge.pairScorer().bestOver(x, Scorer.P_WORD_GAIN, need) < need) {
                        continue; // cannot beat the cut or the best so far, whatever the word model would say
                    }
                    x[Scorer.P_WORD_GAIN] = wordGain(s, i, before, c1, c2);
                    double score = sink != null ? judge.pairScorer().score(x)
                            : judge.pairScorer().score(x, judge.pairCut());
                    if (sink != null) {
                        sink.pair(offset + i, c1, c2, x.clone());
                    }
                    if (score >= judge.pairCut() && score > bestScore) {
                        bestScore = score;
                        b1 = c1;
                        b2 = c2;
                    }
                }
            }
            if (b1 != 0) {
                String wrong = new String(s, i, 2);
                String right = new String(new char[] {b1, b2});
                out.add(new Finding(i, i + 2, Category.TYPO, Severity.WARN, wrong, right,
                        ProofMessages.text("typo.word", wrong, right), "typo.word", null));
                last = i + 1;
            }
        }
    }

    /** A polyphone's readings can list a word under two syllable pairs: judged under the first one only. */
    private boolean listedBefore(short[] sa, short[] sb, int r, int w) {
        for (int q = 0; q < r; q++) {
            int[] l = d.homophones(sa[q / sb.length], sb[q % sb.length]);
            if (l != null) {
                for (int v : l) {
                    if (v == w) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Characters on each side of a change that the word model reads (dev split: 3–6 score alike). */
    private static final int WORD_WINDOW = 4;

    /**
     * Word-level log-probability gain (see {@link WordLm}) of the clause window around s[at, at + repl.length) when it
     * becomes {@code repl} (one or two characters); {@code before} caches the unchanged window's score per position
     * (NaN until computed), so one array serves changes of one length only.
     */
    private double wordGain(char[] s, int at, double[] before, char... repl) {
        int runStart = at;
        while (runStart > 0 && isCjk(s[runStart - 1])) {
            runStart--;
        }
        int runEnd = at + repl.length;
        while (runEnd < s.length && isCjk(s[runEnd])) {
            runEnd++;
        }
        int from = Math.max(runStart, at - WORD_WINDOW);
        int to = Math.min(runEnd, at + repl.length + WORD_WINDOW);
        if (Double.isNaN(before[at])) {
            before[at] = d.words.score(s, from, to, from == runStart, to == runEnd);
        }
        char[] t = java.util.Arrays.copyOfRange(s, from, to);
        System.arraycopy(repl, 0, t, at - from, repl.length);
        return d.words.score(t, 0, t.length, from == runStart, to == runEnd) - before[at];
    }

    /** Log-probability gain of the three character bigrams over s[i], s[i+1] when they become c1, c2. */
    private double lmGain2(char[] s, int i, char c1, char c2) {
        double g = d.logBi(c1, c2) - d.logBi(s[i], s[i + 1]);
        if (i > 0 && isCjk(s[i - 1])) {
            g += d.logBi(s[i - 1], c1) - d.logBi(s[i - 1], s[i]);
        }
        if (i + 2 < s.length && isCjk(s[i + 2])) {
            g += d.logBi(c2, s[i + 2]) - d.logBi(s[i + 1], s[i + 2]);
        }
        return g;
    }

    /**
     * A candidate whose new word would cut through a written word this frequent at either end is not considered
     * (文件经单位 → 文件清单位 cuts 单位): of the training candidates this removes 18 %, of the right ones 1 % (dev,
     * cross-validated: correction P .816 → .814, R .410 → .417).
     */
    static final int SPLIT_FREQ = 5000;

    /** Whether a new word at [from, to) would cut through a written word of frequency ≥ SPLIT_FREQ at either end. */
    private static boolean splits(int[] cross, int from, int to) {
        return cross[from] >= SPLIT_FREQ || (to < cross.length && cross[to] >= SPLIT_FREQ);
    }

    /** What ends a place name: a change just before one is often a local name the dictionaries lack (姜曹村). */
    private static final String PLACE_SUFFIX = "省市县区镇乡村街旗盟州屯寨庄";

    /**
     * For each position: {@code cov}, the length of the longest dictionary word (frequency ≥ {@link #BLOCK_FREQ}, 2–4
     * characters) covering it; {@code covFreq}, log(1 + frequency) of the most frequent dictionary word covering it;
     * {@code cross}, the frequency of the most frequent dictionary word that straddles the boundary before it;
     * {@code written[3 * st + len - 2]}, the dictionary frequency of the written s[st, st + len) (0 when none).
     */
    private void cover(char[] s, int[] cov, double[] covFreq, int[] cross, int[] written) {
        int n = s.length;
        for (int st = 0; st < n; st++) {
            if (!isCjk(s[st])) {
                continue;
            }
            for (int len = 2; len <= 4 && st + len <= n; len++) {
                if (!isCjk(s[st + len - 1])) {
                    break;
                }
                int f = d.dict[len].get(pack(s, st, len), 0);
                written[3 * st + len - 2] = f;
                if (f <= 0) {
                    continue;
                }
                double lf = Math.log1p(f);
                for (int k = st; k < st + len; k++) {
                    if (k > st) {
                        cross[k] = Math.max(cross[k], f);
                    }
                    covFreq[k] = Math.max(covFreq[k], lf);
                    if (f >= BLOCK_FREQ && cov[k] < len) {
                        cov[k] = len;
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ pairs

    /**
     * The issuing code of a document number (青政发〔2024〕1号, 青粮储罚决〔2026〕3号) is an abbreviation, not prose:
     * its characters are left alone (青统罚决 is no slip for 青铜).
     */
    private static void docNumbers(String text, boolean[] taken) {
        java.util.regex.Matcher m = DOC_NUMBER.matcher(text);
        while (m.find()) {
            java.util.Arrays.fill(taken, m.start(1), m.end(1), true);
        }
    }

    private static final java.util.regex.Pattern DOC_NUMBER =
            java.util.regex.Pattern.compile("([\\u4e00-\\u9fff]{1,8})[〔\\[［]\\s*[0-9０-９]{4}\\s*[〕\\]］]");

    /**
     * Layer 1. A form from the imported lists is not reported where a frequent written word runs across either of its
     * ends (召开消防 holds 开消 → 开销 of word-checker's list, but it is 召开 / 消防); the curated pairs always are.
     */
    private void pairs(String text, char[] s, boolean[] taken, int[] cross, List<Finding> out) {
        int n = s.length;
        for (int i = 0; i < n; i++) {
            Pair[] cands = d.pairsByFirst[s[i]];
            if (cands == null) {
                continue;
            }
            for (Pair r : cands) {
                if (!text.startsWith(r.wrong, i) || !r.applies(text, i)) {
                    continue;
                }
                int end = i + r.wrong.length();
                if (r.imported && splits(cross, i, end)) {
                    continue;
                }
                boolean free = true;
                for (int k = i; k < end; k++) {
                    free &= !taken[k];
                }
                if (!free) {
                    continue;
                }
                for (int k = i; k < end; k++) {
                    taken[k] = true;
                }
                String msg = r.reasonKey.isEmpty()
                        ? ProofMessages.text(r.severity == Severity.INFO ? "typo.variant" : "typo.pair", r.wrong, r.right)
                        : ProofMessages.text(r.reasonKey, r.wrong, r.right);
                Category cat = r.wrong.length() == r.right.length() ? Category.TYPO : Category.EXTRA_OR_MISSING;
                out.add(new Finding(i, end, cat, r.severity, r.wrong, r.right, msg, r.rule, null));
                break;
            }
        }
    }

    /** A literal misuse with an optional context condition. */
    record Pair(String wrong, String right, Severity severity, String cond, String reasonKey, String rule,
                boolean imported) {

        boolean applies(String text, int at) {
            if (cond.isEmpty()) {
                return true;
            }
            int after = at + wrong.length();
            for (String c : cond.split(";")) {
                int colon = c.indexOf(':');
                String kind = colon < 0 ? c : c.substring(0, colon);
                String[] args = colon < 0 ? new String[0] : c.substring(colon + 1).split("\\|");
                boolean ok = switch (kind) {
                    case "nextDate" -> nextIsDate(text, after);
                    case "next" -> anyAt(text, after, args);
                    case "notNext" -> !anyAt(text, after, args);
                    case "prev" -> anyBefore(text, at, args);
                    case "notPrev" -> !anyBefore(text, at, args);
                    default -> throw new IllegalStateException("unknown condition " + kind);
                };
                if (!ok) {
                    return false;
                }
            }
            return true;
        }

        private static boolean anyAt(String t, int i, String[] args) {
            for (String a : args) {
                if (t.startsWith(a, i)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean anyBefore(String t, int i, String[] args) {
            for (String a : args) {
                if (i >= a.length() && t.startsWith(a, i - a.length())) {
                    return true;
                }
            }
            return false;
        }

        private static final String[] DATE_WORDS = {"今年", "本年", "去年", "上年", "当年", "同年", "年底", "年末", "月底",
            "本月", "上月", "今日", "今天", "昨日", "目前", "当前", "现在", "发稿", "本周", "上周", "前一", "上半年", "下半年",
            "本季度", "上季度", "一季度", "二季度", "三季度", "四季度", "上个月", "此时", "到目前", "到今年", "到20", "到19", "至今"};

        static boolean nextIsDate(String t, int i) {
            while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\u3000' || t.charAt(i) == '，' || t.charAt(i) == ',')) {
                i++;
            }
            if (i >= t.length()) {
                return false;
            }
            char c = t.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
            if ("〇一二三四五六七八九十".indexOf(c) >= 0 && i + 1 < t.length()
                    && "〇一二三四五六七八九十年月日".indexOf(t.charAt(i + 1)) >= 0) {
                return true;
            }
            return anyAt(t, i, DATE_WORDS);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    static boolean isCjk(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    static long pack(char[] s, int st, int len) {
        long w = 0;
        for (int k = 0; k < len; k++) {
            w |= ((long) s[st + k]) << (16 * k);
        }
        return w;
    }

    static long pack(String s) {
        long w = 0;
        for (int k = 0; k < s.length(); k++) {
            w |= ((long) s.charAt(k)) << (16 * k);
        }
        return w;
    }

    // ------------------------------------------------------------------------------------------ data

    /** Everything loaded from the class path, shared by all instances. */
    static final class Data {
        final LongIntMap[] dict = new LongIntMap[5];
        final LongIntMap[] masked = new LongIntMap[5];
        /**
         * Postings of the masked index: for a word with one character masked, the characters that fill the gap to make
         * a dictionary word or idiom, with its frequency. While loading they are linked lists ({@code pNext}); then
         * {@link #compact()} lays each list out contiguously, idioms first and words from the most frequent down, ended
         * by a 0 character, so that a lookup reads adjacent memory and stops at the first word too rare to suggest.
         */
        char[] pCh = new char[1 << 16];
        int[] pFreq = new int[1 << 16];
        int[] pNext = new int[1 << 16];
        boolean[] pIdiom = new boolean[1 << 16];
        int postings;
        final LongIntMap conf = new LongIntMap(1 << 18);
        final int[] uni = new int[1 << 16];
        /** jieba frequency of each character as a one-character word (function words are rarely misspelt). */
        final int[] single = new int[1 << 16];
        final LongIntMap bi = new LongIntMap(1 << 20);
        long uniTotal;
        /** Sum of the jieba word frequencies, the denominator of {@link WordLm}'s own-dictionary unigrams. */
        long dictTotal;
        WordLm words;
        /** The trees and cuts of {@code scorer.txt}. */
        Judge judge;
        /** Toneless pinyin syllables of each character, every reading (HanLP); null when none. */
        final short[][] syllables = new short[1 << 16][];
        /**
         * Two-character words (second << 16 | first) by the syllable pair they can be read as: soundIndex maps
         * (s1 << 16 | s2) to a list in soundLists.
         */
        final LongIntMap soundIndex = new LongIntMap(1 << 15);
        int[][] soundLists;

        /** Frequent two-character words that can sound like x, y (two toneless syllables); null when none. */
        int[] homophones(short x, short y) {
            int i = soundIndex.get(((long) x << 16) | y, -1);
            return i < 0 ? null : soundLists[i];
        }

        private void loadSyllables() {
            java.util.Map<String, Short> ids = new java.util.HashMap<>();
            for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
                if (uni[c] == 0 && single[c] == 0) {
                    continue; // a character none of the texts or dictionaries uses
                }
                com.hankcs.hanlp.dictionary.py.Pinyin[] py =
                        com.hankcs.hanlp.dictionary.py.PinyinDictionary.get(String.valueOf(c));
                if (py == null || py.length == 0) {
                    continue;
                }
                short[] out = new short[py.length];
                int k = 0;
                for (com.hankcs.hanlp.dictionary.py.Pinyin y : py) {
                    if (y == com.hankcs.hanlp.dictionary.py.Pinyin.none5) {
                        continue;
                    }
                    short id = ids.computeIfAbsent(y.getPinyinWithoutTone(), key -> (short) (ids.size() + 1));
                    boolean dup = false;
                    for (int q = 0; q < k; q++) {
                        dup |= out[q] == id;
                    }
                    if (!dup) {
                        out[k++] = id;
                    }
                }
                if (k > 0) {
                    syllables[c] = java.util.Arrays.copyOf(out, k);
                }
            }
            java.util.Map<Integer, java.util.List<Integer>> by = new java.util.HashMap<>();
            dict[2].forEach((w, f) -> {
                if (f < HOMOPHONE_MIN_FREQ) {
                    return;
                }
                short[] s1 = syllables[(char) w];
                short[] s2 = syllables[(char) (w >>> 16)];
                if (s1 == null || s2 == null) {
                    return;
                }
                for (short x : s1) {
                    for (short y : s2) {
                        by.computeIfAbsent((x << 16) | y, key -> new ArrayList<>()).add((int) w);
                    }
                }
            });
            soundLists = new int[by.size()][];
            int[] next = {0};
            by.forEach((k, l) -> {
                soundLists[next[0]] = l.stream().mapToInt(Integer::intValue).toArray();
                soundIndex.put(k, next[0]++);
            });
        }
        final Pair[][] pairsByFirst = new Pair[1 << 16][];

        /** Pairs of characters of the same sound (pinyin, any tone): a feature of layer 3's judge. */
        final LongIntMap soundPairs = new LongIntMap(1 << 17);

        boolean soundAlike(char a, char b) {
            return soundPairs.contains(((long) a << 16) | b);
        }

        /**
         * A Bloom filter over the 317,984 confusable (ordered) pairs (2^23 bits = 1 MB, two bits a pair; 0.5 % false
         * positives measured on random pairs): the detector asks about 44 pairs per character of text, nearly all of them
         * not confusable, and the filter answers those from cache instead of probing the 12 MB table.
         */
        final long[] confBloom = new long[1 << 17];

        private static long confHash(char a, char b) {
            long h = (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL);
            return h ^ (h >>> 29);
        }

        boolean confusable(char a, char b) {
            long h = confHash(a, b);
            int i = (int) (h & 0x7FFFFF);
            int j = (int) ((h >>> 32) & 0x7FFFFF);
            if ((confBloom[i >>> 6] & (1L << i)) == 0 || (confBloom[j >>> 6] & (1L << j)) == 0) {
                return false;
            }
            return conf.contains(((long) a << 16) | b);
        }

        /** Interpolated log P(b|a): bigram counts with a unigram back-off (absolute add-0.5 on unigrams). */
        double logBi(char a, char b) {
            int ca = uni[a];
            int cab = bi.get(((long) a << 16) | b, 0);
            double pu = (uni[b] + 0.5) / (uniTotal + 40000.0);
            double lambda = 2.0;
            return Math.log((cab + lambda * pu) / (ca + lambda));
        }

        static Data load(java.util.function.IntPredicate keepOdw, java.util.Set<String> without) {
            Data d = new Data();
            for (int l = 2; l <= 4; l++) {
                d.dict[l] = new LongIntMap(1 << 17);
            }
            // dictionary: jieba dict.txt (word freq pos)
            read("/dict.txt", line -> {
                int a = line.indexOf(' ');
                if (a <= 0) {
                    return;
                }
                String w = line.substring(0, a);
                int b = line.indexOf(' ', a + 1);
                int f;
                try {
                    f = Integer.parseInt(b < 0 ? line.substring(a + 1).trim() : line.substring(a + 1, b));
                } catch (NumberFormatException e) {
                    return;
                }
                d.dictTotal += f;
                if (w.length() == 1) {
                    d.single[w.charAt(0)] = Math.max(d.single[w.charAt(0)], f);
                }
                d.addWord(w, f);
            });
            int govFreq = 500;
            for (String f : new String[] {"ecspell/公文写作.txt", "ecspell/vocab_公文写作_869.txt", "ecspell/法律.txt"}) {
                read(BASE + f, line -> {
                    String w = firstField(line);
                    d.addWord(w, govFreq);
                });
            }
            read(BASE + "gov_words.txt", line -> {
                if (!line.startsWith("#")) {
                    d.addWord(firstField(line), 5000);
                }
            });
            // the masked index over words worth suggesting
            for (int l = 2; l <= 4; l++) {
                d.masked[l] = new LongIntMap(1 << 18);
            }
            for (int l = 2; l <= 4; l++) {
                final int len = l;
                d.dict[l].forEach((k, f) -> d.index(len, k, f, false));
            }
            // idioms (成语.txt: idiom, spaces/tab, count)
            read(BASE + "ecspell/成语.txt", line -> {
                String w = firstField(line);
                if (w.length() == 4 && allCjk(w)) {
                    long k = pack(w);
                    d.dict[4].max(k, 1000);
                    d.index(4, k, 1000, true);
                }
            });
            d.compact();
            d.loadConfusion(without);
            d.loadLm(keepOdw, without);
            d.loadPairs();
            d.words = new WordLm(d.dict, d.single, d.dictTotal);
            d.loadSyllables();
            InputStream in = TypoCheck.class.getResourceAsStream(BASE + "scorer.txt");
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + "scorer.txt");
            }
            d.judge = readJudge(in);
            return d;
        }

        /** scorer.txt: the cuts on lines {@code name value}, then {@code model char} and {@code model pair} trees. */
        private static Judge readJudge(InputStream in) {
            List<String> lines;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines = r.lines().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // "name value" lines before the first "model" line; then "model char" and "model pair" sections
            java.util.Map<String, Double> cuts = new java.util.HashMap<>();
            java.util.Map<String, List<String>> models = new java.util.HashMap<>();
            List<String> section = null;
            for (String line : lines) {
                if (line.startsWith("model ")) {
                    section = new ArrayList<>();
                    models.put(line.substring(6).trim(), section);
                } else if (section != null) {
                    section.add(line);
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.trim().split(" ");
                    cuts.put(f[0], Double.parseDouble(f[1]));
                }
            }
            for (String k : new String[] {"cut", "nearbyCut", "pairCut", "pairNearbyCut"}) {
                if (!cuts.containsKey(k)) {
                    throw new IllegalStateException("scorer.txt lacks " + k);
                }
            }
            if (!models.containsKey("char") || !models.containsKey("pair")) {
                throw new IllegalStateException("scorer.txt lacks the char or pair model");
            }
            Scorer chars = Scorer.read(models.get("char"));
            Scorer pairs = Scorer.read(models.get("pair"));
            // trees trained on other features than this code computes would score nonsense: refuse them at start-up
            if (chars.maxFeature() >= Scorer.COUNT || pairs.maxFeature() >= Scorer.PAIR_COUNT) {
                throw new IllegalStateException("scorer.txt splits on features this detector does not compute; "
                        + "retrain it with bench/proofing/train.sh");
            }
            return new Judge(chars, cuts.get("cut"), cuts.get("nearbyCut"), pairs, cuts.get("pairCut"),
                    cuts.get("pairNearbyCut"));
        }

        private void addWord(String w, int f) {
            int l = w.length();
            if (l < 2 || l > 4 || !allCjk(w)) {
                return;
            }
            dict[l].max(pack(w), f);
        }

        private void index(int len, long k, int f, boolean idiom) {
            for (int i = 0; i < len; i++) {
                long m = k & ~(0xFFFFL << (16 * i));
                char c = (char) (k >>> (16 * i));
                if (postings == pCh.length) {
                    int cap = pCh.length * 2;
                    pCh = java.util.Arrays.copyOf(pCh, cap);
                    pFreq = java.util.Arrays.copyOf(pFreq, cap);
                    pNext = java.util.Arrays.copyOf(pNext, cap);
                    pIdiom = java.util.Arrays.copyOf(pIdiom, cap);
                }
                int q = postings++;
                pCh[q] = c;
                pFreq[q] = f;
                pIdiom[q] = idiom;
                pNext[q] = masked[len].get(m, -1);
                masked[len].put(m, q);
            }
        }

        /** Lays the linked posting lists out contiguously in the order detect reads them (see {@link #pCh}). */
        private void compact() {
            int lists = 0;
            for (int l = 2; l <= 4; l++) {
                lists += masked[l].size();
            }
            char[] ch = new char[postings + lists];
            int[] freq = new int[postings + lists];
            boolean[] idiom = new boolean[postings + lists];
            int[] at = {0};
            Integer[] order = new Integer[64];
            for (int l = 2; l <= 4; l++) {
                LongIntMap heads = masked[l];
                LongIntMap starts = new LongIntMap(heads.size());
                heads.forEach((key, head) -> {
                    int count = 0;
                    for (int q = head; q >= 0; q = pNext[q]) {
                        count++;
                    }
                    Integer[] list = count <= order.length ? order : new Integer[count];
                    int m = 0;
                    for (int q = head; q >= 0; q = pNext[q]) {
                        list[m++] = q;
                    }
                    java.util.Arrays.sort(list, 0, m, (a, b) -> pIdiom[a] != pIdiom[b] ? (pIdiom[a] ? -1 : 1)
                            : Integer.compare(pFreq[b], pFreq[a]));
                    starts.put(key, at[0]);
                    for (int i = 0; i < m; i++) {
                        ch[at[0]] = pCh[list[i]];
                        freq[at[0]] = pFreq[list[i]];
                        idiom[at[0]] = pIdiom[list[i]];
                        at[0]++;
                    }
                    at[0]++; // the 0 character that ends the list
                });
                masked[l] = starts;
            }
            pCh = ch;
            pFreq = freq;
            pIdiom = idiom;
            pNext = null;
        }

        private void confPair(char a, char b) {
            if (a != b && isCjk(a) && isCjk(b)) {
                conf.put(((long) a << 16) | b, 1);
                conf.put(((long) b << 16) | a, 1);
                bloom(a, b);
                bloom(b, a);
            }
        }

        private void bloom(char a, char b) {
            long h = confHash(a, b);
            int i = (int) (h & 0x7FFFFF);
            int j = (int) ((h >>> 32) & 0x7FFFFF);
            confBloom[i >>> 6] |= 1L << i;
            confBloom[j >>> 6] |= 1L << j;
        }

        private void loadConfusion(java.util.Set<String> without) {
            for (String f : new String[] {"ecspell/soundConfusion.json", "ecspell/shapeConfusion.json"}) {
                // {"一":["义","乙",...],...}: a quoted string followed by ':' is a key
                String json = readAll(BASE + f);
                char key = 0;
                int i = 0;
                while ((i = json.indexOf('"', i)) >= 0) {
                    int j = json.indexOf('"', i + 1);
                    String str = json.substring(i + 1, j);
                    int after = j + 1;
                    while (after < json.length() && Character.isWhitespace(json.charAt(after))) {
                        after++;
                    }
                    if (after < json.length() && json.charAt(after) == ':') {
                        key = str.length() == 1 ? str.charAt(0) : 0;
                    } else if (key != 0 && str.length() == 1) {
                        confPair(key, str.charAt(0));
                    }
                    i = j + 1;
                }
            }
            // same sound: confusable, and known to sound alike (a feature of the judge)
            read(BASE + "pycorrector/same_pinyin.txt", line -> {
                String[] parts = line.split("\t");
                if (line.startsWith("#") || parts[0].length() != 1 || !isCjk(parts[0].charAt(0))) {
                    return;
                }
                char a = parts[0].charAt(0);
                soundPairs.put(((long) a << 16) | a, 1);
                for (int k = 1; k < parts.length; k++) {
                    for (char b : parts[k].toCharArray()) {
                        confPair(a, b);
                        if (isCjk(b)) {
                            soundPairs.put(((long) a << 16) | b, 1);
                            soundPairs.put(((long) b << 16) | a, 1);
                        }
                    }
                }
            });
            // slips seen in ECSpell's law and medical sentences that the sets above miss (牛/流)
            if (!without.contains("ecspell/law-med-pairs.txt")) {
                read(BASE + "ecspell/law-med-pairs.txt", line -> {
                    if (!line.startsWith("#") && line.length() == 2) {
                        confPair(line.charAt(0), line.charAt(1));
                    }
                });
            }
            read(BASE + "pycorrector/same_stroke.txt", line -> {
                String[] parts = line.split("\t");
                for (String x : parts) {
                    for (String y : parts) {
                        if (x.length() == 1 && y.length() == 1) {
                            confPair(x.charAt(0), y.charAt(0));
                        }
                    }
                }
            });
        }

        private void loadLm(java.util.function.IntPredicate keepOdw, java.util.Set<String> without) {
            Consumer<String> count = line -> {
                char prev = 0;
                for (int i = 0; i < line.length(); i++) {
                    char c = line.charAt(i);
                    if (!isCjk(c)) {
                        prev = 0;
                        continue;
                    }
                    uni[c]++;
                    uniTotal++;
                    if (prev != 0) {
                        bi.add(((long) prev << 16) | c, 1);
                    }
                    prev = c;
                }
            };
            int[] j = {0};
            read(BASE + "ecspell/odw-dev-targets.txt", line -> {
                if (keepOdw.test(j[0]++)) {
                    count.accept(line);
                }
            });
            for (String f : new String[] {"ecspell/law-targets.txt",
                "ecspell/med-targets.txt", "ecspell/政策法规标题.txt", "gov_text.txt"}) {
                if (!without.contains(f)) {
                    read(BASE + f, count);
                }
            }
            // word-internal bigrams of the dictionary, weighted by a damped frequency
            for (int l = 2; l <= 4; l++) {
                dict[l].forEach((k, f) -> {
                    int wgt = 1 + (int) Math.sqrt(Math.max(0, f) / 50.0);
                    char[] w = new char[len(k)];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = (char) (k >>> (16 * i));
                    }
                    for (int i = 0; i < w.length; i++) {
                        uni[w[i]] += wgt;
                        uniTotal += wgt;
                        if (i > 0) {
                            bi.add(((long) w[i - 1] << 16) | w[i], wgt);
                        }
                    }
                });
            }
        }

        private static int len(long k) {
            int l = 0;
            while (l < 4 && ((k >>> (16 * l)) & 0xFFFF) != 0) {
                l++;
            }
            return l;
        }

        private void loadPairs() {
            List<Pair> all = new ArrayList<>();
            java.util.Set<String> suppressed = new java.util.HashSet<>();
            // curated: wrong<TAB>right<TAB>severity<TAB>condition<TAB>message key
            read(BASE + "pairs.tsv", line -> {
                if (line.isBlank() || line.startsWith("#")) {
                    return;
                }
                String[] f = line.split("\t", -1);
                if (f[0].equals("-")) {
                    suppressed.add(f[1]);
                    return;
                }
                Severity sev = Severity.valueOf(f[2]);
                all.add(new Pair(f[0], f[1], sev, f.length > 3 ? f[3] : "", f.length > 4 ? f[4] : "",
                        sev == Severity.BLOCK ? "typo.organ" : "typo.pair", false));
            });
            java.util.Set<String> curated = new java.util.HashSet<>();
            for (Pair pr : all) {
                curated.add(pr.wrong);
            }
            // ECSpell 常见错字错词 (correct-wrong): mostly non-preferred variants (异形词) → INFO when the form is
            // an attested word, otherwise a misspelling → WARN
            read(BASE + "ecspell/常见错字错词.txt", line -> {
                String[] f = line.trim().split("-");
                if (f.length != 2) {
                    return;
                }
                String right = f[0];
                String wrong = f[1].replaceAll("[0-9]", "");
                if (suppressed.contains(wrong) || curated.contains(wrong)) {
                    return;
                }
                boolean attested = wrong.length() <= 4 && dict[Math.max(2, wrong.length())].get(pack(wrong), 0) > 0;
                Severity sev = attested ? Severity.INFO : Severity.WARN;
                all.add(new Pair(wrong, right, sev, "", "", attested ? "typo.variant" : "typo.pair", true));
                curated.add(wrong);
            });
            // word-checker (houbb, Apache-2.0): "wrong right"; skipped when the wrong form is a common word
            read(BASE + "wordchecker/word_checker_zh.txt", line -> {
                String[] f = line.trim().split("\\s+");
                if (f.length != 2 || f[0].equals(f[1]) || suppressed.contains(f[0]) || curated.contains(f[0])) {
                    return;
                }
                String wrong = f[0];
                if (wrong.length() < 2 || !allCjk(wrong) || !allCjk(f[1])) {
                    return;
                }
                if (wrong.length() <= 4 && dict[wrong.length()].get(pack(wrong), 0) >= 20) {
                    return;
                }
                all.add(new Pair(wrong, f[1], Severity.WARN, "", "", "typo.pair", true));
                curated.add(wrong);
            });
            // longest wrong form first, so that 中华人民共合国 wins over shorter entries
            all.sort((a, b) -> b.wrong.length() - a.wrong.length());
            java.util.Map<Character, List<Pair>> by = new java.util.HashMap<>();
            for (Pair pr : all) {
                by.computeIfAbsent(pr.wrong.charAt(0), x -> new ArrayList<>()).add(pr);
            }
            by.forEach((c, l) -> pairsByFirst[c] = l.toArray(new Pair[0]));
        }

        private static String firstField(String line) {
            int i = 0;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            return line.substring(0, i);
        }

        private static boolean allCjk(String w) {
            for (int i = 0; i < w.length(); i++) {
                if (!isCjk(w.charAt(i))) {
                    return false;
                }
            }
            return !w.isEmpty();
        }

        private static String readAll(String path) {
            StringBuilder sb = new StringBuilder();
            read(path, l -> sb.append(l).append('\n'));
            return sb.toString();
        }

        private static void read(String path, Consumer<String> lines) {
            InputStream in = TypoCheck.class.getResourceAsStream(path);
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    lines.accept(line);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
