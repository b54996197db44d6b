package org.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded documents on disk under the data directory, named by their SHA-256 (identical files are
 * stored once). The type is sniffed from the bytes with Tika and must be one a disclosure may offer
 * (PDF, Word, Excel, images): a renamed executable is refused. Item attachments and files released
 * with a reply both go through here; each module keeps its own metadata.
 */
@Component
public class FileStore {

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

    /** A stored file: its cleaned name, sniffed type, size and content hash (the storage key). */
    public record Stored(String name, String mediaType, long size, String sha256) {
    }

    private final Path dir;
    private final long maxBytes;
    private final Tika tika = new Tika();

    public FileStore(@Value("${gongkai.attachments.dir:data/attachments}") Path dir,
                     @Value("${gongkai.attachments.max-bytes:52428800}") long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** Checks and stores {@code content}; refusals name the field "file" with a Chinese message. */
    public Stored store(String originalName, byte[] content) {
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
        return new Stored(name, type, content.length, sha);
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
