package org.gongkai.statistics.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.core.request.ReplyType;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.platform.web.UserMessages;
import org.gongkai.statistics.AgencyStatistics;
import org.gongkai.statistics.Indicator;
import org.gongkai.statistics.Ranking;
import org.gongkai.statistics.RankingService;
import org.gongkai.statistics.RankingWeights;
import org.gongkai.statistics.ReportStatusRow;
import org.gongkai.statistics.ReportStatusService;
import org.gongkai.statistics.StatisticsScope;
import org.gongkai.statistics.StatisticsService;
import org.gongkai.statistics.web.SvgCharts.Bar;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 统计: the dashboard (own agency; the county administrator any agency or the whole county), the
 * assessment ranking with its weights form and the annual reports' status (county administrator), and a
 * CSV of every table. Who may see what is the services' decision; this class only lays the numbers out.
 */
@Controller
class StatisticsController {

    /** Late items listed on the page; the CSV has them all. */
    static final int LATE_ITEMS_ON_PAGE = 20;
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final StatisticsService statistics;
    private final RankingService ranking;
    private final ReportStatusService reports;
    private final AgencyService agencies;
    private final StatisticsTables tables;
    private final UserMessages messages;

    StatisticsController(StatisticsService statistics, RankingService ranking, ReportStatusService reports,
                         AgencyService agencies, StatisticsTables tables, UserMessages messages) {
        this.statistics = statistics;
        this.ranking = ranking;
        this.reports = reports;
        this.agencies = agencies;
        this.tables = tables;
        this.messages = messages;
    }

    // ------------------------------------------------------------------ dashboard

    @GetMapping("/admin/statistics")
    String dashboard(@RequestParam(required = false) String agency, @RequestParam(required = false) Integer year,
                     Officer officer, Model model) {
        StatisticsScope scope = statistics.scope(officer, agency);
        int y = statistics.year(year);
        AgencyStatistics s = statistics.statistics(scope, y);
        Map<String, StatTable> t = tables.dashboard(s);
        model.addAttribute("s", s);
        model.addAttribute("year", Integer.toString(y));
        model.addAttribute("years", statistics.years());
        model.addAttribute("scopeName", scopeName(scope));
        model.addAttribute("agencyParam", scope.isCounty() ? "" : scope.agencyCode());
        model.addAttribute("agencies", officer.isCountyAdmin() ? agencies.all() : List.of());
        model.addAttribute("tables", t);
        model.addAttribute("lateOnPage", Math.min(LATE_ITEMS_ON_PAGE, s.timeliness().lateItems().size()));
        model.addAttribute("charts", charts(s, scopeName(scope), y));
        return "statistics/dashboard";
    }

    @GetMapping("/admin/statistics/{table:[a-z-]+}.csv")
    ResponseEntity<byte[]> dashboardCsv(@PathVariable String table, @RequestParam(required = false) String agency,
                                        @RequestParam(required = false) Integer year, Officer officer) {
        StatisticsScope scope = statistics.scope(officer, agency);
        int y = statistics.year(year);
        StatTable t = tables.dashboard(statistics.statistics(scope, y)).get(table);
        if (t == null) {
            throw new NotFoundException("statistics.table.notFound", table);
        }
        return csv(t, "statistics-" + (scope.isCounty() ? "county" : scope.agencyCode()) + "-" + y + "-" + table);
    }

    /** A chart and its title, shown above it for sighted readers (the SVG carries it for screen readers). */
    record Chart(String title, String svg) {
    }

    /** The dashboard's charts, keyed by the section that shows them. */
    private Map<String, Chart> charts(AgencyStatistics s, String scopeName, int year) {
        List<String> months = tables.monthLabels();
        String y = Integer.toString(year);
        Map<String, Chart> charts = new java.util.LinkedHashMap<>();
        charts.put("itemsByMonth", chart(true, "chart-items-month", t("statistics.chart.itemsByMonth", scopeName, y),
                t("statistics.chart.itemsByMonth.desc", Long.toString(s.items().total())), monthBars(months, s.items().byMonth())));
        List<Bar> categories = s.items().categories().stream().map(c -> new Bar(c.name(), c.total())).toList();
        charts.put("itemsByCategory", chart(false, "chart-items-category",
                t("statistics.chart.itemsByCategory", scopeName, y),
                t("statistics.chart.itemsByCategory.desc", Integer.toString(categories.size())), categories));
        charts.put("requestsByMonth", chart(true, "chart-requests-month",
                t("statistics.chart.requestsByMonth", scopeName, y),
                t("statistics.chart.requestsByMonth.desc", Long.toString(s.requests().received())),
                monthBars(months, s.requests().receivedByMonth())));
        List<Bar> types = new ArrayList<>();
        for (Map.Entry<ReplyType, Long> e : s.requests().replyTypes().entrySet()) {
            types.add(new Bar(t("replyType." + e.getKey().name()), e.getValue()));
        }
        charts.put("replyTypes", chart(false, "chart-reply-types", t("statistics.chart.replyTypes", scopeName, y),
                t("statistics.chart.replyTypes.desc", Long.toString(s.requests().replied())), types));
        return charts;
    }

    private static Chart chart(boolean columns, String id, String title, String description, List<Bar> bars) {
        return new Chart(title, columns ? SvgCharts.columns(id, title, description, bars)
                : SvgCharts.bars(id, title, description, bars));
    }

    private static List<Bar> monthBars(List<String> labels, long[] values) {
        List<Bar> bars = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            bars.add(new Bar(labels.get(m), values[m]));
        }
        return bars;
    }

    private String scopeName(StatisticsScope scope) {
        return scope.isCounty() ? t("statistics.scope.county") : scope.agencyName();
    }

    // ------------------------------------------------------------------ ranking (晾晒)

    @GetMapping("/admin/statistics/ranking")
    String ranking(@RequestParam(required = false) Integer year, Officer officer, Model model) {
        int y = statistics.year(year);
        Ranking r = ranking.ranking(y, officer);
        RankingWeights w = r.weights();
        Map<Indicator, String> form = new EnumMap<>(Indicator.class);
        w.weights().forEach((i, v) -> form.put(i, Integer.toString(v)));
        fillRanking(model, r, form);
        return "statistics/ranking";
    }

    @PostMapping("/admin/statistics/ranking/weights")
    Object saveWeights(@RequestParam Map<String, String> params, @RequestParam(required = false) Integer year,
                       Officer officer, Model model, RedirectAttributes redirect) {
        if (!officer.isCountyAdmin()) {
            throw new ForbiddenException("statistics.forbidden.county");
        }
        int y = statistics.year(year);
        Map<Indicator, String> typed = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            typed.put(i, params.get(RankingService.field(i)));
        }
        try {
            ranking.saveWeights(typed, officer);
            redirect.addFlashAttribute("notice", t("statistics.weights.saved"));
            redirect.addAttribute("year", Integer.toString(y));
            return "redirect:/admin/statistics/ranking";
        } catch (BadInputException e) {
            model.addAttribute("problem", messages.problem(e));
            fillRanking(model, ranking.ranking(y, officer), typed);
            return new ModelAndView("statistics/ranking", model.asMap(), HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping("/admin/statistics/ranking.csv")
    ResponseEntity<byte[]> rankingCsv(@RequestParam(required = false) Integer year, Officer officer) {
        int y = statistics.year(year);
        return csv(tables.ranking(ranking.ranking(y, officer)), "statistics-ranking-" + y);
    }

    private void fillRanking(Model model, Ranking r, Map<Indicator, String> form) {
        model.addAttribute("ranking", r);
        model.addAttribute("year", Integer.toString(r.year()));
        model.addAttribute("reportYear", Integer.toString(r.reportYear()));
        model.addAttribute("years", statistics.years());
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute("form", form);
        model.addAttribute("table", tables.ranking(r));
        List<Bar> bars = r.rows().stream()
                .map(row -> new Bar(row.indicators().agency().displayShortName(), Math.round(row.score()))).toList();
        model.addAttribute("chart", SvgCharts.bars("chart-ranking", t("statistics.chart.ranking", Integer.toString(r.year())),
                t("statistics.chart.ranking.desc", Integer.toString(bars.size())), bars));
    }

    // ------------------------------------------------------------------ annual reports

    @GetMapping("/admin/statistics/reports")
    String reports(@RequestParam(required = false) Integer year, Officer officer, Model model) {
        int y = reportYear(year);
        List<ReportStatusRow> rows = reports.rows(y, officer);
        model.addAttribute("year", Integer.toString(y));
        model.addAttribute("years", statistics.years());
        model.addAttribute("rows", rows);
        model.addAttribute("lateCount", rows.stream().filter(ReportStatusRow::late).count());
        model.addAttribute("publishedCount", rows.stream().filter(ReportStatusRow::published).count());
        model.addAttribute("table", tables.reports(y, rows));
        return "statistics/reports";
    }

    @GetMapping("/admin/statistics/reports.csv")
    ResponseEntity<byte[]> reportsCsv(@RequestParam(required = false) Integer year, Officer officer) {
        int y = reportYear(year);
        return csv(tables.reports(y, reports.rows(y, officer)), "statistics-reports-" + y);
    }

    /** Without a year: last year's reports, the ones due (31 January / 31 March) in the current year. */
    private int reportYear(Integer year) {
        return year == null ? statistics.today().getYear() - 1 : statistics.year(year);
    }

    // ------------------------------------------------------------------ helpers

    private static ResponseEntity<byte[]> csv(StatTable table, String name) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(CsvWriter.write(table));
    }

    private String t(String key, Object... args) {
        return messages.text(key, args);
    }
}
