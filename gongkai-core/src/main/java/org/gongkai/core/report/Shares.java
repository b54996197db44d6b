package org.gongkai.core.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Shares for the narrative ("机构信息9条，占34.6%"), rounded so that they add up to exactly 100.0%.
 */
public final class Shares {

    private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

    private Shares() {
    }

    /**
     * Each count's share of the sum in tenths of a percent, by the largest-remainder method: every share is
     * rounded down, then the tenths still missing to 1000 go to the largest remainders (the earlier count wins a
     * tie). The result adds up to exactly 1000, and each share is its exact value rounded down or up.
     * When all counts are 0 (or the list is empty) every share is 0.
     *
     * @throws IllegalArgumentException for a negative or null count
     */
    public static List<Integer> percentTenths(List<Long> counts) {
        Objects.requireNonNull(counts, "counts");
        BigInteger sum = BigInteger.ZERO;
        for (Long c : counts) {
            if (c == null || c < 0) {
                throw new IllegalArgumentException("count must be a non-negative number: " + c);
            }
            sum = sum.add(BigInteger.valueOf(c));
        }
        int n = counts.size();
        List<Integer> out = new ArrayList<>(n);
        if (sum.signum() == 0) {
            for (int i = 0; i < n; i++) {
                out.add(0);
            }
            return out;
        }
        BigInteger[] remainders = new BigInteger[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            BigInteger[] qr = BigInteger.valueOf(counts.get(i)).multiply(THOUSAND).divideAndRemainder(sum);
            out.add(qr[0].intValueExact());
            remainders[i] = qr[1];
            given += qr[0].intValueExact();
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
        for (int k = 0; given < 1000; k++) {
            int i = order.get(k);
            out.set(i, out.get(i) + 1);
            given++;
        }
        return out;
    }

    /** The share of {@code part} in {@code whole} in tenths of a percent, rounded half up (for a single figure). */
    public static int percentTenths(long part, long whole) {
        if (part < 0 || whole <= 0 || part > whole) {
            throw new IllegalArgumentException("share of " + part + " in " + whole);
        }
        return BigInteger.valueOf(part).multiply(BigInteger.valueOf(2000)).add(BigInteger.valueOf(whole))
                .divide(BigInteger.valueOf(whole).multiply(BigInteger.TWO)).intValueExact();
    }

    /** A share in tenths of a percent as printed: 346 → "34.6%", 1000 → "100.0%", 0 → "0.0%". */
    public static String percent(int tenths) {
        if (tenths < 0) {
            throw new IllegalArgumentException("negative share " + tenths);
        }
        return tenths / 10 + "." + tenths % 10 + "%";
    }
}
