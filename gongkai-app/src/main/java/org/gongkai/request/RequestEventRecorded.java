package org.gongkai.request;

import java.time.LocalDate;
import org.gongkai.core.request.RequestAction;

/**
 * Something was recorded on a request (registration included). Listeners (notifications, statistics)
 * read what they need through {@link RequestContacts}; the event carries no personal data.
 */
public record RequestEventRecorded(long requestId, String trackingNo, long agencyId, RequestAction action,
                                   LocalDate on) {
}
