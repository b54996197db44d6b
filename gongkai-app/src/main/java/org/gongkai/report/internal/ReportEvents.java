package org.gongkai.report.internal;

import org.gongkai.catalog.ItemPublished;
import org.gongkai.catalog.ItemWithdrawn;
import org.gongkai.report.AnnualReportService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A report's status follows its item: published when the signer publishes it, a draft again if withdrawn. */
@Component
class ReportEvents {

    private final AnnualReportService reports;

    ReportEvents(AnnualReportService reports) {
        this.reports = reports;
    }

    @ApplicationModuleListener
    void on(ItemPublished e) {
        reports.itemPublished(e.itemId());
    }

    @ApplicationModuleListener
    void on(ItemWithdrawn e) {
        reports.itemWithdrawn(e.itemId());
    }
}
