package org.gongkai.catalog;

import java.time.Instant;

/** An attached file; its type was sniffed from its content, not trusted from the file name. */
public record AttachmentInfo(long id, long itemId, String fileName, String mediaType, long sizeBytes, String sha256,
                             Instant uploadedAt) {

    /** Size for people: 12.3 KB, 4.5 MB. */
    public String displaySize() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return String.format("%.1f KB", sizeBytes / 1024.0);
        }
        return String.format("%.1f MB", sizeBytes / (1024.0 * 1024));
    }
}
