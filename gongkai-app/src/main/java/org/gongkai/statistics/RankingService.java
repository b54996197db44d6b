package org.gongkai.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.calendar.HolidayCalendar;
import org.gongkai.core.calendar.WorkingCalendar;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ClockConfig;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.statistics.internal.RankingWeightRepository;
import org.gongkai.statistics.internal.StatisticsQueries;
import org.gongkai.statistics.internal.StatisticsQueries.PublishedRow;
import org.gongkai.statistics.internal.StatisticsQueries.RepliedRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's assessment ranking (晾晒) without a spreadsheet: each agency's indicators for a year,
 * each normalised to 0–100 ({@link #scores}), combined with the weights the county administrator sets.
 * The county government itself (the root agency) runs the assessment and is not ranked.
 */
@Service
@Transactional(readOnly = true)
public class RankingService {

    public static final int MAX_WEIGHT = 100;

    private final StatisticsQueries queries;
    private final RankingWeightRepository weights;
    private final AgencyService agencies;
    private final ReportStatusService reports;
    private final HolidayCalendar calendar;
    private final Clock clock;

    public RankingService(StatisticsQueries queries, RankingWeightRepository weights, AgencyService agencies,
                          ReportStatusService reports, HolidayCalendar calendar, Clock clock) {
        this.queries = queries;
        this.weights = weights;
        this.agencies = agencies;
        this.reports = reports;
        this.calendar = calendar;
        this.clock = clock;
    }

    public RankingWeights weights() {
        Map<Indicator, Integer> values = new EnumMap<>(Indicator.class);
        Instant at = null;
        String by = null;
        for (var e : weights.all().entrySet()) {
            Indicator i;
            try {
                i = Indicator.valueOf(e.getKey());
            } catch (IllegalArgumentException retired) {
                continue; // a row of an indicator no longer computed
            }
            values.put(i, e.getValue().weight());
            if (at == null || e.getValue().updatedAt().isAfter(at)) {
                at = e.getValue().updatedAt();
                by = e.getValue().updatedBy();
            }
        }
        for (Indicator i : Indicator.values()) {
            values.putIfAbsent(i, 0);
        }
        return new RankingWeights(values, at, by);
    }

    /**
     * Sets the weights as typed on the form (county administrator only). Each must be a whole number
     * from 0 to 100 and at least one above 0; on any problem nothing is saved.
     */
    @Transactional
    public RankingWeights saveWeights(Map<Indicator, String> typed, Officer by) {
        requireCounty(by);
        Map<Indicator, Integer> parsed = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            String raw = typed.get(i) == null ? "" : typed.get(i).strip();
            String field = field(i);
            if (raw.isEmpty()) {
                throw new BadInputException(field, "statistics.weight.required");
            }
            int value;
            try {
                value = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new BadInputException(field, "statistics.weight.range", Integer.toString(MAX_WEIGHT));
            }
            if (value < 0 || value > MAX_WEIGHT) {
                throw new BadInputException(field, "statistics.weight.range", Integer.toString(MAX_WEIGHT));
            }
            parsed.put(i, value);
        }
        if (parsed.values().stream().allMatch(v -> v == 0)) {
            throw new BadInputException(field(Indicator.values()[0]), "statistics.weight.allZero");
        }
        Instant now = clock.instant();
        parsed.forEach((i, v) -> weights.save(i.name(), v, now, by.username()));
        return weights();
    }

    /** The form field (and page anchor) of an indicator's weight. */
    public static String field(Indicator i) {
        return "weight-" + i.name();
    }

    public Ranking ranking(int year, Officer by) {
        requireCounty(by);
        return ranking(year);
    }

    Ranking ranking(int year) {
        List<AgencyIndicators> figures = indicators(year);
        RankingWeights w = weights();
        List<Map<Indicator, Double>> scores = scores(figures);
        List<Ranking.Row> unranked = new ArrayList<>();
        for (int k = 0; k < figures.size(); k++) {
            unranked.add(new Ranking.Row(0, figures.get(k), scores.get(k), weighted(scores.get(k), w)));
        }
        // stable sort: equal scores keep the agencies' own order (kind, then sort order)
        unranked.sort(Comparator.comparingDouble((Ranking.Row r) -> -rounded(r.score())));
        List<Ranking.Row> rows = new ArrayList<>();
        int rank = 0;
        for (int k = 0; k < unranked.size(); k++) {
            Ranking.Row r = unranked.get(k);
            if (k == 0 || rounded(r.score()) != rounded(unranked.get(k - 1).score())) {
                rank = k + 1;
            }
            rows.add(new Ranking.Row(rank, r.indicators(), r.scores(), r.score()));
        }
        return new Ranking(year, year - 1, w, rows);
    }

    /** Every ranked agency's raw figures for {@code year}, from three county-wide queries. */
    public List<AgencyIndicators> indicators(int year) {
        WorkingCalendar cal = calendar.current();
        LocalDate today = LocalDate.now(clock.withZone(ClockConfig.ZONE));
        Map<Long, long[]> items = new HashMap<>(); // published, assessed, late
        for (PublishedRow r : queries.published(null, year)) {
            long[] c = items.computeIfAbsent(r.agencyId(), k -> new long[3]);
            c[0]++;
            if (r.writtenOn() != null) {
                c[1]++;
                if (StatisticsService.isLate(r, cal)) {
                    c[2]++;
                }
            }
        }
        Map<Long, long[]> replies = new HashMap<>(); // replied, on time
        for (RepliedRow r : queries.replied(null, year)) {
            long[] c = replies.computeIfAbsent(r.agencyId(), k -> new long[2]);
            c[0]++;
            if (StatisticsService.onTime(r)) {
                c[1]++;
            }
        }
        Map<Long, long[]> open = queries.openAndOverdue(null, today);
        // the report due in the assessment year is the one on the year before (条例第四十九条)
        Map<Long, ReportStatusRow> reportRows = new HashMap<>();
        reports.rows(year - 1).forEach(r -> reportRows.put(r.agencyId(), r));
        List<AgencyIndicators> result = new ArrayList<>();
        for (Agency a : agencies.all()) {
            if (a.parentId() == null) {
                continue;
            }
            long[] it = items.getOrDefault(a.id(), new long[3]);
            long[] re = replies.getOrDefault(a.id(), new long[2]);
            long overdue = open.getOrDefault(a.id(), new long[2])[1];
            result.add(new AgencyIndicators(a, it[0], it[1], it[2], re[0], re[1], overdue, reportRows.get(a.id())));
        }
        return result;
    }

    /**
     * Each indicator on 0–100: counts relative to the agency with most (more published is better, more
     * overdue is worse); shares as percentages, with full marks where there was nothing to judge (no
     * request, no dated item — the assessment's usual 无此项不扣分); the annual report 100 unless late.
     */
    static List<Map<Indicator, Double>> scores(List<AgencyIndicators> figures) {
        long maxItems = figures.stream().mapToLong(AgencyIndicators::itemsPublished).max().orElse(0);
        long maxOverdue = figures.stream().mapToLong(AgencyIndicators::overdueNow).max().orElse(0);
        List<Map<Indicator, Double>> all = new ArrayList<>();
        for (AgencyIndicators f : figures) {
            Map<Indicator, Double> s = new EnumMap<>(Indicator.class);
            s.put(Indicator.ITEMS_PUBLISHED, maxItems == 0 ? 0.0 : 100.0 * f.itemsPublished() / maxItems);
            s.put(Indicator.ITEMS_ON_TIME, f.itemsOnTimePercent() == null ? 100.0 : f.itemsOnTimePercent());
            s.put(Indicator.REQUESTS_ON_TIME, f.requestsOnTimePercent() == null ? 100.0 : f.requestsOnTimePercent());
            s.put(Indicator.REQUESTS_OVERDUE, maxOverdue == 0 ? 100.0 : 100.0 * (maxOverdue - f.overdueNow()) / maxOverdue);
            s.put(Indicator.REPORT_ON_TIME, f.report() != null && f.report().late() ? 0.0 : 100.0);
            all.add(s);
        }
        return all;
    }

    /** The weighted mean of the scores, so the result stays on 0–100 whatever the weights add up to. */
    static double weighted(Map<Indicator, Double> scores, RankingWeights w) {
        int total = w.total();
        if (total == 0) {
            return 0;
        }
        double sum = 0;
        for (Indicator i : Indicator.values()) {
            sum += w.of(i) * scores.getOrDefault(i, 0.0);
        }
        return sum / total;
    }

    /** Scores compared as shown (two decimals), so agencies that look equal share a rank. */
    private static double rounded(double score) {
        return Math.round(score * 100) / 100.0;
    }

    private static void requireCounty(Officer by) {
        if (by == null || !by.isCountyAdmin()) {
            throw new ForbiddenException("statistics.forbidden.county");
        }
    }
}
