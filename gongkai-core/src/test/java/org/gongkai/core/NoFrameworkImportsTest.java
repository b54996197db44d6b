package org.gongkai.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: gongkai-core is pure Java, the rules of the domain, with no Spring and no database. This
 * keeps the rules testable without a container and usable from any module; it is checked here, on the
 * sources, because a dependency alone would not stop a transitive class from being imported.
 */
class NoFrameworkImportsTest {

    /** {@code import [static] <forbidden>…;} at the start of a line. */
    static final Pattern FORBIDDEN = Pattern.compile(
            "^\\s*import\\s+(?:static\\s+)?(org\\.springframework\\.|java\\.sql\\.|javax\\.sql\\.|jakarta\\.)");

    static final Path MAIN_SOURCES = Path.of("src", "main", "java");

    @Test
    @DisplayName("DESIGN: gongkai-core imports nothing from Spring, JDBC (java.sql, javax.sql) or Jakarta EE")
    void coreHasNoSpringOrJdbcImport() throws IOException {
        assertThat(MAIN_SOURCES).as("run from the gongkai-core module directory").isDirectory();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("the scan found the sources").hasSizeGreaterThanOrEqualTo(10);

        List<String> offending = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (FORBIDDEN.matcher(lines.get(i)).find()) {
                    offending.add(MAIN_SOURCES.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offending).as("forbidden imports in gongkai-core").isEmpty();
    }

    @Test
    @DisplayName("The scan recognises the forbidden imports and lets others through")
    void patternMatchesForbiddenImportsOnly() {
        assertThat(List.of(
                "import org.springframework.stereotype.Service;",
                "import java.sql.Connection;",
                "import javax.sql.DataSource;",
                "import jakarta.persistence.Entity;",
                "  import static org.springframework.util.Assert.notNull;",
                "import java.sql.*;"))
                .allMatch(line -> FORBIDDEN.matcher(line).find());
        assertThat(List.of(
                "import java.time.LocalDate;",
                "import java.util.Set;",
                "import javax.annotation.processing.Generated;",
                "// import org.springframework is not allowed here",
                "import org.gongkai.core.review.Role;"))
                .noneMatch(line -> FORBIDDEN.matcher(line).find());
    }
}
