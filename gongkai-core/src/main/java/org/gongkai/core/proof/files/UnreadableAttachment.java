package org.gongkai.core.proof.files;

import org.gongkai.core.proof.ProofMessages;

/**
 * An attachment that cannot be proofread: damaged, not what its name says, protected by a password, or
 * too large. The message is Chinese and names the file, for the officer who uploaded it.
 */
public final class UnreadableAttachment extends RuntimeException {

    /** Why the attachment could not be read; each has a message {@code files.unreadable.<key>}. */
    public enum Reason {
        /** Damaged, or not a valid file of the kind its name says. */
        CORRUPT("corrupt"),
        /** Protected by an open password. */
        ENCRYPTED("encrypted"),
        /** More bytes than {@link AttachmentText#MAX_BYTES}. */
        TOO_BIG("too-big"),
        /** Unpacks to far more than it weighs (a zip bomb), or has too many entries. */
        ZIP_BOMB("zip-bomb"),
        /** More text than {@link AttachmentText#MAX_CHARS}: it could not be checked completely. */
        TOO_MUCH_TEXT("too-much-text"),
        /** A format the engine does not read (by its name). */
        UNSUPPORTED("unsupported"),
        /** No bytes at all. */
        EMPTY("empty");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        String messageKey() {
            return "files.unreadable." + key;
        }
    }

    private final String fileName;
    private final Reason reason;

    UnreadableAttachment(String fileName, Reason reason, Throwable cause, Object... extra) {
        super(ProofMessages.text(reason.messageKey(), args(fileName, extra)), cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    private static Object[] args(String fileName, Object... extra) {
        Object[] a = new Object[extra.length + 1];
        a[0] = fileName;
        System.arraycopy(extra, 0, a, 1, extra.length);
        return a;
    }

    public String fileName() {
        return fileName;
    }

    public Reason reason() {
        return reason;
    }
}
