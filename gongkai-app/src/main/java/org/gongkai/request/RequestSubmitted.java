package org.gongkai.request;

/** An online application arrived and waits for the office's confirmation (第三十一条第（三）项). */
public record RequestSubmitted(long requestId, String trackingNo, long agencyId) {
}
