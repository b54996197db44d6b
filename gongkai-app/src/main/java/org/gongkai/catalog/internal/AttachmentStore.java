package org.gongkai.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.gongkai.catalog.AttachmentInfo;
import org.gongkai.platform.BadInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Attachments: metadata in the database, content on disk under the data directory named by its
 * SHA-256 (so identical files are stored once). The type is sniffed from the bytes with Tika and
 * must be one a disclosure page may offer (PDF, Word, Excel, images); a renamed executable is refused.
 */
@Component
public class AttachmentStore {

    /** Media types accepted, with the file extensions they may carry. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "application/pdf", List.of("pdf"),
            "application/msword", List.of("doc"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
            "application/vnd.ms-excel", List.of("xls"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
            "application/x-tika-msoffice", List.of("doc", "xls"),
            "application/x-tika-ooxml", List.of("docx", "xlsx"),
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg"),
            "image/gif", List.of("gif"));

    private final JdbcClient jdbc;
    private final Path dir;
    private final long maxBytes;
    private final Tika tika = new Tika();

    public AttachmentStore(JdbcClient jdbc, @Value("${gongkai.attachments.dir:data/attachments}") Path dir,
                           @Value("${gongkai.attachments.max-bytes:52428800}") long maxBytes) {
        this.jdbc = jdbc;
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    public AttachmentInfo store(long itemId, String originalName, byte[] content, long uploadedBy, Instant now) {
        String name = cleanName(originalName);
        if (content == null || content.length == 0) {
            throw new BadInputException("file", "attachment.empty");
        }
        if (content.length > maxBytes) {
            throw new BadInputException("file", "attachment.tooLarge", maxBytes / (1024 * 1024));
        }
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
        String type = tika.detect(content, name);
        List<String> exts = ALLOWED.get(type);
        if (exts == null || !exts.contains(ext)) {
            throw new BadInputException("file", "attachment.type", name);
        }
        if (type.startsWith("application/x-tika")) {
            type = switch (ext) {
                case "doc" -> "application/msword";
                case "xls" -> "application/vnd.ms-excel";
                case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                default -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            };
        }
        String sha = sha256(content);
        Path target = path(sha);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), "upload", ".tmp");
                Files.write(tmp, content);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attachment (item_id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(itemId, name, type, content.length, sha, uploadedBy, Timestamp.from(now)).update(keys, "id");
        return new AttachmentInfo(keys.getKey().longValue(), itemId, name, type, content.length, sha, now);
    }

    public List<AttachmentInfo> forItem(long itemId) {
        return jdbc.sql("SELECT * FROM attachment WHERE item_id = ? ORDER BY id").param(itemId)
                .query((rs, n) -> new AttachmentInfo(rs.getLong("id"), rs.getLong("item_id"), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    public Optional<AttachmentInfo> find(long itemId, long attachmentId) {
        return forItem(itemId).stream().filter(a -> a.id() == attachmentId).findFirst();
    }

    public void delete(long itemId, long attachmentId) {
        // the file stays: another attachment may share it, and deleting is not worth a reference count
        jdbc.sql("DELETE FROM attachment WHERE id = ? AND item_id = ?").params(attachmentId, itemId).update();
    }

    public Path path(String sha) {
        return dir.resolve(sha.substring(0, 2)).resolve(sha);
    }

    static String cleanName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_");
        if (name.isEmpty()) {
            throw new BadInputException("file", "attachment.name");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
