/**
 * The working-day calendar: the official holiday schedules (放假安排 and 调休) as data in the database,
 * seeded from the bundled 2019–2026 notices and maintained by the county administrator without a
 * release, every change recorded. Other modules read {@link org.gongkai.calendar.HolidayCalendar#current()}
 * and listen to {@link org.gongkai.calendar.HolidayScheduleChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package org.gongkai.calendar;
