package org.aiip.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * Keeps the feature packages free of cycles, of dependencies their {@code package-info.java} does not allow
 * and of reaches into each other's internals; and writes the module diagram and canvases to {@code docs/modules/}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(TrackerApplication.class);

    @Test
    void modulesKeepToTheDependenciesTheyDeclare() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramAndCanvasesToDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
            .writeModulesAsPlantUml(DiagramOptions.defaults().withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE))
            .writeIndividualModulesAsPlantUml()
            .writeModuleCanvases();

        String diagram = Files.readString(Path.of("docs/modules/components.puml"));
        MODULES.forEach(module -> assertThat(diagram).contains(module.getDisplayName()));
    }

}
