package io.examday.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's features as Spring Modulith modules: one per package under {@code io.examday.portal}. No two depend on
 * each other both ways, and none reaches into another's sub-packages. The module diagram in {@code docs/modules}
 * (the README's) is written from the same model, so it never drifts from the code.
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);
    private static final Path DOCS = Path.of("docs", "modules");
    private static final Path GENERATED = Path.of("target", "modulith-docs");

    @Test
    void featuresDependOnEachOtherOneWayOnlyAndOnlyThroughTheirBasePackage() {
        MODULES.verify();
    }

    @Test
    void theModuleDiagramInTheDocsNamesEveryModule() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml();
        String diagram = inStableOrder(Files.readString(GENERATED.resolve("components.puml")));
        Files.createDirectories(DOCS);
        Files.writeString(DOCS.resolve("components.puml"), diagram);
        assertThat(MODULES.stream().map(ApplicationModule::getDisplayName))
                .isNotEmpty()
                .allSatisfy(module -> assertThat(diagram).contains(module));
    }

    /** The documenter lists relations in no fixed order; sorted, the committed diagram changes only with the code. */
    private static String inStableOrder(String diagram) {
        List<String> lines = new ArrayList<>(diagram.lines().toList());
        List<String> relations = lines.stream().filter(ModuleStructureTest::isRelation).sorted().toList();
        int first = lines.stream().takeWhile(line -> !isRelation(line)).toList().size();
        lines.removeIf(ModuleStructureTest::isRelation);
        lines.addAll(Math.min(first, lines.size()), relations);
        return String.join("\n", lines) + "\n";
    }

    private static boolean isRelation(String line) {
        return line.startsWith("Rel(");
    }
}
