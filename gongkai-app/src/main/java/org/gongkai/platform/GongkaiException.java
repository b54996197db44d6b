package org.gongkai.platform;

/**
 * A problem a person can act on. Carries a message key (resolved from the message bundles in the
 * user's language) and its arguments, never a ready-made string: the web page and the JSON API
 * must say the same thing, and neither may show a stack trace.
 */
public abstract class GongkaiException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    protected GongkaiException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    /** HTTP status that fits the problem. */
    public abstract int status();
}
