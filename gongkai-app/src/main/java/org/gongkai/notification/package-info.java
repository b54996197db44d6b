/**
 * Notifications by email: the applicant hears when a request is received, registered, needs
 * supplementing, is extended and is answered; the agencies' request officers get a morning digest of
 * what is due. The SMTP server is the county administrator's setting, kept in the database so it can
 * change without a restart. Depends on the public APIs of {@code request} and {@code agency} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.gongkai.notification;
