package org.gongkai.bench.proofing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.proof.typo.TypoCheck;

/**
 * Quality and speed of {@link TypoCheck} on ECSpell EC-ODW (official-document writing).
 *
 * <p>Split (deterministic): line index (0-based) divisible by 5 → <b>held-out</b> test (344 sentences),
 * every other line → dev (1,376 sentences; the only part used for tuning, and the only part whose targets
 * enter the detector's character-bigram counts). Protocol: CSCD-NS strict sentence level — detection TP iff
 * the set of changed positions equals the gold set, correction TP iff the prediction equals the target;
 * precision over sentences with any prediction, recall over sentences with any gold error. Only WARN and
 * BLOCK findings with a same-length suggestion count as predictions (INFO = non-preferred variant).
 *
 * <p>System properties: {@code -Ddata=} path of odw.train (default bench/proofing/data/odw.train),
 * {@code -Dshow=dev|heldout} prints the wrong predictions of that split, {@code -DspeedMb=} document size
 * (default 2), {@code -Druns=} measured runs (5).
 */
public final class TypoBench {

    record Sent(int idx, int nErr, String src, String tgt) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Path.of(System.getProperty("data", "bench/proofing/data/odw.train"));
        List<Sent> dev = new ArrayList<>();
        List<Sent> held = new ArrayList<>();
        List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length < 3 || f[1].length() != f[2].length()) {
                continue;
            }
            Sent s = new Sent(i, Integer.parseInt(f[0].trim()), f[1], f[2]);
            (i % 5 == 0 ? held : dev).add(s);
        }
        long t0 = System.nanoTime();
        TypoCheck check = TypoCheck.load();
        long t1 = System.nanoTime();
        System.out.printf("load (cold JVM): %.0f ms%n", (t1 - t0) / 1e6);
        long t2 = System.nanoTime();
        TypoCheck.load();
        System.out.printf("load (second, warm JVM): %.0f ms%n", (System.nanoTime() - t2) / 1e6);

        String show = System.getProperty("show", "");
        evaluate("dev", dev, check, show.equals("dev"));
        evaluate("held-out", held, check, show.equals("heldout"));
        speed(check, lines);
    }

    static void evaluate(String name, List<Sent> sents, TypoCheck check, boolean show) {
        ProofContext ctx = ProofContext.on(LocalDate.of(2025, 1, 1));
        int allPredict = 0, allError = 0, detTp = 0, corTp = 0;
        long cleanChars = 0, cleanAlarms = 0, cleanSentsFlagged = 0, cleanSents = 0;
        Map<String, int[]> byRule = new TreeMap<>(); // rule -> {findings, exact-position hits}
        for (Sent s : sents) {
            char[] pred = s.src.toCharArray();
            List<Finding> fs = check.check(s.src, ctx);
            for (Finding f : fs) {
                if (f.severity() == Severity.INFO || f.suggestion() == null
                        || f.suggestion().length() != f.end() - f.start()) {
                    continue;
                }
                boolean ok = true;
                for (int k = f.start(); k < f.end(); k++) {
                    char c = f.suggestion().charAt(k - f.start());
                    if (c != s.src.charAt(k)) {
                        pred[k] = c;
                        ok &= s.tgt.charAt(k) == c;
                    }
                }
                int[] r = byRule.computeIfAbsent(f.rule(), x -> new int[2]);
                r[0]++;
                r[1] += ok ? 1 : 0;
            }
            TreeSet<Integer> predPos = new TreeSet<>();
            TreeSet<Integer> goldPos = new TreeSet<>();
            for (int k = 0; k < pred.length; k++) {
                if (pred[k] != s.src.charAt(k)) {
                    predPos.add(k);
                }
                if (s.tgt.charAt(k) != s.src.charAt(k)) {
                    goldPos.add(k);
                }
            }
            String p = new String(pred);
            if (!predPos.isEmpty()) {
                allPredict++;
            }
            if (!goldPos.isEmpty()) {
                allError++;
            } else {
                cleanSents++;
                cleanChars += s.src.length();
                cleanAlarms += predPos.size();
                cleanSentsFlagged += predPos.isEmpty() ? 0 : 1;
            }
            boolean det = !goldPos.isEmpty() && predPos.equals(goldPos);
            boolean cor = !goldPos.isEmpty() && p.equals(s.tgt);
            detTp += det ? 1 : 0;
            corTp += cor ? 1 : 0;
            if (show && !predPos.isEmpty() && !cor) {
                System.out.println("  WRONG #" + s.idx + " src  " + s.src);
                System.out.println("         pred " + diff(s.src, p));
                System.out.println("         gold " + diff(s.src, s.tgt));
            }
        }
        System.out.printf("%n== %s: %d sentences, %d with errors, %d correct (%d chars)%n", name, sents.size(), allError,
                cleanSents, cleanChars);
        System.out.printf("sentences with a prediction: %d%n", allPredict);
        prf("detection ", detTp, allPredict, allError);
        prf("correction", corTp, allPredict, allError);
        System.out.printf("false alarms on correct sentences: %d positions in %d of %d sentences = %.2f per 10,000 chars%n",
                cleanAlarms, cleanSentsFlagged, cleanSents, cleanChars == 0 ? 0 : cleanAlarms * 10000.0 / cleanChars);
        byRule.forEach((r, v) -> System.out.printf("  rule %-16s findings %4d, right position+char %4d%n", r, v[0], v[1]));
    }

    static void prf(String what, int tp, int predicted, int gold) {
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n", what, p, tp, predicted, r, tp, gold, f);
    }

    static String diff(String a, String b) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < a.length(); k++) {
            if (a.charAt(k) != b.charAt(k)) {
                sb.append(k).append(':').append(a.charAt(k)).append("→").append(b.charAt(k)).append(' ');
            }
        }
        return sb.toString();
    }

    static void speed(TypoCheck check, List<String> lines) {
        int mb = Integer.getInteger("speedMb", 2);
        int runs = Integer.getInteger("runs", 5);
        StringBuilder doc = new StringBuilder();
        while (doc.length() * 2L < mb * 1_000_000L) { // UTF-16: 2 bytes a char; ≥ 1M chars for 2 MB
            for (String l : lines) {
                String[] f = l.split("\t", -1);
                if (f.length >= 3) {
                    doc.append(f[1]).append('\n');
                }
            }
        }
        String text = doc.toString();
        ProofContext ctx = ProofContext.on(LocalDate.of(2025, 1, 1));
        System.out.printf("%n== speed: one thread, document of %,d chars (%.1f MB UTF-8)%n", text.length(),
                text.getBytes(StandardCharsets.UTF_8).length / 1e6);
        long sink = 0;
        for (int w = 0; w < 3; w++) {
            sink += check.check(text, ctx).size();
        }
        double bestRate = 0, sum = 0;
        for (int r = 0; r < runs; r++) {
            long a = System.nanoTime();
            sink += check.check(text, ctx).size();
            double sec = (System.nanoTime() - a) / 1e9;
            double rate = text.length() / sec;
            sum += rate;
            bestRate = Math.max(bestRate, rate);
            System.out.printf("run %d: %.3f s, %,.0f chars/s%n", r + 1, sec, rate);
        }
        System.out.printf("mean %,.0f chars/s, best %,.0f chars/s (findings checksum %d)%n", sum / runs, bestRate, sink);
    }
}
