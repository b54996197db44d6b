package org.gongkai.core.proof.typo;

import java.util.ArrayList;
import java.util.List;

/**
 * The learned judge of a candidate correction (layers 3 and 4 of {@link TypoCheck}): boosted regression trees over the
 * evidence the detector already computes — how much the character bigrams and the word model prefer the change, how
 * frequent and long the word it makes is, whether the written form is itself a word, how often the written character
 * stands alone as a function word, whether the two characters sound alike. The score is a log-odds that the change is
 * right.
 *
 * <p>Hand-set thresholds on each piece of evidence separately (the earlier design) accept a change only when every
 * piece clears its bar; the trees weigh them together (a modest word-model gain is enough when the new word is long and
 * frequent, not when the written character is a common function word). They are trained by {@code
 * bench/proofing/train.sh} (ScorerTrainer) on the candidates of the EC-ODW <em>dev</em> split, each scored by
 * character bigrams that exclude its own fold, and of ECSpell's law and medical training sentences (never on the
 * held-out fifth), and shipped as {@code scorer.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class Scorer {

    // feature indices: see TypoCheck#features
    static final int LM = 0;
    static final int WORD_GAIN = 1;
    static final int LOG_FREQ = 2;
    static final int LEN = 3;
    static final int COVER = 4;
    static final int WRITTEN = 5;
    static final int SINGLE = 6;
    static final int FREE = 7;
    static final int SOUND = 8;
    static final int UNI_OLD = 9;
    static final int UNI_NEW = 10;
    static final int LEFT = 11;
    static final int RIGHT = 12;
    static final int COVER_FREQ = 13;
    static final int PLACE = 14;
    static final int COUNT = 15;

    // features of a layer-4 candidate (a homophone word for two characters)
    static final int P_LM = 0;
    static final int P_WORD_GAIN = 1;
    static final int P_LOG_FREQ = 2;
    static final int P_WRITTEN = 3;
    static final int P_CHANGED = 4;
    static final int P_COVER = 5;
    static final int P_COVER_FREQ = 6;
    static final int P_SINGLE_A = 7;
    static final int P_SINGLE_B = 8;
    static final int P_INNER = 9;
    static final int PAIR_COUNT = 10;

    static final String[] PAIR_NAMES = {"lm", "wordGain", "logFreq", "written", "changed", "cover", "coverFreq",
        "singleA", "singleB", "inner"};

    static final String[] NAMES = {"lm", "wordGain", "logFreq", "len", "cover", "written", "single", "free", "sound",
        "uniOld", "uniNew", "left", "right", "coverFreq", "place"};

    /** Trees laid out flat: node k has feature[k] (−1 = leaf), threshold[k], left[k], right[k], value[k]. */
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;
    private final int[] roots;
    private final double base;

    /** headroom[t]: the sum of the largest leaf of each tree from t on (an upper bound on what they can add). */
    private final double[] headroom;
    /**
     * The same trees laid out as perfect binary trees of depth {@code depth} for scoring (a leaf above the bottom is
     * padded with nodes that always go left, and its value copied to every leaf below it): node j's children are 2j+1
     * and 2j+2, each tree's nodes adjacent in memory, no child pointers to chase.
     */
    private final int depth;
    private final int[] flatFeature;
    private final double[] flatThreshold;
    private final double[] flatValue;

    Scorer(double base, int[] roots, int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
        this.base = base;
        this.roots = roots;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.value = value;
        this.headroom = new double[roots.length + 1];
        for (int t = roots.length - 1; t >= 0; t--) {
            int to = t + 1 < roots.length ? roots[t + 1] : feature.length;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = roots[t]; k < to; k++) {
                if (feature[k] < 0) {
                    max = Math.max(max, value[k]);
                }
            }
            headroom[t] = headroom[t + 1] + max;
        }
        int deepest = 0;
        for (int r : roots) {
            deepest = Math.max(deepest, depthOf(r));
        }
        this.depth = deepest;
        int inner = (1 << depth) - 1;
        flatFeature = new int[roots.length * inner];
        flatThreshold = new double[roots.length * inner];
        flatValue = new double[roots.length << depth];
        for (int t = 0; t < roots.length; t++) {
            flatten(t, roots[t], 0, 0);
        }
    }

    private int depthOf(int k) {
        return feature[k] < 0 ? 0 : 1 + Math.max(depthOf(left[k]), depthOf(right[k]));
    }

    private void flatten(int t, int k, int j, int level) {
        int inner = (1 << depth) - 1;
        if (level == depth) {
            flatValue[(t << depth) + j - inner] = value[k];
            return;
        }
        boolean leaf = feature[k] < 0;
        flatFeature[t * inner + j] = leaf ? 0 : feature[k];
        flatThreshold[t * inner + j] = leaf ? Double.POSITIVE_INFINITY : threshold[k];
        flatten(t, leaf ? k : left[k], 2 * j + 1, level + 1);
        flatten(t, leaf ? k : right[k], 2 * j + 2, level + 1);
    }

    /** The highest feature index any tree splits on (−1 for none). */
    int maxFeature() {
        int m = -1;
        for (int f : feature) {
            m = Math.max(m, f);
        }
        return m;
    }

    /** Log-odds that the candidate with features x is a right correction. */
    double score(double[] x) {
        return score(x, Double.NEGATIVE_INFINITY);
    }

    /**
     * The score when it reaches {@code atLeast}, otherwise some value below it: the trees are summed in order and
     * the sum stops as soon as even the largest leaves of the trees left could not lift it to {@code atLeast} (most
     * candidates are plainly wrong; summing every tree for each of them took a fifth of the detector's time in a
     * profile).
     */
    double score(double[] x, double atLeast) {
        double s = base;
        int inner = (1 << depth) - 1;
        for (int t = 0, o = 0; t < roots.length; t++, o += inner) {
            if (s + headroom[t] < atLeast) {
                return Double.NEGATIVE_INFINITY;
            }
            int j = 0;
            for (int level = 0; level < depth; level++) {
                j = 2 * j + (x[flatFeature[o + j]] <= flatThreshold[o + j] ? 1 : 2);
            }
            s += flatValue[(t << depth) + j - inner];
        }
        return s;
    }

    /**
     * The highest score the candidate could reach whatever the value of feature {@code free} (a bound before paying for
     * that feature: the word model's gain costs a small Viterbi search, and most candidates fall short of the cut
     * whatever it says); below {@code atLeast}, some value below it.
     */
    double bestOver(double[] x, int free, double atLeast) {
        double s = base;
        for (int t = 0; t < roots.length; t++) {
            if (s + headroom[t] < atLeast) {
                return Double.NEGATIVE_INFINITY;
            }
            s += best(t, 0, 0, x, free);
        }
        return s;
    }

    private double best(int t, int j, int level, double[] x, int free) {
        int inner = (1 << depth) - 1;
        int o = t * inner;
        for (; level < depth; level++) {
            int f = flatFeature[o + j];
            if (f == free && flatThreshold[o + j] != Double.POSITIVE_INFINITY) {
                return Math.max(best(t, 2 * j + 1, level + 1, x, free), best(t, 2 * j + 2, level + 1, x, free));
            }
            j = 2 * j + (x[f] <= flatThreshold[o + j] ? 1 : 2);
        }
        return flatValue[(t << depth) + j - inner];
    }

    /**
     * Text form, one node a line: {@code base B}, then per tree {@code tree}, then nodes {@code k feature threshold
     * left right value} with node indices local to the tree (feature −1 = leaf).
     */
    String write(String[] names) {
        StringBuilder sb = new StringBuilder();
        sb.append("# boosted trees over ").append(String.join(",", names)).append('\n');
        sb.append("base ").append(base).append('\n');
        for (int t = 0; t < roots.length; t++) {
            int from = roots[t];
            int to = t + 1 < roots.length ? roots[t + 1] : feature.length;
            sb.append("tree\n");
            for (int k = from; k < to; k++) {
                sb.append(k - from).append(' ').append(feature[k]).append(' ').append(threshold[k]).append(' ')
                        .append(feature[k] < 0 ? -1 : left[k] - from).append(' ')
                        .append(feature[k] < 0 ? -1 : right[k] - from).append(' ').append(value[k]).append('\n');
            }
        }
        return sb.toString();
    }

    /** Reads the text form of {@link #write}; blank lines and {@code #} comments are skipped. */
    static Scorer read(List<String> lines) {
        double base = 0;
        List<Integer> roots = new ArrayList<>();
        List<double[]> nodes = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("base ")) {
                base = Double.parseDouble(line.substring(5).trim());
            } else if (line.equals("tree")) {
                roots.add(nodes.size());
            } else {
                String[] f = line.trim().split(" ");
                int root = roots.get(roots.size() - 1);
                nodes.add(new double[] {Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                    root + Integer.parseInt(f[3]), root + Integer.parseInt(f[4]), Double.parseDouble(f[5])});
            }
        }
        int n = nodes.size();
        int[] feature = new int[n];
        double[] threshold = new double[n];
        int[] left = new int[n];
        int[] right = new int[n];
        double[] value = new double[n];
        for (int k = 0; k < n; k++) {
            double[] v = nodes.get(k);
            feature[k] = (int) v[0];
            threshold[k] = v[1];
            left[k] = (int) v[2];
            right[k] = (int) v[3];
            value[k] = v[4];
        }
        return new Scorer(base, roots.stream().mapToInt(Integer::intValue).toArray(), feature, threshold, left, right,
                value);
    }
}
