package org.gongkai.proofing;

import java.time.Instant;
import java.util.List;

/**
 * One check of an item, with its findings.
 *
 * @param phase          SUBMIT, SIGN_OFF or SCAN
 * @param overrideReason the signer's reason to publish despite BLOCK findings, if given
 */
public record ProofRun(long id, long itemId, String phase, Instant runAt, int blockCount, int warnCount,
                       int infoCount, List<StoredFinding> findings, String overrideReason, String overriddenBy,
                       Instant overriddenAt) {

    public boolean blocking() {
        return blockCount > 0 && overrideReason == null;
    }

    public int total() {
        return blockCount + warnCount + infoCount;
    }

    /** The same run with these findings (and the counts that go with them). */
    public ProofRun withFindings(List<StoredFinding> found) {
        int block = (int) found.stream().filter(f -> f.severity().equals("BLOCK")).count();
        int warn = (int) found.stream().filter(f -> f.severity().equals("WARN")).count();
        return new ProofRun(id, itemId, phase, runAt, block, warn, found.size() - block - warn, List.copyOf(found),
                overrideReason, overriddenBy, overriddenAt);
    }

    /** The findings of one part (TITLE, BODY, …). */
    public List<StoredFinding> in(String part) {
        return findings.stream().filter(f -> f.part().equals(part)).toList();
    }

    /**
     * A finding as stored.
     *
     * @param part TITLE, SUMMARY, BODY, DOC_NO or "ATTACHMENT:<file name>"
     */
    public record StoredFinding(String part, String location, int start, int end, String category, String severity,
                                String text, String suggestion, String message, String rule) {

        public boolean inAttachment() {
            return part.startsWith("ATTACHMENT:");
        }

        public String attachmentName() {
            return inAttachment() ? part.substring("ATTACHMENT:".length()) : null;
        }
    }
}
