package io.examday.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's features as Spring Modulith modules: one per package under {@code io.examday.portal}. No two depend on
 * each other both ways, and none reaches into another's sub-packages. The module diagram in {@code docs/modules}
 * (the README's) is written from the same model, so it never drifts from the code.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);
    private static final Path DOCS = Path.of("docs", "modules");

    @Test
    void featuresDependOnEachOtherOneWayOnlyAndOnlyThroughTheirBasePackage() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramInTheDocsNamesEveryModule() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml();
        String diagram = Files.readString(DOCS.resolve("components.puml"));
        assertThat(MODULES.stream().map(ApplicationModule::getDisplayName))
                .isNotEmpty()
                .allSatisfy(module -> assertThat(diagram).contains(module));
    }
}
