package org.gongkai.platform.web;

/**
 * A refused form submission, ready for a page: the field to mark (null when the whole form is
 * concerned), the field's label, the message to show next to the field, and the one-line summary
 * ("字段：消息") for the alert at the top. Pages need all four because a screen-reader user hears
 * the summary first and then finds the field through its {@code aria-describedby}.
 */
public record FormProblem(String field, String label, String message, String summary) {

    /** Whether this problem belongs to {@code name}; used by templates to mark one field. */
    public boolean isFor(String name) {
        return field != null && field.equals(name);
    }
}
