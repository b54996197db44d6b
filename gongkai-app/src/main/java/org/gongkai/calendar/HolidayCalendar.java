package org.gongkai.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.gongkai.agency.Officer;
import org.gongkai.calendar.internal.HolidayScheduleRepository;
import org.gongkai.core.calendar.BundledSchedules;
import org.gongkai.core.calendar.HolidaySchedule;
import org.gongkai.core.calendar.HolidayScheduleText;
import org.gongkai.core.calendar.HolidayScheduleText.InvalidScheduleText;
import org.gongkai.core.calendar.HolidayScheduleText.LineProblem;
import org.gongkai.core.calendar.WorkingCalendar;
import org.gongkai.platform.AfterCommit;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar in force: built from the schedules in the database, rebuilt after every
 * change. Reading is a volatile read of an immutable {@link WorkingCalendar}, so deadline
 * computations never wait for the database.
 */
@Service
public class HolidayCalendar {

    private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);
    /** Years an administrator may add: from the first year the 2019 条例 applied to the next few. */
    public static final int FIRST_YEAR = 2019;
    /** Lengths of holiday_schedule_change.sources and .note. */
    static final int MAX_SOURCES = 4000;
    static final int MAX_NOTE = 500;


    private final HolidayScheduleRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<WorkingCalendar> current = new AtomicReference<>();

    public HolidayCalendar(HolidayScheduleRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /** The calendar in force now (loading and, on first start, seeding it if needed). */
    public WorkingCalendar current() {
        WorkingCalendar c = current.get();
        if (c == null) {
            c = reload();
        }
        return c;
    }

    /** Seeds the bundled schedules on first start, before the application runners (the demo county) compute deadlines. */
    @EventListener(ApplicationStartedEvent.class)
    @Order(0)
    @Transactional
    public void seedIfEmpty() {
        if (repository.count() == 0) {
            Instant now = clock.instant();
            for (HolidaySchedule s : BundledSchedules.load()) {
                String off = HolidayScheduleText.format(s.offDays());
                // the text form lists 调休 weekends only; 2020's data also names a Monday, which changes nothing
                String work = HolidayScheduleText.format(s.weekendWorkDays());
                String sources = String.join("\n", s.sources());
                repository.insert(s.year(), off, work, sources, now, "system");
                repository.recordChange(s.year(), "SEEDED", off, work, sources, "内置国务院办公厅通知数据", now, "system");
            }
            log.info("Seeded holiday schedules {}", repository.years());
        }
        reload();
    }

    public List<ScheduleSummary> schedules() {
        return repository.all().stream().map(HolidayCalendar::summary).toList();
    }

    public java.util.Optional<ScheduleSummary> schedule(int year) {
        return repository.find(year).map(HolidayCalendar::summary);
    }

    public List<ScheduleChange> changes(int year) {
        return repository.changes(year);
    }

    /**
     * Adds or corrects a year's schedule (county administrator only). The text is checked line by line;
     * on any problem nothing is saved and the message names the first bad line.
     */
    @Transactional
    public ScheduleSummary save(int year, String offText, String workText, String sourcesText, String note, Officer by) {
        if (!by.isCountyAdmin()) {
            throw new ForbiddenException("calendar.forbidden");
        }
        int latest = latestYear();
        if (year < FIRST_YEAR || year > latest) {
            throw new BadInputException("year", "calendar.year.range", FIRST_YEAR, latest);
        }
        if (offText == null || offText.isBlank()) {
            throw new BadInputException("offDays", "calendar.offDays.required");
        }
        List<String> sources = sourcesText == null ? List.of()
                : Arrays.stream(sourcesText.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (sources.isEmpty()) {
            throw new BadInputException("sources", "calendar.sources.required");
        }
        // the columns are bounded; a too long value must be a message on the form, not a failed INSERT
        if (String.join("\n", sources).length() > MAX_SOURCES) {
            throw new BadInputException("sources", "error.tooLong", MAX_SOURCES);
        }
        if (note != null && note.strip().length() > MAX_NOTE) {
            throw new BadInputException("note", "calendar.note.tooLong", MAX_NOTE);
        }
        HolidaySchedule parsed;
        try {
            parsed = HolidayScheduleText.parse(year, offText, workText, sources);
        } catch (InvalidScheduleText e) {
            LineProblem p = e.problems().get(0);
            String field = p.field().equals("off") ? "offDays" : "workDays";
            int line = p.line();
            // problems found across both lists name only the date; show the whole 调休 line as typed
            boolean crossList = p.problem() == HolidayScheduleText.Problem.BOTH_OFF_AND_WORK
                    || p.problem() == HolidayScheduleText.Problem.WORKDAY_NOT_WEEKEND;
            String text = crossList && line > 0 ? workText.split("\\R")[line - 1].strip() : p.text();
            throw new BadInputException(field, "calendar.problem." + p.problem().name(), line, text, year);
        }
        String off = HolidayScheduleText.format(parsed.offDays());
        String work = HolidayScheduleText.format(parsed.workDays());
        String src = String.join("\n", sources);
        Instant now = clock.instant();
        boolean exists = repository.find(year).isPresent();
        if (exists) {
            repository.update(year, off, work, src, now, by.username());
        } else {
            repository.insert(year, off, work, src, now, by.username());
        }
        repository.recordChange(year, exists ? "CORRECTED" : "ADDED", off, work, src,
                note == null || note.isBlank() ? null : note.strip(), now, by.username());
        events.publishEvent(new HolidayScheduleChanged(year));
        AfterCommit.run(this::reload);
        return schedule(year).orElseThrow();
    }

    /** The last year an administrator may add: notices are published a few months ahead, never years. */
    public int latestYear() {
        return LocalDate.now(clock).getYear() + 5;
    }

    /**
     * Re-reads the schedules from the database and puts them in force; for use after a restore or a
     * direct change of the table, which bypasses {@link #save}.
     */
    public WorkingCalendar reload() {
        List<HolidaySchedule> schedules = new ArrayList<>();
        for (HolidayScheduleRepository.Row r : repository.all()) {
            schedules.add(HolidayScheduleText.parse(r.year(), r.offDays(), r.workDays(), r.sources()));
        }
        WorkingCalendar c = new WorkingCalendar(schedules);
        current.set(c);
        return c;
    }


    private static ScheduleSummary summary(HolidayScheduleRepository.Row r) {
        HolidaySchedule s = HolidayScheduleText.parse(r.year(), r.offDays(), r.workDays(), r.sources());
        return new ScheduleSummary(r.year(), r.offDays(), r.workDays(), r.sources(), s.weekdaysOff().size(),
                s.weekendWorkDays().size(), r.updatedAt(), r.updatedBy());
    }
}
