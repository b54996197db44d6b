package org.gongkai.report.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.statistics.ReportStatusSource;
import org.springframework.stereotype.Component;

/**
 * Tells the statistics module how far each agency's annual report has got (its own report, else the
 * roll-up), and when a published one went public, so the county's ranking can tell late from on time.
 */
@Component
class ReportStatuses implements ReportStatusSource {

    private final ReportRepository reports;

    ReportStatuses(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public Map<Long, String> statuses(int year) {
        Map<Long, String> out = new HashMap<>();
        for (ReportRepository.Row r : reports.ofYear(year)) {
            if ("OWN".equals(r.scope()) || !out.containsKey(r.agencyId())) {
                out.put(r.agencyId(), r.status());
            }
        }
        return out;
    }

    @Override
    public Map<Long, LocalDate> publishedOn(int year) {
        Map<Long, LocalDate> out = new HashMap<>();
        for (ReportRepository.Row r : reports.ofYear(year)) {
            if ("PUBLISHED".equals(r.status()) && ("OWN".equals(r.scope()) || !out.containsKey(r.agencyId()))) {
                // the row's last change is the publication (the item's publish event sets the status)
                out.put(r.agencyId(), r.updatedAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate());
            }
        }
        return out;
    }
}
