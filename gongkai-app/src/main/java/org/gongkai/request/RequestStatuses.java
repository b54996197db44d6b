package org.gongkai.request;

import org.gongkai.core.request.RequestStatus;

/**
 * Status names as stored and shown: the core's {@link RequestStatus} plus {@link #SUBMITTED}, an online
 * submission the office has not yet confirmed (it has no date of receipt yet, so no clock).
 */
public final class RequestStatuses {

    public static final String SUBMITTED = "SUBMITTED";

    private RequestStatuses() {
    }

    public static boolean isOpen(String status) {
        return SUBMITTED.equals(status) || RequestStatus.valueOf(status).isOpen();
    }
}
