package org.gongkai.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.calendar.WorkingCalendar;

/**
 * A year as twelve month tables, weeks starting on Monday as Chinese calendars do, so an administrator
 * can check what they typed against the printed notice. Each day says in words what it is (放假, 调休上班),
 * because colour alone does not reach everyone.
 */
record MonthGrid(int month, List<List<Day>> weeks) {

    /** What a day is in the calendar; {@code null} cells pad the first and last week. */
    enum Kind {
        /** An official day off (including those that fall on a weekend). */
        OFF,
        /** A Saturday or Sunday made a working day (调休). */
        WORK,
        /** An ordinary Saturday or Sunday. */
        WEEKEND,
        /** An ordinary Monday–Friday. */
        WORKDAY
    }

    record Day(LocalDate date, Kind kind, String holiday) {
        public int getDayOfMonth() {
            return date.getDayOfMonth();
        }

        public boolean isOff() {
            return kind == Kind.OFF;
        }

        public boolean isWork() {
            return kind == Kind.WORK;
        }

        public boolean isWeekend() {
            return kind == Kind.WEEKEND;
        }

        /** The CSS class of the cell; the meaning is also written in the cell. */
        public String getCss() {
            return "cal-" + kind.name().toLowerCase();
        }
    }

    static List<MonthGrid> year(int year, WorkingCalendar calendar) {
        List<MonthGrid> out = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            out.add(month(YearMonth.of(year, m), calendar));
        }
        return out;
    }

    static MonthGrid month(YearMonth ym, WorkingCalendar calendar) {
        List<List<Day>> weeks = new ArrayList<>();
        List<Day> week = new ArrayList<>(7);
        int lead = ym.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        for (int i = 0; i < lead; i++) {
            week.add(null);
        }
        for (LocalDate d = ym.atDay(1); !d.isAfter(ym.atEndOfMonth()); d = d.plusDays(1)) {
            week.add(day(d, calendar));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>(7);
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return new MonthGrid(ym.getMonthValue(), weeks);
    }

    private static Day day(LocalDate d, WorkingCalendar calendar) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean working = calendar.isWorkingDay(d);
        String holiday = calendar.holidayName(d).orElse(null);
        Kind kind;
        if (!working && holiday != null) {
            kind = Kind.OFF;
        } else if (working && weekend) {
            kind = Kind.WORK;
        } else if (weekend) {
            kind = Kind.WEEKEND;
        } else {
            kind = Kind.WORKDAY;
        }
        return new Day(d, kind, holiday);
    }
}
