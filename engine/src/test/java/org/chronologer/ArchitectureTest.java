package org.chronologer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages follow its flow: no package cycle, and no stage depends on a later one (the orchestrators in
 * the root package call the stages in turn; writers only write).
 */
class ArchitectureTest {

    /** The packages in flow order; each may use only those before it. */
    static final List<String> FLOW = List.of("text", "read", "tag", "interpret", "resolve", "extract", "model", "event", "knowledge",
            "corpus", "date", "link", "order", "episode", "write");

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chronologer");

    @Test
    void noPackageDependsOnAnotherThatDependsBackOnIt() {
        slices().matching("org.chronologer.(**)").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void noStageDependsOnALaterStageOrOnTheOrchestrators() {
        for (int i = 0; i < FLOW.size(); i++) {
            String[] later = FLOW.subList(i + 1, FLOW.size()).stream().map(p -> "org.chronologer." + p + "..").toArray(String[]::new);
            String stage = "org.chronologer." + FLOW.get(i) + "..";
            if (later.length > 0) {
                noClasses().that().resideInAPackage(stage).should().dependOnClassesThat().resideInAnyPackage(later)
                        .because("the flow runs " + String.join(" → ", FLOW) + " and a stage never calls a later one")
                        .check(ENGINE);
            }
            noClasses().that().resideInAPackage(stage).should().dependOnClassesThat().resideInAPackage("org.chronologer")
                    .because("the root package holds the orchestrators, which call the stages, never the other way")
                    .check(ENGINE);
        }
    }

    @Test
    void everyPackageOfTheEngineHasItsPlaceInTheFlow() {
        List<String> packages = ENGINE.stream().map(c -> c.getPackageName()).distinct()
                .filter(p -> !p.equals("org.chronologer")).map(p -> p.substring("org.chronologer.".length()).split("\\.")[0])
                .distinct().sorted().toList();
        org.assertj.core.api.Assertions.assertThat(FLOW).containsAll(packages);
        org.assertj.core.api.Assertions.assertThat(Arrays.asList("eval", "bench")).doesNotContainAnyElementsOf(packages);
    }
}
