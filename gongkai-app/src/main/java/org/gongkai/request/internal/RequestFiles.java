package org.gongkai.request.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the files released with a reply live on disk: {@code info_request_file.storage_key} is a
 * path relative to one directory under the data directory. Resolving refuses any key that would
 * leave that directory, so a bad row can never serve another file of the server.
 */
@Component
public class RequestFiles {

    private final Path dir;

    public RequestFiles(@Value("${gongkai.requests.files-dir:${gongkai.data-dir:./data}/request-files}") Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
    }

    /** The stored file of {@code storageKey}, if it exists inside the directory. */
    public Optional<Path> resolve(String storageKey) {
        if (storageKey == null || storageKey.isBlank()) {
            return Optional.empty();
        }
        Path p = dir.resolve(storageKey).normalize();
        return p.startsWith(dir) && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
