package org.gongkai.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One year's official holiday arrangement (国务院办公厅关于某年部分节假日安排的通知), as data.
 *
 * <p>Keyed by the notice's year: the 2019 notice also lists 2018-12-29 … 2018-12-31, so a schedule may
 * name days of the previous year. Each day carries the holiday it belongs to (春节, 国庆节 …), shown in
 * the explanation of a deadline.
 *
 * @param year      the year of the notice
 * @param offDays   days off (放假), with the holiday's name
 * @param workDays  weekend days made working days (调休上班), with the holiday they make up for
 * @param sources   addresses of the notices this schedule was taken from
 */
public record HolidaySchedule(int year, Map<LocalDate, String> offDays, Map<LocalDate, String> workDays,
                              List<String> sources) {

    public HolidaySchedule {
        if (year < 1949 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        offDays = Map.copyOf(offDays);
        workDays = Map.copyOf(workDays);
        sources = List.copyOf(sources);
        for (LocalDate d : offDays.keySet()) {
            requireNear(year, d);
            if (workDays.containsKey(d)) {
                throw new IllegalArgumentException(d + " is listed both as a day off and as a working day");
            }
        }
        for (LocalDate d : workDays.keySet()) {
            requireNear(year, d);
        }
    }

    /** Days off and working days may lie in the notice's year or at the very end of the previous one. */
    private static void requireNear(int year, LocalDate d) {
        if (d.getYear() != year && !(d.getYear() == year - 1 && d.getMonthValue() == 12)) {
            throw new IllegalArgumentException(d + " does not belong to the schedule of " + year);
        }
    }

    /** Days off that fall on Monday–Friday: the ones a plain weekday count would wrongly include. */
    public Map<LocalDate, String> weekdaysOff() {
        Map<LocalDate, String> out = new TreeMap<>();
        offDays.forEach((d, name) -> {
            if (!isWeekend(d)) {
                out.put(d, name);
            }
        });
        return out;
    }

    /** Saturdays and Sundays made working days (调休). */
    public Map<LocalDate, String> weekendWorkDays() {
        Map<LocalDate, String> out = new TreeMap<>();
        workDays.forEach((d, name) -> {
            if (isWeekend(d)) {
                out.put(d, name);
            }
        });
        return out;
    }

    static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }
}
