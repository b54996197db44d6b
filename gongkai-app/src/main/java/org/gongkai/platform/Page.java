package org.gongkai.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; {@code page} counts from 1 as people do. */
public record Page<T>(List<T> content, long total, int page, int size) {

    public int totalPages() {
        return size <= 0 ? 0 : (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(content.stream().map(f).toList(), total, page, size);
    }

    /** Clamps a requested page number to 1.. and a size to 1..max. */
    public static int clampPage(Integer page) {
        return page == null || page < 1 ? 1 : Math.min(page, 100_000);
    }

    public static int clampSize(Integer size, int dflt, int max) {
        return size == null || size < 1 ? dflt : Math.min(size, max);
    }
}
