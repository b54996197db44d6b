package org.gongkai.notification;

import java.time.Instant;

/**
 * The SMTP settings as the administration page shows them. The password is write-only: only whether
 * one is stored is ever read back.
 *
 * @param updatedAt null while nothing has been saved yet
 */
public record MailSettings(boolean enabled, String host, int port, String username, boolean passwordSet,
                           boolean starttls, String fromAddress, Instant updatedAt, String updatedBy) {

    /** What the form shows before anything was saved: off, with the usual submission port. */
    public static MailSettings unset() {
        return new MailSettings(false, "", 25, "", false, false, "", null, null);
    }

    public boolean saved() {
        return updatedAt != null;
    }
}
