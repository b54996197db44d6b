package org.gongkai.catalog.internal;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongkai.catalog.AttachmentInfo;
import org.gongkai.platform.FileStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Attachments of items: metadata in the database, content in the shared {@link FileStore} (type
 * sniffed, size-limited, stored once per content).
 */
@Component
public class AttachmentStore {

    private final JdbcClient jdbc;
    private final FileStore files;

    public AttachmentStore(JdbcClient jdbc, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    public AttachmentInfo store(long itemId, String originalName, byte[] content, long uploadedBy, Instant now) {
        FileStore.Stored f = files.store(originalName, content);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO attachment (item_id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(itemId, f.name(), f.mediaType(), f.size(), f.sha256(), uploadedBy, Timestamp.from(now))
                .update(keys, "id");
        return new AttachmentInfo(keys.getKey().longValue(), itemId, f.name(), f.mediaType(), f.size(), f.sha256(), now);
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
        return files.path(sha);
    }
}
