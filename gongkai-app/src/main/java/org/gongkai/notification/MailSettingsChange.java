package org.gongkai.notification;

/**
 * The settings form as typed. The port is text so that "70000" or "abc" gets a Chinese message
 * naming the field instead of a binding error.
 *
 * @param password      blank keeps the stored password (it is never shown, so the form cannot hold it)
 * @param clearPassword remove the stored password (a server that no longer asks for one)
 */
public record MailSettingsChange(boolean enabled, String host, String port, String username, String password,
                                 boolean clearPassword, boolean starttls, String fromAddress) {
}
