package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The platform: one Spring Boot application, one top-level package per module (see DESIGN.md). */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class GongkaiApplication {

    public static void main(String[] args) {
        // H2 refuses database paths relative to the working directory unless they start with "./";
        // make the data directory absolute so GONGKAI_DATA_DIR=some/dir works as people expect.
        String dataDir = System.getProperty("gongkai.data-dir", System.getenv("GONGKAI_DATA_DIR"));
        if (dataDir != null && !dataDir.isBlank()) {
            System.setProperty("gongkai.data-dir", java.nio.file.Path.of(dataDir).toAbsolutePath().normalize().toString());
        }
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
