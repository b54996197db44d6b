package org.gongkai.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyService;
import org.gongkai.agency.Officer;
import org.gongkai.catalog.Item;
import org.gongkai.catalog.ItemDraft;
import org.gongkai.catalog.ItemService;
import org.gongkai.catalog.Transition;
import org.gongkai.core.report.ApplicantColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.ApplicationTable;
import org.gongkai.core.report.ConsistencyChecks;
import org.gongkai.core.report.Narrative;
import org.gongkai.core.report.ProactiveTable;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReviewLitigationTable;
import org.gongkai.core.request.ApplicantType;
import org.gongkai.core.request.ReplyGround;
import org.gongkai.core.request.ReplyType;
import org.gongkai.core.review.Action;
import org.gongkai.core.review.ItemStatus;
import org.gongkai.core.review.Role;
import org.gongkai.platform.BadInputException;
import org.gongkai.platform.ConflictException;
import org.gongkai.platform.ForbiddenException;
import org.gongkai.platform.NotFoundException;
import org.gongkai.report.internal.ReportCodec;
import org.gongkai.report.internal.ReportQueries;
import org.gongkai.report.internal.ReportRepository;
import org.gongkai.report.web.ReportHtml;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report of any agency and year, from live data: tables 二 to 四 counted by {@link ReportQueries},
 * checked by the core's {@link ConsistencyChecks}; the narrative sections 一, 五, 六 drafted with the year's
 * figures and then the officer's text; figures the platform does not hold entered with their source.
 * Submitting freezes the tables and sends the report through the review chain as an item of the
 * agency's 年度报告 column; a report that fails a check cannot be submitted.
 */
@Service
public class AnnualReportService {

    public static final String OWN = "OWN";
    public static final String ROLLUP = "ROLLUP";
    static final int MAX_SECTION = 20_000;

    private final ReportRepository reports;
    private final ReportQueries queries;
    private final AgencyService agencies;
    private final ItemService items;
    private final ReportHtml html;
    private final Clock clock;

    public AnnualReportService(ReportRepository reports, ReportQueries queries, AgencyService agencies, ItemService items,
                               ReportHtml html, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.agencies = agencies;
        this.items = items;
        this.html = html;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    /** The report as an officer sees it (own agency, or the county administrator for any). */
    public AnnualReport report(String agencyCode, int year, String scope, Officer by) {
        Agency a = agency(agencyCode);
        if (by == null || !(by.agencyId() == a.id() || by.isCountyAdmin())) {
            throw new NotFoundException("agency.notFound", agencyCode);
        }
        return build(a, year, scope(scope));
    }

    /** The published (frozen) report, for anyone; empty when none is published. */
    public Optional<AnnualReport> published(String agencyCode, int year, String scope) {
        Agency a = agency(agencyCode);
        return reports.find(a.id(), year, scope(scope)).filter(r -> "PUBLISHED".equals(r.status()))
                .map(r -> build(a, year, r.scope()));
    }

    AnnualReport build(Agency a, int year, String scope) {
        ReportFormat format = format(year);
        Optional<ReportRepository.Row> row = reports.find(a.id(), year, scope);
        List<ReportRepository.Figure> figures = row.map(r -> reports.figures(r.id())).orElse(List.of());
        ReportCodec.Tables tables;
        boolean frozen = row.isPresent() && row.get().frozenJson() != null;
        ReportQueries.Agencies ids = queries.agencies(agencyIds(a, scope));
        if (frozen) {
            tables = ReportCodec.read(row.get().frozenJson());
        } else {
            tables = live(ids, year, format, figures);
        }
        String s1 = row.map(ReportRepository.Row::section1).orElse(null);
        String s5 = row.map(ReportRepository.Row::section5).orElse(null);
        String s6 = row.map(ReportRepository.Row::section6).orElse(null);
        if (s1 == null || s5 == null || s6 == null) {
            long[] fees = queries.feesPaid(ids, year);
            if (s1 == null) {
                ApplicationTable t = tables.applications();
                s1 = Narrative.overview(a.name(), year, queries.publishedByCategory(ids, year),
                        t.total(ApplicationRow.NEW_THIS_YEAR), t.total(ApplicationRow.TOTAL),
                        t.total(ApplicationRow.CARRIED_TO_NEXT_YEAR), fees[0]);
            }
            if (s5 == null) {
                s5 = Narrative.problems(year);
            }
            if (s6 == null) {
                s6 = Narrative.other(year, fees[0], fees[1]);
            }
        }
        String status = row.map(ReportRepository.Row::status).orElse("NOT_STARTED");
        LocalDate dueBy = dueBy(a, year);
        boolean late = !"PUBLISHED".equals(status) && LocalDate.now(clock).isAfter(dueBy);
        return new AnnualReport(a.id(), a.code(), a.name(), year, format, scope, status, tables.proactive(),
                tables.applications(), tables.appeals(),
                ConsistencyChecks.of(tables.applications(), tables.appeals()), s1, s5, s6, figures,
                row.map(ReportRepository.Row::itemId).orElse(null), frozen,
                row.map(ReportRepository.Row::version).orElse(0), dueBy, late);
    }

    /** 条例第四十九条 (one rule for the whole platform: the statistics module's report deadlines). */
    public static LocalDate dueBy(Agency a, int year) {
        return org.gongkai.statistics.ReportStatusService.deadline(a.kind(), year);
    }

    ReportCodec.Tables live(ReportQueries.Agencies ids, int year, ReportFormat format, List<ReportRepository.Figure> figures) {
        ApplicationTable.Builder apps = ApplicationTable.builder(format);
        for (ReportQueries.Count c : queries.receivedInYear(ids, year)) {
            apps.add(ApplicationRow.NEW_THIS_YEAR, column(c), c.n());
        }
        for (ReportQueries.Count c : queries.carriedIn(ids, year)) {
            apps.add(ApplicationRow.CARRIED_FROM_LAST_YEAR, column(c), c.n());
        }
        for (ReportQueries.Count c : queries.repliedInYear(ids, year)) {
            ReplyType type = ReplyType.valueOf(c.replyType());
            ReplyGround ground = c.ground() == null ? null : ReplyGround.valueOf(c.ground());
            apps.add(ApplicationRow.of(type, ground, format), column(c), c.n());
        }
        for (ReportQueries.Count c : queries.carriedOut(ids, year)) {
            apps.add(ApplicationRow.CARRIED_TO_NEXT_YEAR, column(c), c.n());
        }
        ReviewLitigationTable.Builder appeals = ReviewLitigationTable.builder();
        for (ReportQueries.Count c : queries.appeals(ids, year)) {
            appeals.add(ReviewLitigationTable.Kind.valueOf(c.replyType()), ReviewLitigationTable.Result.valueOf(c.ground()),
                    c.n());
        }
        ProactiveTable.Builder proactive = ProactiveTable.builder(format);
        long[] normative = queries.normativeDocuments(ids, year);
        if (format == ReportFormat.F2021) {
            proactive.set(ProactiveTable.ITEM_1, "行政规范性文件", "本年制发件数", normative[0]);
            proactive.set(ProactiveTable.ITEM_1, "行政规范性文件", "本年废止件数", normative[1]);
            proactive.set(ProactiveTable.ITEM_1, "行政规范性文件", "现行有效件数", normative[2]);
        } else {
            proactive.set(ProactiveTable.ITEM_1, "规范性文件", "本年新制作数量", normative[0]);
            proactive.set(ProactiveTable.ITEM_1, "规范性文件", "本年新公开数量", normative[0]);
            proactive.set(ProactiveTable.ITEM_1, "规范性文件", "对外公开总数量", normative[2]);
        }
        for (ReportRepository.Figure f : figures) {
            if (f.value().contains(".")) {
                proactive.set(f.block(), f.row(), f.column(), new BigDecimal(f.value()));
            } else {
                proactive.set(f.block(), f.row(), f.column(), Long.parseLong(f.value()));
            }
        }
        return new ReportCodec.Tables(format, proactive.build(), apps.build(), appeals.build());
    }

    private static ApplicantColumn column(ReportQueries.Count c) {
        return ApplicantColumn.of(ApplicantType.valueOf(c.applicantType()));
    }

    // ------------------------------------------------------------------ writing

    /** Saves the officer's text of sections 一, 五 and 六 (version guards against overwriting a colleague). */
    @Transactional
    public AnnualReport saveText(String agencyCode, int year, String scope, String s1, String s5, String s6,
                                 Integer version, Officer by) {
        Agency a = editable(agencyCode, by);
        String sc = scope(scope);
        format(year);
        check("section1", s1);
        check("section5", s5);
        check("section6", s6);
        Optional<ReportRepository.Row> row = reports.lock(a.id(), year, sc);
        if (row.isPresent()) {
            requireDraft(row.get());
            if (!reports.updateText(row.get().id(), s1.strip(), s5.strip(), s6.strip(),
                    version == null ? row.get().version() : version, by.displayName(), clock.instant())) {
                throw new ConflictException("report.changedMeanwhile");
            }
        } else {
            reports.insert(a.id(), year, sc, s1.strip(), s5.strip(), s6.strip(), by.displayName(), clock.instant());
        }
        return build(a, year, sc);
    }

    /** Enters a figure the platform does not hold (e.g. 行政许可 decisions, 行政事业性收费 in 万元), with its source. */
    @Transactional
    public AnnualReport enterFigure(String agencyCode, int year, String scope, String block, String rowLabel,
                                    String column, String value, String source, Officer by) {
        Agency a = editable(agencyCode, by);
        String sc = scope(scope);
        ReportFormat format = format(year);
        if (source == null || source.isBlank()) {
            throw new BadInputException("source", "report.figure.source.required");
        }
        String v = value == null ? "" : value.strip();
        try {
            ProactiveTable.Builder probe = ProactiveTable.builder(format);
            if (v.contains(".")) {
                probe.set(block, rowLabel, column, new BigDecimal(v));
            } else {
                probe.set(block, rowLabel, column, Long.parseLong(v));
            }
        } catch (NumberFormatException e) {
            throw new BadInputException("value", "report.figure.value.invalid", v);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("value", "report.figure.cell.invalid", block + " / " + rowLabel + " / " + column,
                    e.getMessage());
        }
        long id = reports.lock(a.id(), year, sc).map(r -> {
            requireDraft(r);
            return r.id();
        }).orElseGet(() -> {
            AnnualReport draft = build(a, year, sc);
            return reports.insert(a.id(), year, sc, draft.section1(), draft.section5(), draft.section6(),
                    by.displayName(), clock.instant());
        });
        reports.putFigure(id, new ReportRepository.Figure(block, rowLabel, column, v, source.strip(), by.displayName(),
                clock.instant()));
        return build(a, year, sc);
    }

    /**
     * Submits the report for review: refused while a consistency check fails; the tables are frozen, and
     * the report goes into the agency's 年度报告 column as an item through 审核 → 保密审查 → 签发.
     */
    @Transactional
    public AnnualReport submit(String agencyCode, int year, String scope, Officer by) {
        Agency a = editable(agencyCode, by);
        if (!by.has(Role.DRAFTER)) {
            throw new ForbiddenException("report.submit.drafterRequired");
        }
        String sc = scope(scope);
        AnnualReport report = build(a, year, sc);
        if (!report.consistent()) {
            throw new ConflictException("report.inconsistent", report.checks().stream()
                    .filter(c -> !c.holds()).findFirst().map(ConsistencyChecks.CheckResult::rule).orElse(""));
        }
        ReportRepository.Row row = reports.lock(a.id(), year, sc).orElseGet(() -> {
            long id = reports.insert(a.id(), year, sc, report.section1(), report.section5(), report.section6(),
                    by.displayName(), clock.instant());
            return reports.find(a.id(), year, sc).filter(r -> r.id() == id).orElseThrow();
        });
        requireDraft(row);
        String body = html.body(report) + html.downloads(report);
        ItemDraft draft = new ItemDraft("NDBG", report.title(), null, LocalDate.now(clock), "综合政务\\政务公开",
                "报告", false, null, null, null, null, report.title(), body, null);
        long itemId;
        if (row.itemId() != null && items.get(row.itemId(), by).status() == ItemStatus.DRAFT) {
            Item item = items.update(row.itemId(), draft, null, by);
            itemId = item.id();
        } else {
            itemId = items.create(a.code(), draft, by).id();
        }
        items.transition(itemId, Transition.of(Action.SUBMIT, null), by);
        reports.submitted(row.id(), itemId, ReportCodec.write(new ReportCodec.Tables(report.format(), report.proactive(),
                report.applications(), report.appeals())), by.displayName(), clock.instant());
        return build(a, year, sc);
    }

    /** When the reviewers send the item back, the report is a draft again with live tables. */
    @Transactional
    public AnnualReport reopen(String agencyCode, int year, String scope, Officer by) {
        Agency a = editable(agencyCode, by);
        String sc = scope(scope);
        ReportRepository.Row row = reports.lock(a.id(), year, sc).orElseThrow(
                () -> new NotFoundException("report.notFound"));
        if (!"SUBMITTED".equals(row.status()) || row.itemId() == null
                || items.get(row.itemId(), by).status() != ItemStatus.DRAFT) {
            throw new ConflictException("report.reopen.notReturned");
        }
        reports.reopened(row.id(), clock.instant());
        return build(a, year, sc);
    }

    /** Called when the report's item is published (or withdrawn). */
    @Transactional
    public void itemPublished(long itemId) {
        reports.byItem(itemId).ifPresent(r -> reports.setStatus(r.id(), "PUBLISHED", clock.instant()));
    }

    @Transactional
    public void itemWithdrawn(long itemId) {
        reports.byItem(itemId).ifPresent(r -> reports.reopened(r.id(), clock.instant()));
    }

    // ------------------------------------------------------------------ county overview

    /** Every agency's report status for a year (county administrator), late ones flagged. */
    public List<StatusLine> statuses(int year, Officer by) {
        if (!by.isCountyAdmin()) {
            throw new ForbiddenException("error.forbidden.countyAdmin");
        }
        return statusLines(year);
    }

    public List<StatusLine> statusLines(int year) {
        Map<Long, String> byAgency = new java.util.HashMap<>();
        for (ReportRepository.Row r : reports.ofYear(year)) {
            if (OWN.equals(r.scope()) || !byAgency.containsKey(r.agencyId())) {
                byAgency.put(r.agencyId(), r.status());
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<StatusLine> out = new ArrayList<>();
        for (Agency a : agencies.all()) {
            String status = byAgency.getOrDefault(a.id(), "NOT_STARTED");
            LocalDate due = dueBy(a, year);
            out.add(new StatusLine(a.code(), a.name(), status, due, !"PUBLISHED".equals(status) && today.isAfter(due)));
        }
        return out;
    }

    public record StatusLine(String agencyCode, String agencyName, String status, LocalDate dueBy, boolean late) {
    }

    // ------------------------------------------------------------------ helpers

    private Agency agency(String code) {
        return agencies.byCode(code == null ? "" : code.strip())
                .orElseThrow(() -> new NotFoundException("agency.notFound", code));
    }

    private Agency editable(String code, Officer by) {
        Agency a = agency(code);
        if (by == null || by.agencyId() != a.id()) {
            throw by != null && by.isCountyAdmin() ? new ForbiddenException("report.edit.ownAgency")
                    : new NotFoundException("agency.notFound", code);
        }
        if (!(by.has(Role.DRAFTER) || by.has(Role.AGENCY_ADMIN))) {
            throw new ForbiddenException("report.edit.forbidden");
        }
        return a;
    }

    private static void requireDraft(ReportRepository.Row row) {
        if (!"DRAFT".equals(row.status())) {
            throw new ConflictException("report.notDraft");
        }
    }

    private static String scope(String scope) {
        if (scope == null || scope.isBlank() || OWN.equalsIgnoreCase(scope)) {
            return OWN;
        }
        if (ROLLUP.equalsIgnoreCase(scope)) {
            return ROLLUP;
        }
        throw new BadInputException("scope", "report.scope.invalid", scope);
    }

    private ReportFormat format(int year) {
        int latest = LocalDate.now(clock).getYear();
        if (year < ReportFormat.FIRST_YEAR || year > latest) {
            throw new BadInputException("year", "report.year.range", ReportFormat.FIRST_YEAR, latest);
        }
        return ReportFormat.forYear(year);
    }

    private static void check(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException(field, "report.section.required");
        }
        if (text.length() > MAX_SECTION) {
            throw new BadInputException(field, "request.field.tooLong", MAX_SECTION);
        }
    }

    /** The agency and, for the roll-up, every agency below it. */
    List<Long> agencyIds(Agency a, String scope) {
        List<Long> ids = new ArrayList<>();
        ids.add(a.id());
        if (ROLLUP.equals(scope)) {
            List<Agency> frontier = new ArrayList<>(List.of(a));
            while (!frontier.isEmpty()) {
                List<Agency> next = new ArrayList<>();
                for (Agency x : frontier) {
                    for (Agency child : agencies.children(x.id())) {
                        ids.add(child.id());
                        next.add(child);
                    }
                }
                frontier = next;
            }
        }
        return ids;
    }
}
