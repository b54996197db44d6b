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
            String[] v = spec.split(",");
            TypoCheck.Params par = (new TypoCheck.Params(Integer.parseInt(v[0]), Integer.parseInt(v[1]),
                    Double.parseDouble(v[2]), Double.parseDouble(v[3]), Double.parseDouble(v[4]), Double.parseDouble(v[5])));
            int j = -1;
            int pred = 0, err = 0, tp = 0, fa = 0; long clean = 0;
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
            }
            double P = pred == 0 ? 0 : (double) tp / pred, R = (double) tp / err;
            System.out.printf("%-28s corr P %.3f R %.3f F1 %.3f  FA/10k %.2f%n", spec, P, R, P + R == 0 ? 0 : 2 * P * R / (P + R), fa * 10000.0 / clean);
        }
    }
}
