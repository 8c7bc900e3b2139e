package org.aiip.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
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

    /**
     * The README's map of the modules has one row per module, and its "may use" column is what the module's
     * {@code package-info.java} allows ("nothing" for none), so that the map cannot drift from the rules.
     */
    @Test
    void theReadmeMapListsEveryModuleWithWhatItsPackageInfoAllows() throws IOException {
        List<String> rows = Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| `")).toList();
        MODULES.forEach(module -> {
            String name = module.getBasePackage().getName().substring(TrackerApplication.class.getPackageName().length() + 1);
            List<String> found = rows.stream().filter(row -> row.startsWith("| `" + name + "/` |")).toList();
            assertThat(found).as("rows of module " + name + " in the README's map").hasSize(1);
            String[] cells = found.get(0).split("\\|");
            String mayUse = cells[cells.length - 1].strip();
            assertThat(mayUse).as("what module " + name + " may use, in the README").isEqualTo(allowed(module.getBasePackage().getName()));
        });
    }

    private static String allowed(String basePackage) {
        try {
            ApplicationModule declared = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            String list = Arrays.stream(declared.allowedDependencies()).sorted().collect(Collectors.joining(", "));
            return list.isEmpty() ? "nothing" : list;
        }
        catch (ClassNotFoundException ex) {
            throw new AssertionError(basePackage + " has no package-info.java", ex);
        }
    }

}
