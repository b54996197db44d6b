package org.gongkai.request.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gongkai.core.calendar.StatutoryClock;
import org.gongkai.core.calendar.StatutoryClock.Deadline;
import org.gongkai.core.calendar.StatutoryClock.Step;
import org.gongkai.core.calendar.WorkingCalendar;
import org.gongkai.core.request.Channel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "How the due date was computed", in Chinese sentences that cite the articles: the receipt and its
 * rule, each restart, pause and extension with the due date it produced, the holidays skipped and the
 * 调休 weekends counted, and whether the result is provisional. The officer's page, the applicant's
 * status page and the API all show these same lines, as {@code @deadlineText}.
 */
@Component("deadlineText")
public class DeadlineText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private final MessageSource messages;

    public DeadlineText(MessageSource messages) {
        this.messages = messages;
    }

    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** The explanation, one sentence per line. */
    public List<String> lines(Deadline d, Channel channel, LocalDate today) {
        List<String> out = new ArrayList<>();
        for (Step s : d.steps()) {
            out.add(step(s, channel, today));
        }
        if (!d.holidaysSkipped().isEmpty()) {
            out.add(text("clock.holidaysSkipped", days(d.holidaysSkipped())));
        }
        if (!d.workingWeekends().isEmpty()) {
            out.add(text("clock.workingWeekends", days(d.workingWeekends())));
        }
        if (d.provisional()) {
            out.add(text("clock.provisional"));
        }
        return out;
    }

    public String step(Step s, Channel channel, LocalDate today) {
        return switch (s.kind()) {
            case RECEIVED -> text("clock.step.RECEIVED", day(s.on()),
                    text("channel.rule." + (channel == null ? Channel.IN_PERSON : channel).name()), day(s.dueOn()));
            case SUPPLEMENT_REQUESTED -> text("clock.step.SUPPLEMENT_REQUESTED", day(s.on()), day(s.until()));
            case SUPPLEMENT_RECEIVED -> text("clock.step.SUPPLEMENT_RECEIVED", day(s.on()), day(s.dueOn()));
            case EXTENDED -> text("clock.step.EXTENDED", day(s.on()), s.workingDays(), day(s.dueOn()));
            case PAUSED -> text("clock.step.PAUSED", day(s.on()), day(s.until()), pause(s.pause()), s.workingDays(),
                    day(s.dueOn()));
            case PAUSE_OPEN -> text("clock.step.PAUSE_OPEN", day(s.on()), pause(s.pause()), day(today), s.workingDays(),
                    day(s.dueOn()));
            case STOPPED -> s.dueOn() == null ? text("clock.step.STOPPED.noDue", day(s.on()))
                    : text(s.on().isAfter(s.dueOn()) ? "clock.step.STOPPED.late" : "clock.step.STOPPED",
                    day(s.on()), day(s.dueOn()));
        };
    }

    public String pause(StatutoryClock.Pause p) {
        return p == null ? "" : text("clock.pause." + p.name());
    }

    private String days(List<WorkingCalendar.NamedDay> days) {
        return days.stream().map(n -> day(n.date()) + (n.holiday().isEmpty() ? "" : "（" + n.holiday() + "）"))
                .collect(Collectors.joining("、"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
