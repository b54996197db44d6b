package org.gongkai.statistics;

import java.time.LocalDate;
import org.gongkai.agency.AgencyKind;

/**
 * One agency's annual report on {@code year}: its status, the statutory date to publish it by, and
 * whether it is late (the date has passed without publication, or it was published after the date).
 */
public record ReportStatusRow(long agencyId, String agencyCode, String agencyName, AgencyKind kind, int year,
                              String status, LocalDate deadline, LocalDate publishedOn, boolean late) {

    public boolean published() {
        return ReportStatusSource.PUBLISHED.equals(status);
    }
}
