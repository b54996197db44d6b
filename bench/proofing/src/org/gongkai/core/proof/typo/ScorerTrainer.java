package org.gongkai.core.proof.typo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Severity;

/**
 * Trains the {@link Scorer}s of TypoCheck's layers 3 and 4 and chooses their cuts, on the EC-ODW <b>dev</b> split
 * (line index not divisible by 5; the held-out fifth is never read here) and ECSpell's law and medical training
 * sentences.
 *
 * <p>Candidates come from the detector itself ({@link TypoCheck#collecting}). Each dev sentence is read by character
 * bigrams that exclude the dev targets of its own half (two-fold cross-fitting), so the features look as they will on
 * unseen text; each law or medical sentence by a detector without that file's targets in the bigrams and without the
 * confusion pairs taken from those files. A candidate is positive when the target has that character there. The trees
 * are fitted on one half of the dev sentences (and all law and medical ones) and the cuts are swept on the other half,
 * both ways round; the shipped model is then fitted on all candidates and written with the chosen cuts to
 * {@code -Dout=} (default: the resource scorer.txt).
 *
 * <p>Usage: {@code bench/proofing/train.sh [trees depth rate minLeaf]} with {@code -Dcuts=}, {@code -DnearbyCuts=},
 * {@code -DpairCuts=}, {@code -DpairNearbyCuts=} (comma lists to sweep) in {@code JAVA_OPTS}; {@code -Dcut=a,b,c,d}
 * writes the model with those four cuts; {@code -Dshow=1} prints the first setting's wrong predictions.
 */
public final class ScorerTrainer {

    record Sample(int sentence, int pos, char c, double[] x, boolean right) {
    }

    /** Sentence numbers of the law and medical sentences start here: they are always on the training side. */
    static final int EXTRA_BASE = 1_000_000;

    public static void main(String[] args) throws Exception {
        int trees = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int depth = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0.05;
        int minLeaf = args.length > 3 ? Integer.parseInt(args[3]) : 80;
        List<String> lines = Files.readAllLines(Path.of("bench/proofing/data/odw.train"), StandardCharsets.UTF_8);
        List<String[]> dev = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i % 5 == 0) {
                continue; // held-out: never looked at here
            }
            String[] f = lines.get(i).split("\t", -1);
            dev.add(f.length < 3 || f[1].length() != f[2].length() ? null : f);
        }
        TypoCheck[] fold = {TypoCheck.load(j -> j % 2 == 1), TypoCheck.load(j -> j % 2 == 0)};
        ProofContext ctx = ProofContext.on(LocalDate.of(2025, 1, 1));
        List<Sample> samples = new ArrayList<>();
        List<Sample> pairs = new ArrayList<>();
        for (int j = 0; j < dev.size(); j++) {
            String[] f = dev.get(j);
            if (f == null) {
                continue;
            }
            fold[j % 2].collecting(labelled(j, f, samples, pairs)).check(f[1], ctx);
        }
        // ECSpell's law and medical training sentences as more examples (-Dextra=, default law,med; empty: none),
        // each read by a detector whose bigrams and extra confusion pairs leave that file out
        String extra = System.getProperty("extra", "law,med");
        int base = EXTRA_BASE;
        for (String name : extra.isEmpty() ? new String[0] : extra.split(",")) {
            TypoCheck reader = TypoCheck.load(j -> true, java.util.Set.of("ecspell/" + name + "-targets.txt",
                    "ecspell/law-med-pairs.txt"));
            List<String> more = Files.readAllLines(Path.of("bench/proofing/data/" + name + ".train"),
                    StandardCharsets.UTF_8);
            for (String line : more) {
                String[] f = line.split("\t", -1);
                if (f.length < 3 || f[1].length() != f[2].length()) {
                    continue;
                }
                reader.collecting(labelled(base++, f, samples, pairs)).check(f[1], ctx);
            }
        }
        System.out.printf("layer 3: candidates %d, right %d; layer 4: candidates %d, right %d%n", samples.size(),
                samples.stream().filter(Sample::right).count(), pairs.size(),
                pairs.stream().filter(Sample::right).count());

        // both ways round: fit on one half of the sentences, sweep the cuts on the other
        double[][] grid = new double[4][];
        String[] names = {"cuts", "nearbyCuts", "pairCuts", "pairNearbyCuts"};
        String[] defaults = {"0.5,1,1.5", "-1", "0,1,2,3", "-1,0,1,2"};
        for (int g = 0; g < 4; g++) {
            grid[g] = Arrays.stream(System.getProperty(names[g], defaults[g]).split(","))
                    .mapToDouble(Double::parseDouble).toArray();
        }
        List<double[]> settings = new ArrayList<>();
        for (double a : grid[0]) {
            for (double b : grid[1]) {
                for (double c : grid[2]) {
                    for (double e : grid[3]) {
                        settings.add(new double[] {a, b, c, e});
                    }
                }
            }
        }
        int[][] tally = new int[settings.size()][4]; // pred, tp, err, false alarms
        long[] clean = new long[1];
        for (int half = 0; half < 2; half++) {
            final int h = half;
            Scorer s1 = fit(samples.stream().filter(x -> x.sentence >= EXTRA_BASE || x.sentence % 2 != h).toList(),
                    trees, depth, rate, minLeaf);
            Scorer s2 = fit(pairs.stream().filter(x -> x.sentence >= EXTRA_BASE || x.sentence % 2 != h).toList(),
                    trees, depth, rate, minLeaf);
            for (int q = 0; q < settings.size(); q++) {
                double[] st = settings.get(q);
                TypoCheck c = fold[h].with(new TypoCheck.Judge(s1, st[0], st[1], s2, st[2], st[3]));
                for (int j = h; j < dev.size(); j += 2) {
                    String[] f = dev.get(j);
                    if (f == null) {
                        continue;
                    }
                    String p = apply(f[1], c.check(f[1], ctx));
                    boolean any = !p.equals(f[1]);
                    boolean gold = !f[1].equals(f[2]);
                    int[] t = tally[q];
                    if (any && !p.equals(f[2]) && q == 0 && System.getProperty("show") != null) {
                        int fp = 0;
                        int wc = 0;
                        for (int k = 0; k < p.length(); k++) {
                            boolean gk = f[1].charAt(k) != f[2].charAt(k);
                            boolean ck = p.charAt(k) != f[1].charAt(k);
                            fp += ck && !gk ? 1 : 0;
                            wc += ck && gk && p.charAt(k) != f[2].charAt(k) ? 1 : 0;
                        }
                        System.out.println((fp > 0 ? "FALSE " : wc > 0 ? "CHAR  " : "PART  ") + f[1] + "\n   -> "
                                + p + "\n   gold " + f[2]);
                    }
                    t[0] += any ? 1 : 0;
                    t[1] += gold && p.equals(f[2]) ? 1 : 0;
                    t[2] += gold ? 1 : 0;
                    if (!gold) {
                        for (int k = 0; k < p.length(); k++) {
                            t[3] += p.charAt(k) != f[1].charAt(k) ? 1 : 0;
                        }
                        if (q == 0) {
                            clean[0] += f[1].length();
                        }
                    }
                }
            }
        }
        for (int q = 0; q < settings.size(); q++) {
            int[] t = tally[q];
            double[] st = settings.get(q);
            double pr = t[0] == 0 ? 0 : (double) t[1] / t[0];
            double re = (double) t[1] / t[2];
            System.out.printf("cut %5.2f nearby %5.2f pair %5.2f pairNearby %5.2f  corr P %.3f R %.3f F1 %.3f  "
                    + "FA/10k %.2f%n", st[0], st[1], st[2], st[3], pr, re, pr + re == 0 ? 0 : 2 * pr * re / (pr + re),
                    t[3] * 10000.0 / clean[0]);
        }
        String cutArg = System.getProperty("cut");
        if (cutArg != null) {
            String[] cc = cutArg.split(",");
            Scorer all = fit(samples, trees, depth, rate, minLeaf);
            Scorer allPairs = fit(pairs, trees, depth, rate, minLeaf);
            Path out = Path.of(System.getProperty("out",
                    "gongkai-core/src/main/resources/org/gongkai/core/proof/typo/scorer.txt"));
            String head = "# TypoCheck's judge of layers 3 and 4, written by bench/proofing/train.sh " + trees + " " + depth
                    + " " + rate + " " + minLeaf + " with -Dextra=" + extra + " -Dcut=" + cutArg
                    + "\n# trained on the EC-ODW dev split and ECSpell's law/medical training sentences; the held-out"
                    + " fifth is never read (see bench/RESULTS.md)\n"
                    + "cut " + cc[0] + "\nnearbyCut " + cc[1] + "\npairCut " + cc[2] + "\npairNearbyCut " + cc[3]
                    + "\nmodel char\n";
            Files.writeString(out, head + all.write(Scorer.NAMES) + "model pair\n" + allPairs.write(Scorer.PAIR_NAMES), StandardCharsets.UTF_8);
            System.out.println("wrote " + out);
        }
    }

    /** Collects the candidates of sentence {@code f} (nErr, source, target), right when the target has them. */
    static TypoCheck.Sink labelled(int sentence, String[] f, List<Sample> samples, List<Sample> pairs) {
        return new TypoCheck.Sink() {
            @Override
            public void candidate(int pos, char c, double[] x) {
                samples.add(new Sample(sentence, pos, c, x, f[2].charAt(pos) == c && f[1].charAt(pos) != c));
            }

            @Override
            public void pair(int pos, char c1, char c2, double[] x) {
                pairs.add(new Sample(sentence, pos, c1, x, f[2].charAt(pos) == c1 && f[2].charAt(pos + 1) == c2
                        && !f[1].substring(pos, pos + 2).equals(f[2].substring(pos, pos + 2))));
            }
        };
    }

    static String apply(String src, List<Finding> fs) {
        char[] p = src.toCharArray();
        for (Finding x : fs) {
            if (x.severity() == Severity.INFO || x.suggestion() == null
                    || x.suggestion().length() != x.end() - x.start()) {
                continue;
            }
            for (int k = x.start(); k < x.end(); k++) {
                p[k] = x.suggestion().charAt(k - x.start());
            }
        }
        return new String(p);
    }

    // ------------------------------------------------------------------------ gradient-boosted trees (logistic loss)

    static final int BINS = 64;
    static final double LAMBDA = 1.0;

    static Scorer fit(List<Sample> data, int trees, int depth, double rate, int minLeaf) {
        int n = data.size();
        int m = data.get(0).x().length;
        // quantile bin edges per feature: value ≤ edge[b] → bin b
        double[][] edges = new double[m][];
        byte[][] bin = new byte[m][n];
        for (int f = 0; f < m; f++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = data.get(i).x()[f];
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            double[] e = new double[BINS];
            int k = 0;
            for (int b = 1; b <= BINS; b++) {
                double q = sorted[Math.min(n - 1, (int) ((long) b * n / BINS) - 1 < 0 ? 0 : (int) ((long) b * n / BINS) - 1)];
                if (k == 0 || q > e[k - 1]) {
                    e[k++] = q;
                }
            }
            edges[f] = Arrays.copyOf(e, k);
            for (int i = 0; i < n; i++) {
                int b = Arrays.binarySearch(edges[f], v[i]);
                bin[f][i] = (byte) (b >= 0 ? b : Math.min(k - 1, -b - 1));
            }
        }
        double[] y = new double[n];
        long positives = 0;
        for (int i = 0; i < n; i++) {
            y[i] = data.get(i).right() ? 1 : 0;
            positives += (long) y[i];
        }
        double base = Math.log((positives + 1.0) / (n - positives + 1.0));
        double[] score = new double[n];
        Arrays.fill(score, base);
        List<int[]> feat = new ArrayList<>();
        List<double[]> node = new ArrayList<>(); // threshold, value
        List<int[]> kids = new ArrayList<>();
        List<Integer> roots = new ArrayList<>();
        double[] g = new double[n];
        double[] h = new double[n];
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < n; i++) {
                double p = 1 / (1 + Math.exp(-score[i]));
                g[i] = y[i] - p;
                h[i] = Math.max(1e-6, p * (1 - p));
            }
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            roots.add(feat.size());
            grow(all, 0, depth, minLeaf, rate, bin, edges, g, h, score, feat, node, kids);
        }
        int size = feat.size();
        int[] feature = new int[size];
        double[] threshold = new double[size];
        int[] left = new int[size];
        int[] right = new int[size];
        double[] value = new double[size];
        for (int k = 0; k < size; k++) {
            feature[k] = feat.get(k)[0];
            threshold[k] = node.get(k)[0];
            value[k] = node.get(k)[1];
            left[k] = kids.get(k)[0];
            right[k] = kids.get(k)[1];
        }
        return new Scorer(base, roots.stream().mapToInt(Integer::intValue).toArray(), feature, threshold, left, right,
                value);
    }

    /** Grows one node over the samples idx; returns its index. Leaves add their value to score. */
    private static int grow(int[] idx, int level, int depth, int minLeaf, double rate, byte[][] bin, double[][] edges,
                            double[] g, double[] h, double[] score, List<int[]> feat, List<double[]> node,
                            List<int[]> kids) {
        double gs = 0;
        double hs = 0;
        for (int i : idx) {
            gs += g[i];
            hs += h[i];
        }
        int me = feat.size();
        feat.add(new int[] {-1});
        node.add(new double[] {0, rate * gs / (hs + LAMBDA)});
        kids.add(new int[] {-1, -1});
        int bestF = -1;
        int bestB = -1;
        double bestGain = 1e-9;
        if (level < depth && idx.length >= 2 * minLeaf) {
            double parent = gs * gs / (hs + LAMBDA);
            for (int f = 0; f < bin.length; f++) {
                int k = edges[f].length;
                double[] gb = new double[k];
                double[] hb = new double[k];
                int[] cb = new int[k];
                for (int i : idx) {
                    int b = bin[f][i];
                    gb[b] += g[i];
                    hb[b] += h[i];
                    cb[b]++;
                }
                double gl = 0;
                double hl = 0;
                int cl = 0;
                for (int b = 0; b < k - 1; b++) {
                    gl += gb[b];
                    hl += hb[b];
                    cl += cb[b];
                    int cr = idx.length - cl;
                    if (cl < minLeaf || cr < minLeaf) {
                        continue;
                    }
                    double gr = gs - gl;
                    double hr = hs - hl;
                    double gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - parent;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestF = f;
                        bestB = b;
                    }
                }
            }
        }
        if (bestF < 0) {
            double v = node.get(me)[1];
            for (int i : idx) {
                score[i] += v;
            }
            return me;
        }
        final int bf = bestF;
        final int bb = bestB;
        int[] l = Arrays.stream(idx).filter(i -> bin[bf][i] <= bb).toArray();
        int[] r = Arrays.stream(idx).filter(i -> bin[bf][i] > bb).toArray();
        feat.set(me, new int[] {bestF});
        node.get(me)[0] = edges[bestF][bestB];
        int li = grow(l, level + 1, depth, minLeaf, rate, bin, edges, g, h, score, feat, node, kids);
        int ri = grow(r, level + 1, depth, minLeaf, rate, bin, edges, g, h, score, feat, node, kids);
        kids.set(me, new int[] {li, ri});
        return me;
    }
}
