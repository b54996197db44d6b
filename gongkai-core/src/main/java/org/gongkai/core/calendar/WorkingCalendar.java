package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days as the 条例 counts them (第三十条、第三十二条、第三十三条 say 工作日 explicitly).
 *
 * <p>A date is a working day if it is Monday–Friday and not an official day off, or a Saturday/Sunday
 * that the State Council's notice makes a working day (调休). Immutable: a changed schedule makes a new
 * calendar.
 *
 * <p><b>Coverage.</b> A date is <em>covered</em> when the notice that governs it is loaded: the notice
 * of its own year and, from {@value #LATE_DECEMBER_DAY} December on, also the next year's notice,
 * because 元旦 arrangements reach back into late December (the 2019 notice moved 2018-12-29/30/31).
 * Outside coverage only weekends are known; results that depend on such dates are provisional.
 */
public final class WorkingCalendar {

    /** From this day of December on, next year's notice may still move days (earliest seen: 12-29). */
    static final int LATE_DECEMBER_DAY = 25;

    private final Map<Integer, HolidaySchedule> schedules;
    private final Map<LocalDate, String> offDays = new TreeMap<>();
    private final Map<LocalDate, String> workDays = new TreeMap<>();

    public WorkingCalendar(Collection<HolidaySchedule> schedules) {
        Map<Integer, HolidaySchedule> byYear = new TreeMap<>();
        for (HolidaySchedule s : schedules) {
            if (byYear.put(s.year(), s) != null) {
                throw new IllegalArgumentException("two schedules for " + s.year());
            }
        }
        this.schedules = Map.copyOf(byYear);
        // Later notices win where two notices name the same day (none do in 2019–2026).
        for (HolidaySchedule s : byYear.values()) {
            s.offDays().forEach((d, n) -> {
                offDays.put(d, n);
                workDays.remove(d);
            });
            s.workDays().forEach((d, n) -> {
                workDays.put(d, n);
                offDays.remove(d);
            });
        }
    }

    /** A calendar with no schedule at all: weekends only, every date provisional. */
    public static WorkingCalendar weekendsOnly() {
        return new WorkingCalendar(List.of());
    }

    public boolean isWorkingDay(LocalDate d) {
        if (offDays.containsKey(d)) {
            return false;
        }
        if (workDays.containsKey(d)) {
            return true;
        }
        return !HolidaySchedule.isWeekend(d);
    }

    /** Whether the notice(s) governing {@code d} are loaded, so that {@link #isWorkingDay} is exact. */
    public boolean isCovered(LocalDate d) {
        if (!schedules.containsKey(d.getYear())) {
            return false;
        }
        return MonthDay.from(d).isBefore(MonthDay.of(12, LATE_DECEMBER_DAY)) || schedules.containsKey(d.getYear() + 1);
    }

    /** Whether every date in (from, to] is covered; true for an empty range. */
    public boolean isCovered(LocalDate from, LocalDate to) {
        LocalDate first = from.plusDays(1);
        if (first.isAfter(to)) {
            return true;
        }
        for (int y = first.getYear(); y <= to.getYear(); y++) {
            if (!schedules.containsKey(y)) {
                return false;
            }
            LocalDate lateDecember = LocalDate.of(y, 12, LATE_DECEMBER_DAY);
            boolean reachesLateDecember = !to.isBefore(lateDecember);
            if (reachesLateDecember && !schedules.containsKey(y + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code n}th working day after {@code start}; {@code start} itself is not counted (民法典 第二百零一条:
     * the first day is not counted). {@code n == 0} returns {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The number of working days in (from, to]; 0 when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The first working day on or after {@code d}. */
    public LocalDate workingDayOnOrAfter(LocalDate d) {
        LocalDate x = d;
        while (!isWorkingDay(x)) {
            x = x.plusDays(1);
        }
        return x;
    }

    /** Official days off that fall on a weekday in (from, to]: what a count of Mondays–Fridays would miss. */
    public List<NamedDay> weekdaysOffBetween(LocalDate from, LocalDate to) {
        List<NamedDay> out = new ArrayList<>();
        offDays.forEach((d, name) -> {
            if (d.isAfter(from) && !d.isAfter(to) && !HolidaySchedule.isWeekend(d)) {
                out.add(new NamedDay(d, name, false));
            }
        });
        return out;
    }

    /** Saturdays and Sundays made working days in (from, to]. */
    public List<NamedDay> weekendWorkDaysBetween(LocalDate from, LocalDate to) {
        List<NamedDay> out = new ArrayList<>();
        workDays.forEach((d, name) -> {
            if (d.isAfter(from) && !d.isAfter(to) && HolidaySchedule.isWeekend(d)) {
                out.add(new NamedDay(d, name, true));
            }
        });
        return out;
    }

    /** The holiday a date belongs to (as day off or 调休 working day), if any. */
    public Optional<String> holidayName(LocalDate d) {
        return Optional.ofNullable(offDays.containsKey(d) ? offDays.get(d) : workDays.get(d));
    }

    public Optional<HolidaySchedule> schedule(int year) {
        return Optional.ofNullable(schedules.get(year));
    }

    public List<Integer> loadedYears() {
        return new ArrayList<>(new TreeMap<>(schedules).keySet());
    }

    /**
     * A day that a count treats differently from a plain weekday count.
     *
     * @param workingWeekend true for a 调休 Saturday/Sunday counted as a working day, false for a day off
     */
    public record NamedDay(LocalDate date, String holiday, boolean workingWeekend) {
    }
}
