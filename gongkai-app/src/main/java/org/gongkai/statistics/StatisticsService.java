package org.gongkai.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.core.calendar.WorkingCalendar;
import org.gongkai.core.request.ReplyType;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ClockConfig;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.statistics.AgencyStatistics.CategoryRow;
import org.gongkai.statistics.AgencyStatistics.Items;
import org.gongkai.statistics.AgencyStatistics.LateItem;
import org.gongkai.statistics.AgencyStatistics.Requests;
import org.gongkai.statistics.AgencyStatistics.Timeliness;
import org.gongkai.statistics.internal.StatisticsQueries;
import org.gongkai.statistics.internal.StatisticsQueries.CategoryMonthCount;
import org.gongkai.statistics.internal.StatisticsQueries.PublishedRow;
import org.gongkai.statistics.internal.StatisticsQueries.RepliedRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's numbers for an agency or the county. An officer sees their own agency; only the
 * county administrator sees other agencies and the county as a whole (the same rule as
 * {@link Officer#canAccess}). Working days are counted with the calendar in force, so a corrected
 * holiday schedule corrects the statistics too.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {

    /** 条例第二十六条: proactive disclosure within 20 working days of the information being made. */
    public static final int PROACTIVE_WORKING_DAYS = 20;

    private final StatisticsQueries queries;
    private final AgencyService agencies;
    private final HolidayCalendar calendar;
    private final Clock clock;

    public StatisticsService(StatisticsQueries queries, AgencyService agencies, HolidayCalendar calendar, Clock clock) {
        this.queries = queries;
        this.agencies = agencies;
        this.calendar = calendar;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.ZONE));
    }

    /**
     * The scope {@code by} asked for: blank means the county for the county administrator and the own
     * agency for everyone else; another agency than one's own is refused unless one is the county.
     */
    public StatisticsScope scope(Officer by, String agencyCode) {
        if (agencyCode == null || agencyCode.isBlank()) {
            if (by.isCountyAdmin()) {
                return StatisticsScope.county();
            }
            return new StatisticsScope(by.agencyId(), by.agencyCode(), by.agencyName());
        }
        Agency a = agencies.byCode(agencyCode).orElseThrow(() -> new NotFoundException("agency.notFound", agencyCode));
        if (!by.canAccess(a.id())) {
            throw new ForbiddenException("statistics.forbidden.agency");
        }
        return new StatisticsScope(a.id(), a.code(), a.name());
    }

    /** The year asked for, or this year; years before the 2019 条例 or in the future are refused. */
    public int year(Integer asked) {
        int current = today().getYear();
        if (asked == null) {
            return current;
        }
        if (asked < HolidayCalendar.FIRST_YEAR || asked > current) {
            // strings, so that MessageFormat does not print "2,026"
            throw new BadInputException("year", "statistics.year.range", Integer.toString(HolidayCalendar.FIRST_YEAR),
                    Integer.toString(current));
        }
        return asked;
    }

    /** The years one may pick, latest first. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = today().getYear(); y >= HolidayCalendar.FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    public AgencyStatistics statistics(StatisticsScope scope, int year) {
        Long agencyId = scope.agencyId();
        LocalDate today = today();
        WorkingCalendar cal = calendar.current();
        return new AgencyStatistics(scope, year, today, items(agencyId, year), requests(agencyId, year, today, cal),
                timeliness(queries.published(agencyId, year), cal));
    }

    private Items items(Long agencyId, int year) {
        Map<String, CategoryRow> rows = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        long[] byMonth = new long[12];
        for (CategoryMonthCount c : queries.publishedByCategoryAndMonth(agencyId, year)) {
            CategoryRow row = rows.computeIfAbsent(c.code(), k -> new CategoryRow(c.code(), c.name(), new long[12], 0));
            row.byMonth()[c.month() - 1] += c.count();
            byMonth[c.month() - 1] += c.count();
            order.merge(c.code(), c.sortOrder(), Math::min);
        }
        List<CategoryRow> categories = rows.values().stream()
                .map(r -> new CategoryRow(r.code(), r.name(), r.byMonth(), sum(r.byMonth())))
                .sorted(Comparator.comparing((CategoryRow r) -> order.get(r.code())).thenComparing(CategoryRow::code))
                .toList();
        return new Items(categories, byMonth, sum(byMonth));
    }

    private Requests requests(Long agencyId, int year, LocalDate today, WorkingCalendar cal) {
        long[] received = queries.receivedByMonth(agencyId, year);
        long[] replied = queries.repliedByMonth(agencyId, year);
        Map<ReplyType, Long> types = new EnumMap<>(ReplyType.class);
        for (ReplyType t : ReplyType.values()) {
            types.put(t, 0L);
        }
        queries.replyTypes(agencyId, year).forEach((name, n) -> types.merge(ReplyType.valueOf(name), n, Long::sum));
        long open = 0;
        long overdue = 0;
        for (long[] counts : queries.openAndOverdue(agencyId, today).values()) {
            open += counts[0];
            overdue += counts[1];
        }
        List<RepliedRow> rows = queries.replied(agencyId, year);
        long onTime = rows.stream().filter(StatisticsService::onTime).count();
        long workSum = 0;
        long calSum = 0;
        Integer workMax = null;
        Integer calMax = null;
        for (RepliedRow r : rows) {
            // (received, replied]: the statutory clock starts the day after receipt (条例第三十一条, 民法典第二百零一条)
            int work = cal.workingDaysBetween(r.receivedOn(), r.repliedOn());
            int days = (int) Math.max(0, ChronoUnit.DAYS.between(r.receivedOn(), r.repliedOn()));
            workSum += work;
            calSum += days;
            workMax = workMax == null ? work : Math.max(workMax, work);
            calMax = calMax == null ? days : Math.max(calMax, days);
        }
        Double workAvg = rows.isEmpty() ? null : (double) workSum / rows.size();
        Double calAvg = rows.isEmpty() ? null : (double) calSum / rows.size();
        return new Requests(received, replied, sum(received), sum(replied), onTime, open, overdue, types, workAvg,
                workMax, calAvg, calMax);
    }

    /** A reply on or before the due date; a request ended while its clock stood still (no due date) was not late. */
    static boolean onTime(RepliedRow r) {
        return r.dueOn() == null || !r.repliedOn().isAfter(r.dueOn());
    }

    static Timeliness timeliness(List<PublishedRow> rows, WorkingCalendar cal) {
        long without = 0;
        List<LateItem> late = new ArrayList<>();
        for (PublishedRow r : rows) {
            if (r.writtenOn() == null) {
                without++;
            } else if (isLate(r, cal)) {
                late.add(new LateItem(r.id(), r.title(), r.indexNo(), r.agencyName(), r.writtenOn(), r.publishedOn(),
                        cal.workingDaysBetween(r.writtenOn(), r.publishedOn())));
            }
        }
        late.sort(Comparator.comparingInt(LateItem::workingDays).reversed().thenComparing(LateItem::id));
        return new Timeliness(rows.size(), without, List.copyOf(late));
    }

    /**
     * Late = published after the 20th working day following 成文日期. Comparing with the deadline, not
     * counting every day in between, keeps this cheap for items written years before they were published.
     */
    static boolean isLate(PublishedRow r, WorkingCalendar cal) {
        return r.publishedOn().isAfter(cal.addWorkingDays(r.writtenOn(), PROACTIVE_WORKING_DAYS));
    }

    static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
