package org.gongkai.core.request;

/** What can happen to a request; each is recorded as a {@link RequestEvent} and never changed. */
public enum RequestAction {
    /** 登记: the application is on record with its date of receipt (第三十一条). */
    REGISTER,
    /** 分办: handed to the department or officer holding the information. */
    ASSIGN,
    /** 内部会商 opinion or any note on the file; does not touch the clock. */
    NOTE,
    /** 补正告知 (第三十条). */
    REQUEST_SUPPLEMENT,
    /** 补正材料收到: the count restarts. */
    SUPPLEMENT_RECEIVED,
    /** 延期答复 (第三十三条第二款), once, at most 20 working days, with approver and reason. */
    EXTEND,
    /** 征求意见 of a third party (第三十二条) or another agency (第三十四条): the clock pauses. */
    CONSULT_START,
    CONSULT_END,
    /** 收费通知 (国办函〔2020〕109号): the clock pauses while the applicant pays. */
    FEE_NOTICE,
    FEE_PAID,
    /** 答复 with its type and ground: the clock stops. */
    REPLY,
    /** 送达 of the reply. */
    DELIVERED,
    /** 归档. */
    CLOSE
}
