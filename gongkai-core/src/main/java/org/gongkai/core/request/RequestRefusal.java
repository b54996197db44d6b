package org.gongkai.core.request;

/** An action on a request that the rules do not allow; the code becomes a Chinese message in the UI. */
public class RequestRefusal extends RuntimeException {

    public enum Reason {
        DATE_REQUIRED,
        /** No action can precede the date of receipt. */
        BEFORE_RECEIPT,
        /** Events are recorded in the order they happened. */
        BEFORE_PREVIOUS,
        /** Dates are what happened, not plans. */
        IN_FUTURE,
        /** The request is already answered (or archived). */
        ALREADY_REPLIED,
        /** The action does not fit the current status. */
        NOT_ALLOWED_IN_STATUS,
        /** 第三十条 一次性告知: one supplement notice only. */
        SUPPLEMENT_ALREADY_REQUESTED,
        /** The supplement deadline must be after the notice. */
        SUPPLEMENT_DEADLINE_INVALID,
        /** 第三十三条: one extension only. */
        ALREADY_EXTENDED,
        /** 1 to 20 working days. */
        EXTENSION_OUT_OF_RANGE,
        /** An extension is decided within the reply period. */
        EXTENSION_AFTER_DUE,
        APPROVER_REQUIRED,
        REASON_REQUIRED,
        CONSULTATION_KIND_REQUIRED,
        PARTY_REQUIRED,
        FEE_REQUIRED,
        /** 109号: the fee notice goes out within the handling period, once. */
        FEE_NOTICE_AFTER_DUE,
        FEE_ALREADY_NOTIFIED,
        /** Paid after the payment period: the request has ended as （六）2. */
        FEE_PAYMENT_LATE,
        REPLY_TYPE_REQUIRED,
        GROUND_REQUIRED,
        GROUND_MISMATCH,
        /** Delivery and archiving come after the reply. */
        NOT_REPLIED
    }

    private final Reason reason;

    public RequestRefusal(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
