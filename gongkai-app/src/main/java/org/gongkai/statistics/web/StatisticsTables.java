package org.gongkai.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.core.request.ReplyType;
import org.gongkai.platform.web.UserMessages;
import org.gongkai.platform.web.ViewFormat;
import org.gongkai.statistics.AgencyStatistics;
import org.gongkai.statistics.AgencyStatistics.CategoryRow;
import org.gongkai.statistics.AgencyStatistics.LateItem;
import org.gongkai.statistics.Indicator;
import org.gongkai.statistics.Ranking;
import org.gongkai.statistics.ReportStatusRow;
import org.gongkai.statistics.web.StatTable.Cell;
import org.springframework.stereotype.Component;

/**
 * Turns the statistics into the tables shown under each chart and offered as CSV, with Chinese
 * headers from the message bundle. Charts are drawn from the same numbers ({@link StatisticsController}).
 */
@Component
class StatisticsTables {

    static final String ITEMS = "items";
    static final String REQUESTS = "requests";
    static final String REQUEST_SUMMARY = "request-summary";
    static final String REPLY_TYPES = "reply-types";
    static final String TIMELINESS = "timeliness";
    static final String LATE_ITEMS = "late-items";

    private final UserMessages messages;
    private final ViewFormat format;

    StatisticsTables(UserMessages messages, ViewFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** The dashboard's tables by id (the id is also the CSV's name). */
    Map<String, StatTable> dashboard(AgencyStatistics s) {
        Map<String, StatTable> tables = new LinkedHashMap<>();
        tables.put(ITEMS, items(s));
        tables.put(REQUESTS, requests(s));
        tables.put(REQUEST_SUMMARY, requestSummary(s));
        tables.put(REPLY_TYPES, replyTypes(s));
        tables.put(TIMELINESS, timeliness(s));
        tables.put(LATE_ITEMS, lateItems(s));
        return tables;
    }

    List<String> monthLabels() {
        List<String> labels = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            labels.add(t("statistics.month", Integer.toString(m)));
        }
        return labels;
    }

    private StatTable items(AgencyStatistics s) {
        List<String> headers = new ArrayList<>();
        headers.add(t("statistics.col.category"));
        headers.addAll(monthLabels());
        headers.add(t("statistics.col.total"));
        List<List<Cell>> rows = new ArrayList<>();
        for (CategoryRow c : s.items().categories()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(c.name()));
            for (long v : c.byMonth()) {
                row.add(Cell.number(v));
            }
            row.add(Cell.number(c.total()));
            rows.add(row);
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.text(t("statistics.col.total")));
        for (long v : s.items().byMonth()) {
            total.add(Cell.number(v));
        }
        total.add(Cell.number(s.items().total()));
        rows.add(total);
        return new StatTable(ITEMS, t("statistics.items.table"), headers, rows);
    }

    private StatTable requests(AgencyStatistics s) {
        List<String> months = monthLabels();
        List<List<Cell>> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            rows.add(List.of(Cell.text(months.get(m)), Cell.number(s.requests().receivedByMonth()[m]),
                    Cell.number(s.requests().repliedByMonth()[m])));
        }
        rows.add(List.of(Cell.text(t("statistics.col.total")), Cell.number(s.requests().received()),
                Cell.number(s.requests().replied())));
        return new StatTable(REQUESTS, t("statistics.requests.table"),
                List.of(t("statistics.col.month"), t("statistics.col.received"), t("statistics.col.replied")), rows);
    }

    private StatTable requestSummary(AgencyStatistics s) {
        AgencyStatistics.Requests r = s.requests();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(pair("statistics.requests.received", r.received()));
        rows.add(pair("statistics.requests.replied", r.replied()));
        rows.add(pair("statistics.requests.repliedOnTime", r.repliedOnTime()));
        rows.add(List.of(Cell.text(t("statistics.requests.onTimePercent")),
                Cell.number(percent(r.replied() == 0 ? null : 100.0 * r.repliedOnTime() / r.replied()))));
        rows.add(pair("statistics.requests.openNow", r.openNow()));
        rows.add(pair("statistics.requests.overdueNow", r.overdueNow()));
        rows.add(List.of(Cell.text(t("statistics.requests.avgWorking")), Cell.number(decimal(r.averageWorkingDays()))));
        rows.add(List.of(Cell.text(t("statistics.requests.maxWorking")), Cell.number(orDash(r.longestWorkingDays()))));
        rows.add(List.of(Cell.text(t("statistics.requests.avgCalendar")), Cell.number(decimal(r.averageCalendarDays()))));
        rows.add(List.of(Cell.text(t("statistics.requests.maxCalendar")), Cell.number(orDash(r.longestCalendarDays()))));
        return new StatTable(REQUEST_SUMMARY, t("statistics.requests.summaryTable", format.date(s.asOf())),
                List.of(t("statistics.col.indicator"), t("statistics.col.value")), rows);
    }

    private StatTable replyTypes(AgencyStatistics s) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Map.Entry<ReplyType, Long> e : s.requests().replyTypes().entrySet()) {
            rows.add(List.of(Cell.text(t("replyType." + e.getKey().name())), Cell.number(e.getValue())));
        }
        rows.add(List.of(Cell.text(t("statistics.col.total")), Cell.number(s.requests().replied())));
        return new StatTable(REPLY_TYPES, t("statistics.replyTypes.table"),
                List.of(t("statistics.col.replyType"), t("statistics.col.count")), rows);
    }

    private StatTable timeliness(AgencyStatistics s) {
        AgencyStatistics.Timeliness tl = s.timeliness();
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(pair("statistics.timeliness.published", tl.published()));
        rows.add(pair("statistics.timeliness.withoutWrittenOn", tl.withoutWrittenOn()));
        rows.add(pair("statistics.timeliness.assessed", tl.assessed()));
        rows.add(pair("statistics.timeliness.late", tl.late()));
        rows.add(List.of(Cell.text(t("statistics.timeliness.onTimePercent")), Cell.number(percent(tl.onTimePercent()))));
        return new StatTable(TIMELINESS, t("statistics.timeliness.table"),
                List.of(t("statistics.col.indicator"), t("statistics.col.value")), rows);
    }

    private StatTable lateItems(AgencyStatistics s) {
        List<String> headers = new ArrayList<>(List.of(t("statistics.col.title"), t("statistics.col.indexNo")));
        if (s.scope().isCounty()) {
            headers.add(t("statistics.col.agency"));
        }
        headers.addAll(List.of(t("statistics.col.writtenOn"), t("statistics.col.publishedOn"),
                t("statistics.col.workingDays")));
        List<List<Cell>> rows = new ArrayList<>();
        for (LateItem i : s.timeliness().lateItems()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.link(i.title(), "/admin/items/" + i.id()), Cell.text(i.indexNo())));
            if (s.scope().isCounty()) {
                row.add(Cell.text(i.agencyName()));
            }
            row.addAll(List.of(Cell.text(format.date(i.writtenOn())), Cell.text(format.date(i.publishedOn())),
                    Cell.number(i.workingDays())));
            rows.add(row);
        }
        return new StatTable(LATE_ITEMS, t("statistics.lateItems.table"), headers, rows);
    }

    StatTable ranking(Ranking r) {
        List<String> headers = new ArrayList<>(List.of(t("statistics.col.rank"), t("statistics.col.agency")));
        headers.addAll(List.of(t("statistics.ranking.col.itemsPublished"), t("statistics.ranking.col.itemsOnTime"),
                t("statistics.ranking.col.requestsOnTime"), t("statistics.ranking.col.overdue"),
                t("statistics.ranking.col.report")));
        for (Indicator i : Indicator.values()) {
            headers.add(t("statistics.ranking.col.score", t("statistics.indicator." + i.name())));
        }
        headers.add(t("statistics.ranking.col.weighted"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Ranking.Row row : r.rows()) {
            var f = row.indicators();
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.number(row.rank()));
            cells.add(Cell.text(f.agency().name()));
            cells.add(Cell.number(f.itemsPublished()));
            cells.add(Cell.number(percent(f.itemsOnTimePercent())));
            cells.add(Cell.number(percent(f.requestsOnTimePercent())));
            cells.add(Cell.number(f.overdueNow()));
            cells.add(f.report() == null ? Cell.text("—") : Cell.alert(reportText(f.report()), f.report().late()));
            for (Indicator i : Indicator.values()) {
                cells.add(Cell.number(decimal(row.scoreOf(i))));
            }
            cells.add(Cell.number(String.format(Locale.ROOT, "%.2f", row.score())));
            rows.add(cells);
        }
        return new StatTable("ranking", t("statistics.ranking.table", Integer.toString(r.year())), headers, rows);
    }

    StatTable reports(int year, List<ReportStatusRow> rows) {
        List<List<Cell>> out = new ArrayList<>();
        for (ReportStatusRow r : rows) {
            out.add(List.of(Cell.text(r.agencyName()), Cell.text(t("agency.kind." + r.kind().name())),
                    Cell.text(t("statistics.report.status." + r.status())), Cell.text(format.date(r.deadline())),
                    Cell.text(format.date(r.publishedOn())), Cell.alert(reportText(r), r.late())));
        }
        return new StatTable("reports", t("statistics.reports.table", Integer.toString(year)),
                List.of(t("statistics.col.agency"), t("statistics.col.kind"), t("statistics.col.reportStatus"),
                        t("statistics.col.deadline"), t("statistics.col.reportPublishedOn"), t("statistics.col.late")),
                out);
    }

    /** 已按时公开 / 逾期未公开 / 逾期公开 / 未到期. */
    String reportText(ReportStatusRow r) {
        if (r.published()) {
            return r.late() ? t("statistics.report.publishedLate") : t("statistics.report.onTime");
        }
        return r.late() ? t("statistics.report.overdue") : t("statistics.report.notDue");
    }

    private List<Cell> pair(String key, long value) {
        return List.of(Cell.text(t(key)), Cell.number(value));
    }

    static String percent(Double p) {
        return p == null ? "—" : String.format(Locale.ROOT, "%.1f", p);
    }

    static String decimal(Double d) {
        return d == null ? "—" : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String orDash(Integer n) {
        return n == null ? "—" : n.toString();
    }

    private String t(String key, Object... args) {
        return messages.text(key, args);
    }
}
