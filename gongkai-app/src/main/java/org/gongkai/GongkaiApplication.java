package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The platform: one Spring Boot application, one top-level package per module (see DESIGN.md). */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class GongkaiApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "proofread".equals(args[0])) {
            // the officers' own documents: the same engine, without starting the platform
            System.exit(org.gongkai.proofing.ProofreadCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        // H2 refuses database paths relative to the working directory unless they start with "./";
        // make the data directory absolute so GONGKAI_DATA_DIR=some/dir works as people expect.
        String dataDir = System.getProperty("gongkai.data-dir", System.getenv("GONGKAI_DATA_DIR"));
        if (dataDir != null && !dataDir.isBlank()) {
            System.setProperty("gongkai.data-dir", java.nio.file.Path.of(dataDir).toAbsolutePath().normalize().toString());
        }
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
