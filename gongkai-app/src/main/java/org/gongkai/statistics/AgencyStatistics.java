package org.gongkai.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.core.request.ReplyType;

/**
 * The dashboard's numbers for one scope and year. "Now" figures (open, overdue) are as of {@code asOf},
 * whatever the year; everything else counts what happened within the year.
 */
public record AgencyStatistics(StatisticsScope scope, int year, LocalDate asOf, Items items, Requests requests,
                               Timeliness timeliness) {

    /** Published items by category and month. */
    public record Items(List<CategoryRow> categories, long[] byMonth, long total) {
    }

    /** One category (by code, the county's template codes being shared by every agency). */
    public record CategoryRow(String code, String name, long[] byMonth, long total) {
    }

    /**
     * Requests: received and replied per month; open and overdue now; reply types of the year's replies;
     * reply times counted from the date of receipt to the reply, in working days (the statutory clock's
     * unit, 条例第三十三条) and in calendar days (what the applicant waited).
     *
     * @param repliedOnTime replies on or before the due date, or without one (ended during a pause)
     */
    public record Requests(long[] receivedByMonth, long[] repliedByMonth, long received, long replied,
                           long repliedOnTime, long openNow, long overdueNow, Map<ReplyType, Long> replyTypes,
                           Double averageWorkingDays, Integer longestWorkingDays, Double averageCalendarDays,
                           Integer longestCalendarDays) {
    }

    /**
     * 条例第二十六条: an item is late when published more than 20 working days after its 成文日期.
     *
     * @param published        items published in the year
     * @param withoutWrittenOn of those, items without a 成文日期 (cannot be judged)
     * @param lateItems        every late item, the latest first
     */
    public record Timeliness(long published, long withoutWrittenOn, List<LateItem> lateItems) {

        public long late() {
            return lateItems.size();
        }

        public long assessed() {
            return published - withoutWrittenOn;
        }

        /** Share on time in percent, or null when no item could be judged. */
        public Double onTimePercent() {
            return assessed() == 0 ? null : 100.0 * (assessed() - late()) / assessed();
        }
    }

    /** An item published late, with its working days from 成文日期 to 发布日期. */
    public record LateItem(long id, String title, String indexNo, String agencyName, LocalDate writtenOn,
                           LocalDate publishedOn, int workingDays) {
    }
}
