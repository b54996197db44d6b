package org.gongkai.search;

/**
 * Rebuilding the search index from the database — a long job, so it runs in the background and shows
 * its progress; running it again is always safe (the index is a derived copy).
 */
public interface IndexMaintenance {

    /** Where a rebuild stands. {@code running} false means none is running now. */
    record Status(boolean running, long done, long total, long indexed, long published) {
    }

    Status status();

    /** Starts a rebuild in the background unless one is running; returns whether it started. */
    boolean startRebuild();
}
