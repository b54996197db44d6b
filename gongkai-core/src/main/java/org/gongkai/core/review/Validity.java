package org.gongkai.core.review;

/**
 * 有效性 of a published item. ABOLISHED and EXPIRED are final: a document once 废止 or 失效 does not
 * come back; a new document is published instead.
 */
public enum Validity {
    /** 有效. */
    VALID,
    /** 已修订: still in force in its amended form; points to the amending document. */
    AMENDED,
    /** 已废止. */
    ABOLISHED,
    /** 已失效 (its 有效期 passed). */
    EXPIRED;

    public boolean isFinal() {
        return this == ABOLISHED || this == EXPIRED;
    }

    public boolean canChangeTo(Validity next) {
        if (isFinal() || next == this || next == VALID) {
            return false;
        }
        return true;
    }
}
