package org.gongkai.proofing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.gongkai.catalog.ReviewGate.AttachmentFile;
import org.gongkai.core.proof.Category;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Proofreader;
import org.gongkai.core.proof.Severity;
import org.gongkai.core.proof.files.AttachmentProofreader;
import org.gongkai.core.proof.files.UnreadableAttachment;
import org.gongkai.platform.BadInputException;
import org.springframework.stereotype.Component;

/**
 * Checks attachments with the engine: their text, and what officers cannot see in them (hidden sheets,
 * rows and columns, tracked changes, comments, author metadata).
 */
@Component
public class AttachmentChecker {

    /**
     * An item's attachment. One that cannot be read becomes a WARN finding rather than a failure: the
     * reviewer must look at it by hand, but a damaged file must not stop the whole review.
     */
    public List<Finding> check(Proofreader engine, AttachmentFile file, ProofContext ctx) {
        byte[] content;
        try {
            content = Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return AttachmentProofreader.checkFile(engine, file.fileName(), content, ctx);
        } catch (UnreadableAttachment e) {
            return List.of(new Finding(0, 0, Category.HIDDEN_CONTENT, Severity.WARN, "", null, e.getMessage(),
                    "file.unreadable", null));
        }
    }

    /** A document uploaded to be checked: an unreadable one is bad input, with the reason. */
    public List<Finding> check(Proofreader engine, String fileName, byte[] content, ProofContext ctx) {
        try {
            return AttachmentProofreader.checkFile(engine, fileName == null ? "" : fileName, content, ctx);
        } catch (UnreadableAttachment e) {
            throw new BadInputException("file", "proof.file.unreadable", e.getMessage());
        }
    }
}
