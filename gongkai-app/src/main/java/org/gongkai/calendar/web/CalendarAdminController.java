package org.gongkai.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongkai.agency.Officer;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.calendar.ScheduleChange;
import org.gongkai.calendar.ScheduleSummary;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.web.UserMessages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作日历: the county administrator keeps the State Council's holiday notices as data, a year at a
 * time, so that statutory deadlines follow the official 放假 and 调休 days without a new release.
 * Only the county may look: the schedule is one for the whole county, and a mistake moves every
 * agency's deadlines.
 */
@Controller
class CalendarAdminController {

    /** What the form sends; the year is text so that a typo is shown on the form, not as an error page. */
    record ScheduleForm(String year, String offDays, String workDays, String sources, String note) {
        static ScheduleForm of(ScheduleSummary s) {
            return new ScheduleForm(Integer.toString(s.year()), s.offDays(), s.workDays(), String.join("\n", s.sources()),
                    "");
        }

        static ScheduleForm empty(Integer year) {
            return new ScheduleForm(year == null ? "" : year.toString(), "", "", "", "");
        }
    }

    /** A row of the history with the Chinese name of its kind. */
    record ChangeRow(ScheduleChange change, String kindLabel) {
    }

    private final HolidayCalendar calendar;
    private final UserMessages messages;
    private final Clock clock;

    CalendarAdminController(HolidayCalendar calendar, UserMessages messages, Clock clock) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String overview(Officer officer, Model model) {
        requireCounty(officer);
        int thisYear = LocalDate.now(clock).getYear();
        List<ScheduleSummary> schedules = calendar.schedules();
        boolean nextLoaded = schedules.stream().anyMatch(s -> s.year() == thisYear + 1);
        model.addAttribute("schedules", schedules);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("nextYear", thisYear + 1);
        model.addAttribute("nextYearMissing", !nextLoaded);
        return "admin/calendar";
    }

    @GetMapping("/admin/calendar/new")
    String newYear(Officer officer, Model model) {
        requireCounty(officer);
        // the year most likely wanted: the one after the last loaded (next year's notice comes each autumn)
        int suggested = calendar.current().loadedYears().stream().mapToInt(Integer::intValue).max()
                .orElse(LocalDate.now(clock).getYear()) + 1;
        page(model, null, ScheduleForm.empty(Math.min(suggested, calendar.latestYear())));
        return "admin/calendar-year";
    }

    @GetMapping("/admin/calendar/{year:\\d{1,4}}")
    String year(@PathVariable int year, Officer officer, Model model) {
        requireCounty(officer);
        Optional<ScheduleSummary> stored = calendar.schedule(year);
        if (stored.isEmpty() && (year < HolidayCalendar.FIRST_YEAR || year > calendar.latestYear())) {
            throw new NotFoundException("calendar.year.notFound", year);
        }
        page(model, year, stored.map(ScheduleForm::of).orElseGet(() -> ScheduleForm.empty(year)));
        return "admin/calendar-year";
    }

    @PostMapping("/admin/calendar")
    Object save(ScheduleForm form, Officer officer, Model model, RedirectAttributes redirect) {
        requireCounty(officer);
        Integer year = parseYear(form.year());
        try {
            if (year == null) {
                throw new BadInputException("year", "calendar.year.invalid", form.year() == null ? "" : form.year().strip());
            }
            boolean existed = calendar.schedule(year).isPresent();
            ScheduleSummary saved = calendar.save(year, form.offDays(), form.workDays(), form.sources(), form.note(),
                    officer);
            redirect.addFlashAttribute("notice", messages.text(existed ? "admin.calendar.corrected" : "admin.calendar.added",
                    saved.year(), saved.weekdaysOff(), saved.weekendsWorked()));
            return "redirect:/admin/calendar/" + saved.year();
        } catch (BadInputException e) {
            model.addAttribute("problem", messages.problem(e));
            // an existing year is re-shown as that year's page (history, grid); anything else as a new year
            Integer shown = year != null && calendar.schedule(year).isPresent() ? year : null;
            page(model, shown, form);
            return new ModelAndView("admin/calendar-year", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }

    /**
     * The year page: the form, and for a year in range its month grid as the calendar now counts it
     * and its history. {@code year} is null for the "new year" form, where the year is typed.
     */
    private void page(Model model, Integer year, ScheduleForm form) {
        boolean loaded = year != null && calendar.schedule(year).isPresent();
        model.addAttribute("year", year);
        model.addAttribute("loaded", loaded);
        model.addAttribute("form", form);
        model.addAttribute("firstYear", HolidayCalendar.FIRST_YEAR);
        model.addAttribute("latestYear", calendar.latestYear());
        model.addAttribute("months", year == null ? List.of() : MonthGrid.year(year, calendar.current()));
        model.addAttribute("changes", year == null ? List.of() : calendar.changes(year).stream()
                .map(c -> new ChangeRow(c, messages.text("admin.calendar.kind." + c.kind()))).toList());
    }

    private static Integer parseYear(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static void requireCounty(Officer officer) {
        if (!officer.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
    }
}
