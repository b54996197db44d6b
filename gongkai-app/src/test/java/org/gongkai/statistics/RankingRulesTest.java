package org.gongkai.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.agency.Agency;
import org.gongkai.agency.AgencyKind;
import org.junit.jupiter.api.Test;

/** The statutory report dates, the late flags, and how indicators become scores. */
class RankingRulesTest {

    static Agency agency(long id, AgencyKind kind) {
        return new Agency(id, "CODE" + id, "单位" + id, null, kind, 1L, null, 0, null, null, null, null, null, null, null);
    }

    @Test
    void departments_publish_by_31_january_governments_townships_and_subdistricts_by_31_march() {
        assertThat(ReportStatusService.deadline(AgencyKind.DEPARTMENT, 2025)).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(ReportStatusService.deadline(AgencyKind.GOVERNMENT, 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportStatusService.deadline(AgencyKind.TOWNSHIP, 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(ReportStatusService.deadline(AgencyKind.SUBDISTRICT, 2025)).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void late_when_the_date_passed_unpublished_or_when_published_after_it() {
        Agency dept = agency(2, AgencyKind.DEPARTMENT);
        Agency town = agency(3, AgencyKind.TOWNSHIP);
        LocalDate feb2 = LocalDate.of(2026, 2, 2);
        // on the last day itself nothing is late yet
        assertThat(ReportStatusService.row(dept, 2025, "DRAFT", null, LocalDate.of(2026, 1, 31)).late()).isFalse();
        assertThat(ReportStatusService.row(dept, 2025, "DRAFT", null, feb2).late()).isTrue();
        assertThat(ReportStatusService.row(dept, 2025, null, null, feb2).status()).isEqualTo("NOT_STARTED");
        assertThat(ReportStatusService.row(dept, 2025, "SUBMITTED", null, feb2).status()).isEqualTo("SUBMITTED");
        assertThat(ReportStatusService.row(dept, 2025, "SUBMITTED", null, feb2).late()).isTrue();
        assertThat(ReportStatusService.row(dept, 2025, "SOMETHING_NEW", null, feb2).status()).isEqualTo("DRAFT");
        assertThat(ReportStatusService.row(town, 2025, "DRAFT", null, feb2).late()).as("township: 31 March").isFalse();
        assertThat(ReportStatusService.row(dept, 2025, "PUBLISHED", LocalDate.of(2026, 1, 20), feb2).late()).isFalse();
        assertThat(ReportStatusService.row(dept, 2025, "PUBLISHED", LocalDate.of(2026, 2, 1), feb2).late()).isTrue();
        assertThat(ReportStatusService.row(dept, 2025, "PUBLISHED", null, feb2).late())
                .as("published, date unknown: counted on time").isFalse();
    }

    @Test
    void scores_are_relative_for_counts_shares_for_rates_and_full_where_nothing_to_judge() {
        ReportStatusRow onTime = ReportStatusService.row(agency(2, AgencyKind.DEPARTMENT), 2025, "PUBLISHED", null,
                LocalDate.of(2026, 6, 1));
        ReportStatusRow missing = ReportStatusService.row(agency(3, AgencyKind.DEPARTMENT), 2025, "DRAFT", null,
                LocalDate.of(2026, 6, 1));
        AgencyIndicators busy = new AgencyIndicators(agency(2, AgencyKind.DEPARTMENT), 10, 8, 2, 4, 3, 2, onTime);
        AgencyIndicators idle = new AgencyIndicators(agency(3, AgencyKind.DEPARTMENT), 5, 0, 0, 0, 0, 0, missing);
        List<Map<Indicator, Double>> s = RankingService.scores(List.of(busy, idle));

        assertThat(s.get(0)).containsEntry(Indicator.ITEMS_PUBLISHED, 100.0).containsEntry(Indicator.ITEMS_ON_TIME, 75.0)
                .containsEntry(Indicator.REQUESTS_ON_TIME, 75.0).containsEntry(Indicator.REQUESTS_OVERDUE, 0.0)
                .containsEntry(Indicator.REPORT_ON_TIME, 100.0);
        assertThat(s.get(1)).containsEntry(Indicator.ITEMS_PUBLISHED, 50.0).containsEntry(Indicator.ITEMS_ON_TIME, 100.0)
                .containsEntry(Indicator.REQUESTS_ON_TIME, 100.0).containsEntry(Indicator.REQUESTS_OVERDUE, 100.0)
                .containsEntry(Indicator.REPORT_ON_TIME, 0.0);

        RankingWeights w = new RankingWeights(Map.of(Indicator.ITEMS_PUBLISHED, 30, Indicator.REPORT_ON_TIME, 10,
                Indicator.ITEMS_ON_TIME, 0, Indicator.REQUESTS_ON_TIME, 0, Indicator.REQUESTS_OVERDUE, 0), null, null);
        // (30·100 + 10·100) / 40 and (30·50 + 10·0) / 40
        assertThat(RankingService.weighted(s.get(0), w)).isCloseTo(100.0, within(1e-9));
        assertThat(RankingService.weighted(s.get(1), w)).isCloseTo(37.5, within(1e-9));
    }
}
