package org.gongkai.report;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.core.report.ApplicationTable;
import org.gongkai.core.report.ConsistencyChecks;
import org.gongkai.core.report.ProactiveTable;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReviewLitigationTable;
import org.gongkai.report.internal.ReportRepository;

/**
 * An agency's annual report for a year, as shown, exported and published.
 *
 * @param scope   OWN (the agency's own office) or ROLLUP (with its departments and townships)
 * @param status  NOT_STARTED (nothing saved yet), DRAFT, SUBMITTED (in the review chain), PUBLISHED
 * @param frozen  the tables are the ones frozen at submission, not live data
 * @param entered figures the officer entered (with their source) where the platform holds no data
 * @param dueBy   the statutory date (条例第四十九条): 31 January for departments, 31 March for governments
 */
public record AnnualReport(long agencyId, String agencyCode, String agencyName, int year, ReportFormat format,
                           String scope, String status, ProactiveTable proactive, ApplicationTable applications,
                           ReviewLitigationTable appeals, List<ConsistencyChecks.CheckResult> checks, String section1,
                           String section5, String section6, List<ReportRepository.Figure> entered, Long itemId,
                           boolean frozen, int version, LocalDate dueBy, boolean late) {

    public boolean consistent() {
        return checks.stream().allMatch(ConsistencyChecks.CheckResult::holds);
    }

    /** The report's title as published. */
    public String title() {
        return agencyName + year + "年政府信息公开工作年度报告";
    }

    public boolean isEntered(String block, String row, String column) {
        return entered.stream().anyMatch(f -> f.block().equals(block) && f.row().equals(row) && f.column().equals(column));
    }
}
