package org.gongkai.core.proof.files;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.proof.files.AttachmentText.Attachment;
import org.gongkai.core.proof.files.AttachmentText.Trace;

/**
 * Findings of {@link Category#HIDDEN_CONTENT} for what an officer does not see in an attachment but
 * publishes with it: hidden sheets, rows and columns holding data, comments and tracked changes left in,
 * text formatted as hidden (all WARN), and document properties naming a person or organisation (INFO).
 *
 * <p>Each finding is placed at the trace's location. Where that location is a part of the attachment (a
 * comment, a deletion, hidden text, a property), the span covers the part's whole text and the suggestion
 * is the empty string (delete it); for a hidden sheet, rows, columns or an insertion the span is empty.
 * Personal data inside hidden content is not judged here but by {@link AttachmentProofreader}, which makes
 * it BLOCK.
 */
public final class HiddenContentFindings {

    /** Longest excerpt quoted in a message. */
    static final int EXCERPT = 30;

    private HiddenContentFindings() {
    }

    public static List<Finding> of(Attachment attachment) {
        List<Finding> out = new ArrayList<>();
        for (Trace t : attachment.traces()) {
            out.add(of(t));
        }
        return out;
    }

    static Finding of(Trace t) {
        String who = t.subject().isBlank() ? "" : t.subject();
        return switch (t.kind()) {
            case HIDDEN_SHEET -> structural(t, "hidden.sheet", Severity.WARN,
                    ProofMessages.text("files.hidden.sheet", t.subject(), excerpt(t.value())));
            case VERY_HIDDEN_SHEET -> structural(t, "hidden.sheet", Severity.WARN,
                    ProofMessages.text("files.hidden.sheet.very", t.subject(), excerpt(t.value())));
            case HIDDEN_ROWS -> structural(t, "hidden.rows", Severity.WARN,
                    ProofMessages.text("files.hidden.rows", t.subject(), t.value()));
            case HIDDEN_COLUMNS -> structural(t, "hidden.columns", Severity.WARN,
                    ProofMessages.text("files.hidden.columns", t.subject(), t.value()));
            case INSERTION -> structural(t, "hidden.revision", Severity.WARN,
                    ProofMessages.text("files.hidden.inserted", who.isEmpty() ? "" : who + "插入的", excerpt(t.value())));
            case DELETION -> spanning(t, "hidden.revision", Severity.WARN,
                    ProofMessages.text("files.hidden.deleted", who.isEmpty() ? "" : who + "删除的", excerpt(t.value())));
            case COMMENT -> spanning(t, "hidden.comment", Severity.WARN,
                    ProofMessages.text("files.hidden.comment", who.isEmpty() ? "" : who + "的", excerpt(t.value())));
            case HIDDEN_TEXT -> spanning(t, "hidden.text", Severity.WARN,
                    ProofMessages.text("files.hidden.text", excerpt(t.value())));
            case METADATA -> spanning(t, "hidden.metadata", Severity.INFO,
                    ProofMessages.text("files.hidden.metadata", t.subject(), t.value()));
        };
    }

    private static Finding structural(Trace t, String rule, Severity severity, String message) {
        return new Finding(0, 0, Category.HIDDEN_CONTENT, severity, "", null, message, rule, t.location());
    }

    private static Finding spanning(Trace t, String rule, Severity severity, String message) {
        return new Finding(0, t.value().length(), Category.HIDDEN_CONTENT, severity, t.value(), "", message, rule,
                t.location());
    }

    static String excerpt(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.codePointCount(0, one.length()) <= EXCERPT ? one
                : one.substring(0, one.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
