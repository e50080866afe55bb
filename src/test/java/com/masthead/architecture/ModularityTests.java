package com.masthead.architecture;

import com.masthead.MastheadApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of {@code com.masthead}: each top-level package is a Spring Modulith module, its top-level
 * package is its API, and modules must not form cycles. No Spring context is started.
 */
class ModularityTests {

    private static final ApplicationModules MODULES =
            ApplicationModules.of(MastheadApplication.class, new MainClassesOnly());

    @Test
    void modulesOnlyUseEachOthersApisAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesModuleDiagramsToTargetSpringModulithDocs() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
