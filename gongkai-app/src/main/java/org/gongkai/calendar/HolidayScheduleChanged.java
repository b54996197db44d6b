package org.gongkai.calendar;

/** A year's schedule was added or corrected: deadlines that cross that year may move. */
public record HolidayScheduleChanged(int year) {
}
