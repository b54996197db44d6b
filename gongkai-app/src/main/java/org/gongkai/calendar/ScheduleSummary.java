package org.gongkai.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year's schedule as stored: the text form an administrator edits, and counts for the overview.
 *
 * @param weekdaysOff   days off that fall on Monday–Friday
 * @param weekendsWorked Saturdays/Sundays made working days (调休)
 */
public record ScheduleSummary(int year, String offDays, String workDays, List<String> sources, int weekdaysOff,
                              int weekendsWorked, Instant updatedAt, String updatedBy) {
}
