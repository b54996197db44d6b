package org.gongkai.core.request;

/**
 * How an application arrived, which decides its date of receipt (条例 第三十一条).
 */
public enum Channel {
    /** 网上申请: the date both sides confirm (第三十一条第（三）项); for our form, the day the office confirms it. */
    ONLINE,
    /** 当面提交: the day of submission (第三十一条第（一）项). */
    IN_PERSON,
    /** 挂号信等需签收的邮件: the day the agency signs for it (第三十一条第（二）项). */
    REGISTERED_POST,
    /** 平常信函等无需签收的邮件: the day the office confirms receipt with the applicant (第三十一条第（二）项). */
    POST,
    /** 传真: the date both sides confirm (第三十一条第（三）项). */
    FAX,
    /** 电子邮件: an internet channel, the date both sides confirm (第三十一条第（三）项). */
    EMAIL
}
