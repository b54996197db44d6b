package org.gongkai.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official schedules 2019–2026 shipped as data ({@code holidays-cn.json}, normalised from
 * NateScarlet/holiday-cn, which is scraped from the 国务院办公厅 notices; see spec/regulations.md §8).
 * The application seeds its database from these once; administrators maintain later years there.
 */
public final class BundledSchedules {

    public static final String RESOURCE = "holidays-cn.json";

    private BundledSchedules() {
    }

    public static List<HolidaySchedule> load() {
        try (InputStream in = BundledSchedules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the class path");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the {@code {"2019": {"papers", "off_days", "adjusted_workdays", "by_holiday"}}} format. */
    public static List<HolidaySchedule> parse(InputStream json) {
        JsonNode root = JsonMapper.builder().build().readTree(json);
        List<HolidaySchedule> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> year : root.properties()) {
            if (!year.getKey().matches("\\d{4}")) {
                continue; // "_source" and other notes
            }
            JsonNode y = year.getValue();
            Map<LocalDate, String> names = new HashMap<>();
            JsonNode byHoliday = y.path("by_holiday");
            for (Map.Entry<String, JsonNode> h : byHoliday.properties()) {
                h.getValue().path("off").forEach(d -> names.put(LocalDate.parse(d.asString()), h.getKey()));
                h.getValue().path("work").forEach(d -> names.put(LocalDate.parse(d.asString()), h.getKey()));
            }
            Map<LocalDate, String> off = new HashMap<>();
            y.path("off_days").forEach(d -> {
                LocalDate date = LocalDate.parse(d.asString());
                off.put(date, names.getOrDefault(date, ""));
            });
            Map<LocalDate, String> work = new HashMap<>();
            y.path("adjusted_workdays").forEach(d -> {
                LocalDate date = LocalDate.parse(d.asString());
                work.put(date, names.getOrDefault(date, ""));
            });
            List<String> papers = new ArrayList<>();
            y.path("papers").forEach(p -> papers.add(p.asString()));
            out.add(new HolidaySchedule(Integer.parseInt(year.getKey()), off, work, papers));
        }
        return out;
    }
}
