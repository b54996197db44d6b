package org.gongkai.core.proof.files;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.ProofMessages;
import org.gongkai.core.proof.Proofreader;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.proof.files.AttachmentText.Attachment;
import org.gongkai.core.proof.files.AttachmentText.Part;

/**
 * Proofreads an attachment: the engine's text checks on every part, seen or hidden, plus the
 * {@link HiddenContentFindings}. The key rule: <b>personal data in hidden content is BLOCK</b>, whatever
 * the check said, because whoever downloads the file can unhide it while nobody reviewing the page sees it.
 */
public final class AttachmentProofreader {

    private AttachmentProofreader() {
    }

    /**
     * Reads the file and checks it.
     *
     * @return the text findings part by part in document order (each {@link Finding#at placed} at its part's
     *         location, offsets relative to that part's text), then the hidden-content findings
     * @throws UnreadableAttachment when the file cannot be read
     */
    public static List<Finding> checkFile(Proofreader engine, String fileName, byte[] content, ProofContext ctx) {
        return check(engine, AttachmentText.read(fileName, content), ctx);
    }

    /** Checks an attachment already read. */
    public static List<Finding> check(Proofreader engine, Attachment attachment, ProofContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (Part part : attachment.parts()) {
            for (Finding f : engine.check(part.text(), ctx)) {
                out.add(placed(f, part));
            }
        }
        out.addAll(HiddenContentFindings.of(attachment));
        return out;
    }

    /** The finding at the part's location; personal data in a hidden part becomes BLOCK and says why. */
    static Finding placed(Finding f, Part part) {
        Finding at = f.at(part.location());
        if (!part.hidden() || f.category() != Category.PERSONAL_DATA) {
            return at;
        }
        String message = ProofMessages.text("files.hidden.pii", part.kind().label()) + f.message();
        return new Finding(at.start(), at.end(), at.category(), Severity.BLOCK, at.text(), at.suggestion(), message,
                at.rule(), at.location());
    }
}
