package org.gongkai.statistics;

/**
 * The indicators of the county's assessment ranking (晾晒). Each is normalised to a 0–100 score so that
 * weights can combine them; {@link #higherIsBetter()} is false for counts that should be low.
 */
public enum Indicator {
    /** 主动公开信息数量: scored relative to the agency that published most. */
    ITEMS_PUBLISHED(true),
    /** 主动公开及时率 (条例第二十六条: within 20 working days of 成文日期): the share itself. */
    ITEMS_ON_TIME(true),
    /** 依申请公开按期答复率 (replied on or before the due date): the share itself. */
    REQUESTS_ON_TIME(true),
    /** 逾期未答复申请数 (open now, past due): 100 for none, 0 for the agency with most. */
    REQUESTS_OVERDUE(false),
    /** 年报按时公开 (条例第四十九条/第五十条): 100 or 0. */
    REPORT_ON_TIME(true);

    private final boolean higherIsBetter;

    Indicator(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
