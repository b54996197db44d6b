package org.gongkai.statistics;

import org.gongkai.agency.Agency;

/**
 * One agency's raw figures for the assessment year.
 *
 * @param itemsAssessed  items published in the year that have a 成文日期 (the others cannot be judged)
 * @param requestsOnTime replies of the year on or before their due date
 * @param overdueNow     requests open now and past their due date
 * @param report         the annual report due in the assessment year (on the year before)
 */
public record AgencyIndicators(Agency agency, long itemsPublished, long itemsAssessed, long itemsLate,
                               long requestsReplied, long requestsOnTime, long overdueNow, ReportStatusRow report) {

    /** Percent of judged items published on time, or null when none could be judged. */
    public Double itemsOnTimePercent() {
        return itemsAssessed == 0 ? null : 100.0 * (itemsAssessed - itemsLate) / itemsAssessed;
    }

    /** Percent of replies on time, or null when there was none. */
    public Double requestsOnTimePercent() {
        return requestsReplied == 0 ? null : 100.0 * requestsOnTime / requestsReplied;
    }
}
