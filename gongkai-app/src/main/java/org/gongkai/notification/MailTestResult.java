package org.gongkai.notification;

/**
 * The outcome of a test mail, for the administration page.
 *
 * @param problem null when sent; else what went wrong, in Chinese, never a stack trace
 */
public record MailTestResult(boolean sent, String problem) {
}
