package org.gongkai.core.proof.typo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Severity;

/** Threshold sweep on the DEV split only (line index not divisible by 5). Bench-only tool. */
public final class TypoTuner {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of("bench/proofing/data/odw.train"), StandardCharsets.UTF_8);
        // two-fold cross-fitting: dev line j (j-th line not divisible by 5) is scored by a model whose bigrams
        // exclude the dev targets of its own fold
        TypoCheck[] fold = {TypoCheck.load(j -> j % 2 == 1), TypoCheck.load(j -> j % 2 == 0)};
        ProofContext ctx = ProofContext.on(LocalDate.of(2025, 1, 1));
        for (String spec : args) {
            String[] halves = spec.split("/");
            TypoCheck.Params nearby = halves.length > 1 && !halves[1].equals("none") ? params(halves[1], null)
                    : halves.length > 1 ? null : TypoCheck.Params.NEARBY;
            TypoCheck.Params par = params(halves[0], nearby);
            int j = -1;
            int pred = 0, err = 0, tp = 0, fa = 0, whyFalse = 0, whyChar = 0, whyPartial = 0; long clean = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (i % 5 == 0) continue; // held-out: never looked at here
                j++;
                TypoCheck c = fold[j % 2].with(par);
                String[] f = lines.get(i).split("\t", -1);
                if (f.length < 3 || f[1].length() != f[2].length()) continue;
                char[] p = f[1].toCharArray();
                for (Finding x : c.check(f[1], ctx)) {
                    if (x.severity() == Severity.INFO || x.suggestion() == null || x.suggestion().length() != x.end() - x.start()) continue;
                    for (int k = x.start(); k < x.end(); k++) p[k] = x.suggestion().charAt(k - x.start());
                }
                String ps = new String(p);
                boolean any = !ps.equals(f[1]), gold = !f[1].equals(f[2]);
                if (any) pred++;
                if (gold) err++; else { clean += f[1].length(); for (int k = 0; k < p.length; k++) if (p[k] != f[1].charAt(k)) fa++; }
                if (gold && ps.equals(f[2])) tp++;
                if (any && !ps.equals(f[2])) {
                    int fp = 0, part = 0, wrongChar = 0;
                    for (int k = 0; k < p.length; k++) {
                        boolean g = f[1].charAt(k) != f[2].charAt(k), changed = p[k] != f[1].charAt(k);
                        if (changed && !g) fp++;
                        if (!changed && g) part++;
                        if (changed && g && p[k] != f[2].charAt(k)) wrongChar++;
                    }
                    if (fp > 0) whyFalse++; else if (wrongChar > 0) whyChar++; else whyPartial++;
                    if (System.getProperty("show") != null) System.out.println((fp > 0 ? "FALSE " : wrongChar > 0 ? "CHAR  " : "PART  ") + f[1] + "\n   -> " + ps + "\n   gold " + f[2]);
                }
            }
            double P = pred == 0 ? 0 : (double) tp / pred, R = (double) tp / err;
            System.out.printf("%-28s corr P %.3f R %.3f F1 %.3f  FA/10k %.2f%n", spec, P, R, P + R == 0 ? 0 : 2 * P * R / (P + R), fa * 10000.0 / clean);
            System.out.printf("   wrong predictions: %d with a false alarm, %d with a wrong character, %d partial (errors missed)%n", whyFalse, whyChar, whyPartial);
        }
    }

    static TypoCheck.Params params(String spec, TypoCheck.Params nearby) {
        String[] v = spec.split(",");
        TypoCheck.Params d = TypoCheck.Params.DEFAULT;
        return new TypoCheck.Params(Integer.parseInt(v[0]), Integer.parseInt(v[1]),
                Double.parseDouble(v[2]), Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5]),
                v.length > 6 ? Integer.parseInt(v[6]) : d.wordMinFreq(), v.length > 7 ? Double.parseDouble(v[7]) : d.wordMinScore(),
                v.length > 8 ? Integer.parseInt(v[8]) : d.wordMaxWritten(),
                v.length > 9 ? Double.parseDouble(v[9]) : d.minWordGain(),
                v.length > 10 ? Double.parseDouble(v[10]) : d.wordOnlyGain(),
                v.length > 11 ? Integer.parseInt(v[11]) : d.freeMinLen(), v.length > 12 ? Double.parseDouble(v[12]) : d.freeGain(),
                nearby);
    }
}
