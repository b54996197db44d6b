package org.gongkai.core.review;

/** An action the rules do not allow, with the reason as a code the UI turns into a message. */
public class WorkflowRefusal extends RuntimeException {

    public enum Reason {
        /** The action is not possible in the item's current status. */
        NOT_ALLOWED_IN_STATUS,
        /** The person lacks the role this step needs. */
        ROLE_REQUIRED,
        /** 一事一审: the person already acted in another step of this round. */
        SAME_PERSON_TWICE,
        /** Reject, withdraw, abolish need a reason. */
        OPINION_REQUIRED,
        /** 三同步: a 行政规范性文件 needs its 政策解读, or the signer's recorded reason. */
        INTERPRETATION_REQUIRED,
        /** The validity change is not possible (e.g. from 已废止). */
        VALIDITY_CHANGE_NOT_ALLOWED
    }

    private final Reason reason;
    private final Role requiredRole;

    public WorkflowRefusal(Reason reason, Role requiredRole) {
        super(reason + (requiredRole == null ? "" : " (" + requiredRole + ")"));
        this.reason = reason;
        this.requiredRole = requiredRole;
    }

    public Reason reason() {
        return reason;
    }

    /** The role that would have been needed, where that is the problem. */
    public Role requiredRole() {
        return requiredRole;
    }
}
