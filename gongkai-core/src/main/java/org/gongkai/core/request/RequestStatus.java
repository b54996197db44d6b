package org.gongkai.core.request;

/** Where a request stands; derived from its events, never stored on its own. */
public enum RequestStatus {
    /** 办理中: the clock runs. */
    IN_PROGRESS,
    /** 待补正: waiting for the applicant's supplement; no clock. */
    AWAITING_SUPPLEMENT,
    /** 征求意见中: third party or other agency consulted; clock paused. */
    CONSULTING,
    /** 待缴费: fee notice sent; clock paused. */
    AWAITING_FEE,
    /** 已答复: the clock stopped. */
    REPLIED,
    /** 已送达. */
    DELIVERED,
    /** 已归档. */
    ARCHIVED;

    /** Still being handled (counts as 结转 at a year's end). */
    public boolean isOpen() {
        return this == IN_PROGRESS || this == AWAITING_SUPPLEMENT || this == CONSULTING || this == AWAITING_FEE;
    }
}
