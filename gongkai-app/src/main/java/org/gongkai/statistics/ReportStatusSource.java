package org.gongkai.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where the statistics learn how far each agency's annual report (年度报告) for a year has got. The
 * report module implements it as a bean; statistics never reads the report's tables itself, so the two
 * modules can change independently (and the report module depends on this interface, not the reverse).
 * Until an implementation exists, {@link #NONE} stands in and every agency shows {@value #NOT_STARTED}.
 */
public interface ReportStatusSource {

    String NOT_STARTED = "NOT_STARTED";
    String DRAFT = "DRAFT";
    /** Drafted and in the review chain before publication (the report module's own step). */
    String SUBMITTED = "SUBMITTED";
    String PUBLISHED = "PUBLISHED";

    /** The stand-in used while no module provides the real statuses. */
    ReportStatusSource NONE = year -> Map.of();

    /**
     * The status of each agency's report on {@code year} ({@value #NOT_STARTED}, {@value #DRAFT},
     * {@value #SUBMITTED} or {@value #PUBLISHED}); an agency missing from the map has not started.
     */
    Map<Long, String> statuses(int year);

    /**
     * The date each published report went public, where known; lets the ranking tell a report published
     * late from one published on time. Without it a published report counts as on time.
     */
    default Map<Long, LocalDate> publishedOn(int year) {
        return Map.of();
    }
}
