package org.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.agency.Agency;
import org.gongkai.core.report.ApplicantColumn;
import org.gongkai.core.report.ApplicationRow;
import org.gongkai.core.report.ConsistencyChecks;
import org.gongkai.core.report.ReportFormat;
import org.gongkai.core.report.ReviewLitigationTable;
import org.gongkai.report.internal.ReportQueries;
import org.gongkai.support.TestCounty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Golden tests: the published reports of regulations.md §3.5 rebuilt from synthetic requests that
 * reproduce their numbers, through the same queries the live report uses, with every consistency rule
 * checked; and the year-boundary and carry-over rules.
 */
@SpringBootTest
@ActiveProfiles("test")
class AnnualReportGoldenTest {

    @Autowired
    TestCounty county;
    @Autowired
    AnnualReportService reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportQueries queries;

    static final LocalDate IN_2019 = LocalDate.of(2019, 6, 3);
    static final LocalDate REPLIED_2019 = LocalDate.of(2019, 7, 1);

    @Test
    @DisplayName("§3.5 A: 2019年上海市人民政府办公厅 table 三 (2019 试行 format) and table 四 from synthetic requests")
    void shanghai2019() {
        Agency a = county.department("上海金标局");
        SyntheticRequests s = new SyntheticRequests(jdbc, a.id());
        // 二、上年结转 18 自然人: received in December 2018, still open on 1 January 2019, answered in 2019
        s.add(18, "NATURAL_PERSON", LocalDate.of(2018, 12, 20), REPLIED_2019, "GRANTED", null);
        // answered in 2019 (the 18 carried over are part of （一）'s 258)
        s.add(258 - 18, "NATURAL_PERSON", IN_2019, REPLIED_2019, "GRANTED", null);
        s.add(12, "COMMERCIAL_ENTERPRISE", IN_2019, REPLIED_2019, "GRANTED", null);
        s.add(1, "LEGAL_SERVICE_ORG", IN_2019, REPLIED_2019, "GRANTED", null);
        s.add(1, "OTHER", IN_2019, REPLIED_2019, "GRANTED", null);
        s.add(3, "NATURAL_PERSON", IN_2019, REPLIED_2019, "PARTIALLY_GRANTED", null);
        s.add(14, "NATURAL_PERSON", IN_2019, REPLIED_2019, "WITHHELD", "STATE_SECRET");
        s.add(5, "NATURAL_PERSON", IN_2019, REPLIED_2019, "WITHHELD", "INTERNAL_AFFAIRS");
        s.add(3, "NATURAL_PERSON", IN_2019, REPLIED_2019, "WITHHELD", "PROCESS_INFORMATION");
        s.add(1, "COMMERCIAL_ENTERPRISE", IN_2019, REPLIED_2019, "WITHHELD", "PROCESS_INFORMATION");
        s.add(10, "NATURAL_PERSON", IN_2019, REPLIED_2019, "WITHHELD", "ADMINISTRATIVE_QUERY");
        s.add(2, "COMMERCIAL_ENTERPRISE", IN_2019, REPLIED_2019, "WITHHELD", "ADMINISTRATIVE_QUERY");
        s.add(252, "NATURAL_PERSON", IN_2019, REPLIED_2019, "UNABLE_TO_PROVIDE", "NOT_HELD");
        s.add(12, "COMMERCIAL_ENTERPRISE", IN_2019, REPLIED_2019, "UNABLE_TO_PROVIDE", "NOT_HELD");
        s.add(1, "LEGAL_SERVICE_ORG", IN_2019, REPLIED_2019, "UNABLE_TO_PROVIDE", "NOT_HELD");
        s.add(44, "NATURAL_PERSON", IN_2019, REPLIED_2019, "UNABLE_TO_PROVIDE", "NEEDS_CREATION");
        s.add(3, "COMMERCIAL_ENTERPRISE", IN_2019, REPLIED_2019, "UNABLE_TO_PROVIDE", "NEEDS_CREATION");
        s.add(25, "NATURAL_PERSON", IN_2019, REPLIED_2019, "UNABLE_TO_PROVIDE", "UNCLEAR_AFTER_SUPPLEMENT");
        s.add(148, "NATURAL_PERSON", IN_2019, REPLIED_2019, "NOT_PROCESSED", "PETITION_COMPLAINT");
        s.add(1, "COMMERCIAL_ENTERPRISE", IN_2019, REPLIED_2019, "NOT_PROCESSED", "PETITION_COMPLAINT");
        s.add(5, "NATURAL_PERSON", IN_2019, REPLIED_2019, "NOT_PROCESSED", "REPEATED");
        s.add(4, "COMMERCIAL_ENTERPRISE", IN_2019, REPLIED_2019, "NOT_PROCESSED", "REPEATED");
        // 四、结转下年度 72: received in December 2019, answered in January 2020
        s.add(72, "NATURAL_PERSON", LocalDate.of(2019, 12, 16), LocalDate.of(2020, 1, 10), "GRANTED", null);

        AnnualReport r = reports.report(a.code(), 2019, "OWN", county.countyAdmin());
        assertThat(r.format()).isEqualTo(ReportFormat.F2019);
        var t = r.applications();
        assertThat(t.total(ApplicationRow.NEW_THIS_YEAR)).isEqualTo(859);
        assertThat(t.get(ApplicationRow.NEW_THIS_YEAR, ApplicantColumn.NATURAL_PERSON)).isEqualTo(821);
        assertThat(t.get(ApplicationRow.NEW_THIS_YEAR, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(35);
        assertThat(t.total(ApplicationRow.CARRIED_FROM_LAST_YEAR)).isEqualTo(18);
        assertThat(t.get(ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON)).isEqualTo(258);
        assertThat(t.get(ApplicationRow.WITHHELD_8, ApplicantColumn.COMMERCIAL_ENTERPRISE)).isEqualTo(2);
        assertThat(t.get(ApplicationRow.UNABLE_1, ApplicantColumn.NATURAL_PERSON)).isEqualTo(252);
        assertThat(t.get(ApplicationRow.TOTAL, ApplicantColumn.NATURAL_PERSON)).isEqualTo(767);
        assertThat(t.total(ApplicationRow.TOTAL)).isEqualTo(805);
        assertThat(t.total(ApplicationRow.CARRIED_TO_NEXT_YEAR)).isEqualTo(72);
        assertThat(r.checks()).allMatch(ConsistencyChecks.CheckResult::holds);
        assertThat(r.section1()).contains("859", "805");
    }

    @Test
    @DisplayName("§3.5 A table 四: 复议 维持 5 未审结 2; 直接起诉 维持 8 未审结 1 (a decision after year end counts as 未审结)")
    void shanghai2019Appeals() {
        Agency a = county.department("上海复议局");
        SyntheticRequests s = new SyntheticRequests(jdbc, a.id());
        for (int i = 0; i < 5; i++) {
            s.appeal("RECONSIDERATION", LocalDate.of(2019, 5, 6), "UPHELD", LocalDate.of(2019, 7, 1));
        }
        s.appeal("RECONSIDERATION", LocalDate.of(2019, 11, 4), "PENDING", null);
        s.appeal("RECONSIDERATION", LocalDate.of(2019, 12, 2), "UPHELD", LocalDate.of(2020, 2, 3));
        for (int i = 0; i < 8; i++) {
            s.appeal("LITIGATION", LocalDate.of(2019, 4, 1), "UPHELD", LocalDate.of(2019, 10, 8));
        }
        s.appeal("LITIGATION", LocalDate.of(2019, 12, 9), "PENDING", null);
        s.appeal("LITIGATION", LocalDate.of(2018, 12, 9), "UPHELD", LocalDate.of(2019, 3, 1)); // filed in 2018: not 2019's
        var t = reports.report(a.code(), 2019, "OWN", county.countyAdmin()).appeals();
        assertThat(t.values()).containsExactly(5, 0, 0, 2, 7, 8, 0, 0, 1, 9, 0, 0, 0, 0, 0);
        assertThat(t.total(ReviewLitigationTable.Kind.RECONSIDERATION)).isEqualTo(7);
    }

    @Test
    @DisplayName("§3.5 C 义乌 2022: 7 new + 1 carried = 3 granted + 4 unable + 1 carried on; year boundaries are by dates")
    void yiwu2022AndYearBoundaries() {
        Agency a = county.department("义乌街道办");
        SyntheticRequests s = new SyntheticRequests(jdbc, a.id());
        s.add(1, "NATURAL_PERSON", LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 4), "GRANTED", null);
        s.add(2, "NATURAL_PERSON", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 1, 20), "GRANTED", null);
        s.add(4, "NATURAL_PERSON", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 25), "UNABLE_TO_PROVIDE", "NOT_HELD");
        s.add(1, "NATURAL_PERSON", LocalDate.of(2022, 12, 30), LocalDate.of(2023, 1, 5), "GRANTED", null);
        var t = reports.report(a.code(), 2022, "OWN", county.countyAdmin()).applications();
        assertThat(t.total(ApplicationRow.NEW_THIS_YEAR)).isEqualTo(7);
        assertThat(t.total(ApplicationRow.CARRIED_FROM_LAST_YEAR)).isEqualTo(1);
        assertThat(t.total(ApplicationRow.GRANTED)).isEqualTo(3);
        assertThat(t.total(ApplicationRow.UNABLE_1)).isEqualTo(4);
        assertThat(t.total(ApplicationRow.CARRIED_TO_NEXT_YEAR)).isEqualTo(1);
        // the next year starts with that one carried in
        var next = reports.report(a.code(), 2023, "OWN", county.countyAdmin()).applications();
        assertThat(next.total(ApplicationRow.CARRIED_FROM_LAST_YEAR)).isEqualTo(1);
        assertThat(next.total(ApplicationRow.NEW_THIS_YEAR)).isZero();

        // answered on 31 December: closed in that year, not carried over
        Agency b = county.department("年末答复局");
        new SyntheticRequests(jdbc, b.id()).add(1, "NATURAL_PERSON", LocalDate.of(2022, 12, 1),
                LocalDate.of(2022, 12, 31), "GRANTED", null);
        var dec = reports.report(b.code(), 2022, "OWN", county.countyAdmin()).applications();
        assertThat(dec.total(ApplicationRow.GRANTED)).isEqualTo(1);
        assertThat(dec.total(ApplicationRow.CARRIED_TO_NEXT_YEAR)).isZero();
    }

    @Test
    @DisplayName("Roll-up: a government's report can include its departments and townships; its own view does not")
    void rollUp() {
        Agency gov = county.county();
        Agency dept = county.department("汇总测试局");
        new SyntheticRequests(jdbc, dept.id()).add(3, "RESEARCH_INSTITUTION", LocalDate.of(2024, 5, 6),
                LocalDate.of(2024, 5, 20), "GRANTED", null);
        long own = reports.report(gov.code(), 2024, "OWN", county.countyAdmin()).applications()
                .get(ApplicationRow.GRANTED, ApplicantColumn.RESEARCH_INSTITUTION);
        long all = reports.report(gov.code(), 2024, "ROLLUP", county.countyAdmin()).applications()
                .get(ApplicationRow.GRANTED, ApplicantColumn.RESEARCH_INSTITUTION);
        assertThat(all - own).isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("Every agency is counted without an agency condition, the same as naming them all; a subset counts only itself")
    void everyAgencyCondition() {
        Agency dept = county.department("条件测试局");
        new SyntheticRequests(jdbc, dept.id()).add(4, "NATURAL_PERSON", LocalDate.of(2024, 3, 4),
                LocalDate.of(2024, 3, 20), "GRANTED", null);
        List<Long> all = jdbc.sql("SELECT id FROM agency").query(Long.class).list();
        ReportQueries.Agencies every = queries.agencies(all);
        ReportQueries.Agencies named = new ReportQueries.Agencies(all, false);
        assertThat(every.every()).isTrue();
        assertThat(ReportQueries.agencyCondition(every)).isEqualTo("IS NOT NULL");
        assertThat(ReportQueries.agencyCondition(named)).contains("SELECT id FROM agency");
        for (int year : List.of(2023, 2024)) {
            assertThat(queries.receivedInYear(every, year)).containsExactlyInAnyOrderElementsOf(queries.receivedInYear(named, year));
            assertThat(queries.carriedIn(every, year)).containsExactlyInAnyOrderElementsOf(queries.carriedIn(named, year));
            assertThat(queries.repliedInYear(every, year)).containsExactlyInAnyOrderElementsOf(queries.repliedInYear(named, year));
            assertThat(queries.carriedOut(every, year)).containsExactlyInAnyOrderElementsOf(queries.carriedOut(named, year));
            assertThat(queries.appeals(every, year)).containsExactlyInAnyOrderElementsOf(queries.appeals(named, year));
            assertThat(queries.feesPaid(every, year)).containsExactly(queries.feesPaid(named, year));
            assertThat(queries.normativeDocuments(every, year)).containsExactly(queries.normativeDocuments(named, year));
            assertThat(queries.publishedByCategory(every, year)).isEqualTo(queries.publishedByCategory(named, year));
        }
        ReportQueries.Agencies others = queries.agencies(all.stream().filter(id -> id != dept.id()).toList());
        assertThat(others.every()).isFalse();
        assertThat(replied(others, 2024)).isEqualTo(replied(every, 2024) - 4);
        assertThat(replied(queries.agencies(List.of(dept.id())), 2024)).isEqualTo(4);
    }

    private long replied(ReportQueries.Agencies agencies, int year) {
        return queries.repliedInYear(agencies, year).stream().mapToLong(ReportQueries.Count::n).sum();
    }
}
