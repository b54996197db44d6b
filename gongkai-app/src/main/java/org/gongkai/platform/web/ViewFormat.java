package org.gongkai.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.gongkai.platform.ClockConfig;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Formats moments and dates for pages, as {@code ${@viewFormat.time(x)}}. Moments are stored as
 * {@link Instant}s and must be shown in China Standard Time whatever the server's zone is, which a
 * template alone cannot do reliably; ages ("3 天") use the injected clock so tests can fix "now".
 */
@Component("viewFormat")
public class ViewFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final Clock clock;
    private final MessageSource messages;

    public ViewFormat(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** yyyy-MM-dd HH:mm in Asia/Shanghai; empty for null. */
    public String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** The current moment, formatted like {@link #time}. */
    public String now() {
        return TIME.format(clock.instant());
    }

    /** yyyy-MM-dd; empty for null. */
    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** How long ago {@code since} was, in whole days, else hours, else minutes. */
    public String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, clock.instant());
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toDays() >= 1) {
            return text("admin.age.days", d.toDays());
        }
        if (d.toHours() >= 1) {
            return text("admin.age.hours", d.toHours());
        }
        return text("admin.age.minutes", d.toMinutes());
    }

    /** Whether {@code since} is more than {@code days} days ago (to flag work that waits too long). */
    public boolean olderThanDays(Instant since, long days) {
        return since != null && Duration.between(since, clock.instant()).toDays() >= days;
    }

    /** The current year in China Standard Time. */
    public int year() {
        return LocalDate.now(clock.withZone(ClockConfig.ZONE)).getYear();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
