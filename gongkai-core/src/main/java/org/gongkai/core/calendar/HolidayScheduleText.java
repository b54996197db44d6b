package org.gongkai.core.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text form in which an administrator types a year's schedule from the State Council's
 * notice, one line per day or range: {@code 2027-02-06~2027-02-13 春节} for days off, {@code 2027-02-14 春节}
 * for a 调休 working day. Lines starting with {@code #} and blank lines are ignored. Parsing reports
 * every bad line at once, with its number, so the form can say exactly what is wrong.
 */
public final class HolidayScheduleText {

    private static final Pattern LINE = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})(?:\\s*[~～至]\\s*(\\d{4}-\\d{2}-\\d{2}))?\\s*([^\\s~～至].*)?$");

    /** Longest range one line may name; the longest real one is 10 days (2020 春节 extension). */
    static final int MAX_RANGE_DAYS = 31;

    private HolidayScheduleText() {
    }

    /** A line that could not be read, by field ("off" or "work"), 1-based line number and problem code. */
    public record LineProblem(String field, int line, String text, Problem problem) {
    }

    public enum Problem {
        /** Not "date [~ date] name". */
        UNREADABLE,
        /** A date that does not exist (2027-02-30). */
        BAD_DATE,
        /** Range end before its start, or longer than a month. */
        BAD_RANGE,
        /** A date outside the notice's year (or the end of December before it). */
        WRONG_YEAR,
        /** The same date both off and working. */
        BOTH_OFF_AND_WORK,
        /** A 调休 working day that is not a Saturday or Sunday. */
        WORKDAY_NOT_WEEKEND
    }

    /** Thrown with every problem found. */
    public static final class InvalidScheduleText extends IllegalArgumentException {
        private final List<LineProblem> problems;

        InvalidScheduleText(List<LineProblem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public List<LineProblem> problems() {
            return problems;
        }
    }

    public static HolidaySchedule parse(int year, String offText, String workText, List<String> sources) {
        List<LineProblem> problems = new ArrayList<>();
        Map<LocalDate, Integer> workLines = new LinkedHashMap<>();
        Map<LocalDate, String> off = read("off", year, offText, problems, new LinkedHashMap<>());
        Map<LocalDate, String> work = read("work", year, workText, problems, workLines);
        for (LocalDate d : work.keySet()) {
            if (off.containsKey(d)) {
                problems.add(new LineProblem("work", workLines.get(d), d.toString(), Problem.BOTH_OFF_AND_WORK));
            } else if (!HolidaySchedule.isWeekend(d)) {
                problems.add(new LineProblem("work", workLines.get(d), d.toString(), Problem.WORKDAY_NOT_WEEKEND));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidScheduleText(problems);
        }
        return new HolidaySchedule(year, off, work, sources);
    }

    /** Reads one field; {@code lineOf} receives the (last) line number that named each date. */
    private static Map<LocalDate, String> read(String field, int year, String text, List<LineProblem> problems,
                                               Map<LocalDate, Integer> lineOf) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                problems.add(new LineProblem(field, i + 1, line, Problem.UNREADABLE));
                continue;
            }
            LocalDate from;
            LocalDate to;
            try {
                from = LocalDate.parse(m.group(1));
                to = m.group(2) == null ? from : LocalDate.parse(m.group(2));
            } catch (DateTimeParseException e) {
                problems.add(new LineProblem(field, i + 1, line, Problem.BAD_DATE));
                continue;
            }
            if (to.isBefore(from) || from.plusDays(MAX_RANGE_DAYS).isBefore(to)) {
                problems.add(new LineProblem(field, i + 1, line, Problem.BAD_RANGE));
                continue;
            }
            if (!inScheduleYear(year, from) || !inScheduleYear(year, to)) {
                problems.add(new LineProblem(field, i + 1, line, Problem.WRONG_YEAR));
                continue;
            }
            String name = m.group(3) == null ? "" : m.group(3).strip();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                out.put(d, name);
                lineOf.put(d, i + 1);
            }
        }
        return out;
    }

    private static boolean inScheduleYear(int year, LocalDate d) {
        return d.getYear() == year || (d.getYear() == year - 1 && d.getMonthValue() == 12);
    }

    /** The text form of one part of a schedule, consecutive days of the same holiday as one range. */
    public static String format(Map<LocalDate, String> days) {
        StringBuilder sb = new StringBuilder();
        LocalDate start = null;
        LocalDate prev = null;
        String name = null;
        for (Map.Entry<LocalDate, String> e : new TreeMap<>(days).entrySet()) {
            if (start != null && e.getKey().equals(prev.plusDays(1)) && e.getValue().equals(name)) {
                prev = e.getKey();
                continue;
            }
            if (start != null) {
                line(sb, start, prev, name);
            }
            start = e.getKey();
            prev = e.getKey();
            name = e.getValue();
        }
        if (start != null) {
            line(sb, start, prev, name);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, LocalDate from, LocalDate to, String name) {
        sb.append(from);
        if (!to.equals(from)) {
            sb.append('~').append(to);
        }
        if (!name.isEmpty()) {
            sb.append(' ').append(name);
        }
        sb.append('\n');
    }
}
