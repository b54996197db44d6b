package org.gongkai.notification;

import java.time.Instant;

/**
 * One line of the mail log as the administrator sees it: the address masked, no content.
 *
 * @param outcome SENT, FAILED or SKIPPED
 */
public record MailLogEntry(Long requestId, String kind, String recipient, String subject, Instant sentAt,
                           String outcome, String error) {
}
