package org.gongkai.request;

/** What the public form submits (the date of receipt is set when the office confirms it). */
public record OnlineApplication(String agency, Applicant applicant, String description, String purpose,
                                String preferredForm, String delivery) {
}
