package org.gongkai.core.review;

/** Where an item stands in the review chain; derived from its events by {@link ItemLifecycle}. */
public enum ItemStatus {
    /** 草稿 (also where a rejected item returns). */
    DRAFT,
    /** 待审核. */
    IN_REVIEW,
    /** 待保密审查. */
    IN_CONFIDENTIALITY_REVIEW,
    /** 待签发. */
    AWAITING_SIGN_OFF,
    /** 已发布: visible on the portal (with its validity, which may be 已废止/已失效). */
    PUBLISHED,
    /** 已撤回: taken off the portal after publication; history kept, may be resubmitted. */
    WITHDRAWN;

    public boolean isEditable() {
        return this == DRAFT || this == WITHDRAWN;
    }

    public boolean isInReview() {
        return this == IN_REVIEW || this == IN_CONFIDENTIALITY_REVIEW || this == AWAITING_SIGN_OFF;
    }
}
