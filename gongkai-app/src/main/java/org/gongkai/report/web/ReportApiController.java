package org.gongkai.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Officer;
import org.gongkai.core.report.ApplicantColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.ConsistencyChecks;
import org.gongkai.core.report.ProactiveTable;
import org.gongkai.core.report.ReviewLitigationTable;
import org.gongkai.core.report.Sections;
import org.gongkai.platform.NotFoundException;
import org.gongkai.report.AnnualReport;
import org.gongkai.report.AnnualReportService;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report's tables as JSON whose keys are the official labels exactly as the national format
 * writes them (regulations.md §3), plus each consistency rule and whether it holds. Public for a
 * published report; a signed-in officer of the agency (or the county) also gets the live draft.
 */
@RestController
@Tag(name = "年度报告", description = "The statutory annual report's tables and consistency checks")
class ReportApiController {

    private final AnnualReportService reports;

    ReportApiController(AnnualReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports/annual/{agencyCode}/{year}")
    @Operation(summary = "年度报告的三张表（键为官方格式中的行、列名称）和勾稽关系检查；已发布的公开，草稿需本机构或县级管理员登录")
    Map<String, Object> annual(@PathVariable String agencyCode, @PathVariable int year,
                               @RequestParam(required = false) String scope, @Nullable Officer officer) {
        AnnualReport r = officer != null ? reports.report(agencyCode, year, scope, officer)
                : reports.published(agencyCode, year, scope).orElseThrow(() -> new NotFoundException("report.notFound"));
        return json(r);
    }

    static Map<String, Object> json(AnnualReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agency", r.agencyCode());
        out.put("agencyName", r.agencyName());
        out.put("year", r.year());
        out.put("format", r.format().citation());
        out.put("scope", r.scope());
        out.put("status", r.status());
        out.put("frozen", r.frozen());
        out.put(Sections.PROACTIVE, proactive(r.proactive()));
        out.put(Sections.APPLICATIONS, applications(r));
        out.put(Sections.REVIEW_LITIGATION, appeals(r.appeals()));
        List<Map<String, Object>> checks = new ArrayList<>();
        for (ConsistencyChecks.CheckResult c : r.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", c.rule());
            m.put("holds", c.holds());
            m.put("detail", c.detail());
            checks.add(m);
        }
        out.put("checks", checks);
        List<Map<String, String>> entered = new ArrayList<>();
        r.entered().forEach(f -> entered.add(Map.of("block", f.block(), "row", f.row(), "column", f.column(),
                "value", f.value(), "source", f.source())));
        out.put("entered", entered);
        return out;
    }

    static Map<String, Object> proactive(ProactiveTable t) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ProactiveTable.Block b : t.blocks()) {
            Map<String, Object> rows = new LinkedHashMap<>();
            for (ProactiveTable.BlockRow row : b.rows()) {
                Map<String, Object> cols = new LinkedHashMap<>();
                for (int i = 0; i < row.values().size(); i++) {
                    Object v = row.values().get(i);
                    cols.put(b.columns().get(i + 1), v == null ? 0 : v instanceof BigDecimal d ? d : v);
                }
                rows.put(row.label(), cols);
            }
            out.put(b.caption(), rows);
        }
        return out;
    }

    static Map<String, Object> applications(AnnualReport r) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> results = new LinkedHashMap<>();
        for (ApplicationRow row : ApplicationRow.rows(r.format())) {
            Map<String, Long> cols = new LinkedHashMap<>();
            for (ApplicantColumn c : ApplicantColumn.values()) {
                cols.put(c.label(), r.applications().get(row, c));
            }
            cols.put(ApplicantColumn.TOTAL_LABEL, r.applications().total(row));
            switch (row) {
                case NEW_THIS_YEAR, CARRIED_FROM_LAST_YEAR -> out.put(row.label(), cols);
                case CARRIED_TO_NEXT_YEAR -> {
                    out.put(ApplicationRow.RESULTS_HEADING, results);
                    out.put(row.label(), cols);
                }
                default -> {
                    if (row.group() == null) {
                        results.put(row.label(), cols);
                    } else {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> group = (Map<String, Object>) results.computeIfAbsent(row.group(),
                                g -> new LinkedHashMap<String, Object>());
                        group.put(row.label(), cols);
                    }
                }
            }
        }
        return out;
    }

    static Map<String, Object> appeals(ReviewLitigationTable t) {
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Long> reconsideration = results(t, ReviewLitigationTable.Kind.RECONSIDERATION);
        out.put(ReviewLitigationTable.RECONSIDERATION_LABEL, reconsideration);
        Map<String, Object> litigation = new LinkedHashMap<>();
        litigation.put(ReviewLitigationTable.Kind.LITIGATION.label(), results(t, ReviewLitigationTable.Kind.LITIGATION));
        litigation.put(ReviewLitigationTable.Kind.LITIGATION_AFTER_RECONSIDERATION.label(),
                results(t, ReviewLitigationTable.Kind.LITIGATION_AFTER_RECONSIDERATION));
        out.put(ReviewLitigationTable.LITIGATION_LABEL, litigation);
        return out;
    }

    static Map<String, Long> results(ReviewLitigationTable t, ReviewLitigationTable.Kind k) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (ReviewLitigationTable.Result r : ReviewLitigationTable.Result.values()) {
            m.put(r.label(), t.get(k, r));
        }
        m.put(ReviewLitigationTable.TOTAL_LABEL, t.total(k));
        return m;
    }
}
