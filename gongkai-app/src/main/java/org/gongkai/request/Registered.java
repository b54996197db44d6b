package org.gongkai.request;

/**
 * A request just put on record, with the applicant's query code. The code is shown (or printed on the
 * 受理回执) once and stored only as a hash: with the tracking number it lets the applicant follow the
 * request, and nothing else.
 */
public record Registered(RequestView request, String secretCode) {
}
