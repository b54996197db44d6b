package org.gongkai.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.agency.Officer;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.ScheduleSummary;
import org.gongkai.core.calendar.HolidaySchedule;
import org.gongkai.core.calendar.WorkingCalendar;
import org.gongkai.platform.BadInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar as JSON: anyone may read the schedules and count working days (an
 * applicant can check a reply deadline the same way the office does); only the county administrator
 * may change a year, with the same checks and messages as the back-office form.
 */
@RestController
@Tag(name = "工作日历", description = "法定节假日放假与调休安排，以及按工作日计算期限")
class CalendarApiController {

    /** The longest count the API does: the longest statutory period (20 + 20 working days) with room to spare. */
    static final int MAX_DAYS = 1000;

    /** A loaded year, without who changed it: the public needs the dates, not officers' account names. */
    record YearView(int year, int weekdaysOff, int weekendsWorked, Instant updatedAt) {
        static YearView of(ScheduleSummary s) {
            return new YearView(s.year(), s.weekdaysOff(), s.weekendsWorked(), s.updatedAt());
        }
    }

    record DayView(LocalDate date, String holiday) {
        static List<DayView> of(Map<LocalDate, String> days) {
            return new TreeMap<>(days).entrySet().stream().map(e -> new DayView(e.getKey(), e.getValue())).toList();
        }
    }

    record ScheduleView(int year, boolean loaded, List<DayView> offDays, List<DayView> workDays, List<String> sources,
                        Instant updatedAt) {
    }

    /**
     * @param holidaysSkipped official days off on Monday–Friday that the count passed over
     * @param weekendsWorked  调休 Saturdays/Sundays that the count included
     * @param provisional     some day of the count lies in a year whose notice is not loaded: only weekends were known
     */
    record WorkingDaysView(LocalDate from, int days, LocalDate date, boolean provisional, List<DayView> holidaysSkipped,
                           List<DayView> weekendsWorked) {
    }

    record ScheduleRequest(String offDays, String workDays, String sources, String note) {
    }

    private final HolidayCalendar calendar;

    CalendarApiController(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/calendar")
    @Operation(summary = "已录入放假安排的年份（公开）")
    List<YearView> years() {
        return calendar.schedules().stream().map(YearView::of).toList();
    }

    @GetMapping("/api/v1/calendar/{year:\\d{1,4}}")
    @Operation(summary = "某一年的放假日期、调休上班日期和通知来源（公开）；未录入的年份 loaded 为 false，只按周末计算")
    ScheduleView year(@PathVariable int year) {
        return view(year);
    }

    @GetMapping("/api/v1/calendar/working-days")
    @Operation(summary = "从某日起第 N 个工作日（起算日当天不计；公开）；涉及未录入年份时 provisional 为 true")
    WorkingDaysView workingDays(@Parameter(description = "起算日期，yyyy-MM-dd") @RequestParam String from,
                                @Parameter(description = "工作日数，0–1000") @RequestParam int days) {
        LocalDate start;
        try {
            start = LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("from", "error.date", from.strip());
        }
        if (days < 0 || days > MAX_DAYS) {
            throw new BadInputException("days", "calendar.days.range", MAX_DAYS);
        }
        // one snapshot for the whole answer, so a save in between cannot mix two calendars
        WorkingCalendar c = calendar.current();
        LocalDate date = c.addWorkingDays(start, days);
        return new WorkingDaysView(start, days, date, !c.isCovered(start, date),
                c.weekdaysOffBetween(start, date).stream().map(d -> new DayView(d.date(), d.holiday())).toList(),
                c.weekendWorkDaysBetween(start, date).stream().map(d -> new DayView(d.date(), d.holiday())).toList());
    }

    @PutMapping("/api/v1/calendar/{year:\\d{1,4}}")
    @Operation(summary = "新增或更正某一年的放假安排（县级管理员）；每行一个日期或日期段，如“2027-02-06~2027-02-13 春节”")
    ScheduleView save(@PathVariable int year, @RequestBody ScheduleRequest r, Officer officer) {
        if (r == null) {
            throw new BadInputException("offDays", "error.unreadable");
        }
        calendar.save(year, r.offDays(), r.workDays(), r.sources(), r.note(), officer);
        return view(year);
    }

    private ScheduleView view(int year) {
        WorkingCalendar c = calendar.current();
        return c.schedule(year)
                .map(s -> new ScheduleView(year, true, DayView.of(s.offDays()), DayView.of(s.workDays()), s.sources(),
                        calendar.schedule(year).map(ScheduleSummary::updatedAt).orElse(null)))
                .orElseGet(() -> new ScheduleView(year, false, List.of(), List.of(), List.of(), null));
    }
}
