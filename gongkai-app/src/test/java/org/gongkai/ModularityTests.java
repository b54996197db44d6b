package org.gongkai;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Keeps the module structure of DESIGN.md honest: each top-level package is a module whose
 * sub-packages ({@code internal}, {@code web}) no other module touches, and there are no cycles.
 * Also writes the module diagrams (PlantUML) and canvases to target/spring-modulith-docs.
 *
 * <p>{@code org.gongkai.core} comes from the gongkai-core jar: a plain library of domain rules that
 * every module may use (DESIGN.md), not an application module. Left in, Modulith would take it for a
 * module named "core" and flag every use of its sub-packages ({@code core.review}, {@code core.code})
 * as access to another module's internals, so it is excluded from the analysis.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(GongkaiApplication.class,
            JavaClass.Predicates.resideInAPackage("org.gongkai.core.."));

    @Test
    void modules_only_use_each_others_public_api_and_have_no_cycles() {
        MODULES.forEach(System.out::println);
        MODULES.verify();
    }

    @Test
    void writes_module_documentation() {
        new Documenter(MODULES)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
