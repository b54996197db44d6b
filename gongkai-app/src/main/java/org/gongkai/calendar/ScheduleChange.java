package org.gongkai.calendar;

import java.time.Instant;

/**
 * One recorded change of a year's schedule.
 *
 * @param kind SEEDED (bundled data on first start), ADDED (a new year) or CORRECTED
 */
public record ScheduleChange(long id, int year, String kind, String offDays, String workDays, String sources,
                             String note, Instant changedAt, String changedBy) {
}
