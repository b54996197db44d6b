package org.gongkai.core.proof.typo;

/**
 * Open-addressing hash map from non-zero {@code long} keys to {@code int} values, without boxing, for the
 * detector's packed-character tables (a word of up to four UTF-16 characters packs into one long).
 */
final class LongIntMap {

    private long[] keys;
    private int[] vals;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        vals = new int[cap];
        mask = cap - 1;
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29) ^ (h >>> 43)) & mask;
    }

    int get(long key, int missing) {
        int i = slot(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return vals[i];
            }
            if (k == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    boolean contains(long key) {
        return get(key, Integer.MIN_VALUE) != Integer.MIN_VALUE;
    }

    void put(long key, int val) {
        if (key == 0) {
            throw new IllegalArgumentException("zero key");
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        vals[i] = val;
    }

    /** Adds {@code delta} to the value (0 when absent), saturating at Integer.MAX_VALUE. */
    void add(long key, int delta) {
        int old = get(key, 0);
        long v = (long) old + delta;
        put(key, (int) Math.min(Integer.MAX_VALUE, v));
    }

    /** Keeps the larger of the old and the new value. */
    void max(long key, int val) {
        int old = get(key, Integer.MIN_VALUE);
        if (old < val) {
            put(key, val);
        }
    }

    interface Entry {
        void accept(long key, int val);
    }

    void forEach(Entry e) {
        long[] ks = keys;
        int[] vs = vals;
        for (int i = 0; i < ks.length; i++) {
            if (ks[i] != 0) {
                e.accept(ks[i], vs[i]);
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = vals;
        keys = new long[ok.length * 2];
        vals = new int[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) {
            if (ok[i] != 0) {
                put(ok[i], ov[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "LongIntMap[" + size + "/" + keys.length + "]";
    }
}
