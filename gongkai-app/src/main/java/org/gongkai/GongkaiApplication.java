package org.gongkai;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The platform: one Spring Boot application, one top-level package per module (see DESIGN.md). */
@SpringBootApplication
@Modulithic(sharedModules = "platform")
public class GongkaiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongkaiApplication.class, args);
    }
}
