package dev.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the core: no solver library, Jackson only in {@code io}, and {@code model} at the bottom. Each
 * rule fails when the classes it is about are missing, and a control shows that the same kind of rule does catch
 * a dependency that is there.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.tandem";
    private static final String MODEL = "dev.tandem.model..";
    private static final String NETWORK = "dev.tandem.network..";
    private static final String IO = "dev.tandem.io..";
    private static final String VIEW = "dev.tandem.view..";
    private static final String JACKSON = "com.fasterxml.jackson..";

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ROOT);

    static final ArchRule NO_SOLVER_LIBRARY = noClasses().that().resideInAPackage("dev.tandem..")
            .should().dependOnClassesThat().resideInAnyPackage("ai.timefold..", "com.google.ortools..")
            .because("engine-core works alone; the solvers live in engine-solvers")
            .allowEmptyShould(false);

    static final ArchRule JACKSON_ONLY_IN_IO = noClasses().that().resideInAPackage("dev.tandem..")
            .and().resideOutsideOfPackage(IO)
            .should().dependOnClassesThat().resideInAPackage(JACKSON)
            .because("io is the only package of the core that reads or writes JSON")
            .allowEmptyShould(false);

    static final ArchRule MODEL_IS_THE_BOTTOM_LAYER = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat().resideInAnyPackage(NETWORK, IO, VIEW)
            .because("the model is the bottom layer: values that know nothing of snapshots, files or views")
            .allowEmptyShould(false);

    static final ArchRule ENGINES_DO_NOT_DEPEND_ON_THE_SIMULATOR_SAMPLES_OR_DASHBOARD = noClasses().that()
            .resideInAnyPackage("dev.tandem.model..", "dev.tandem.network..", "dev.tandem.travel..",
                    "dev.tandem.match..", "dev.tandem.rebalance..", "dev.tandem.dispatch..", "dev.tandem.assign..",
                    "dev.tandem.divert..", "dev.tandem.ledger..", "dev.tandem.kpi..", "dev.tandem.report..",
                    "dev.tandem.forecast..", "dev.tandem.deadstock..", "dev.tandem.job..", "dev.tandem.view..",
                    "dev.tandem.advise..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.tandem.simulate..", "dev.tandem.sample..",
                    "dev.tandem.dashboard..")
            .because("the simulator, the samples and the dashboard are built on the engines, never the reverse")
            .allowEmptyShould(false);

    static final ArchRule INTERNAL_IS_USED_ONLY_BY_IO = noClasses().that().resideOutsideOfPackage(IO)
            .should().dependOnClassesThat().resideInAPackage("dev.tandem.io.internal..")
            .because("io.internal is the documents' shared plumbing, not API")
            .allowEmptyShould(false);

    @Test
    void enginesDoNotDependOnTheSimulatorSamplesOrDashboard() {
        ENGINES_DO_NOT_DEPEND_ON_THE_SIMULATOR_SAMPLES_OR_DASHBOARD.check(CORE);
    }

    @Test
    void onlyTheDocumentPackagesUseTheInternalPlumbing() {
        INTERNAL_IS_USED_ONLY_BY_IO.check(CORE);
    }

    @Test
    void coreDependsOnNoSolverLibrary() {
        NO_SOLVER_LIBRARY.check(CORE);
    }

    @Test
    void onlyIoDependsOnJackson() {
        JACKSON_ONLY_IN_IO.check(CORE);
    }

    @Test
    void modelDependsOnNothingAboveIt() {
        MODEL_IS_THE_BOTTOM_LAYER.check(CORE);
    }

    @Test
    void theImportHoldsTheMainClassesAndNoTests() {
        assertThat(CORE.contain("dev.tandem.network.NetworkSnapshot")).isTrue();
        assertThat(CORE.contain("dev.tandem.model.Store")).isTrue();
        assertThat(CORE.contain(ArchitectureTest.class)).isFalse();
    }

    /** Controls: rules of the same form fail where the dependency is real, so the rules above are not vacuous. */
    @Test
    void rulesOfTheSameFormCatchDependenciesThatAreThere() {
        ArchRule ioWithoutJackson = noClasses().that().resideInAPackage(IO)
                .should().dependOnClassesThat().resideInAPackage(JACKSON);
        ArchRule networkWithoutModel = noClasses().that().resideInAPackage(NETWORK)
                .should().dependOnClassesThat().resideInAPackage(MODEL);

        assertThat(ioWithoutJackson.evaluate(CORE).hasViolation()).isTrue();
        assertThat(networkWithoutModel.evaluate(CORE).hasViolation()).isTrue();
        assertThat(JACKSON_ONLY_IN_IO.evaluate(new ClassFileImporter().importClasses(JacksonOutsideIo.class))
                .hasViolation()).isTrue();
    }

    @Test
    void rulesFailWhenTheClassesTheyAreAboutAreMissing() {
        JavaClasses noModel = new ClassFileImporter().importClasses(JacksonOutsideIo.class);

        assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> MODEL_IS_THE_BOTTOM_LAYER.check(noModel))
                .withMessageContaining("failed to check any classes");
    }

    /** A class of package dev.tandem, outside io, that uses Jackson: what the Jackson rule must reject. */
    private static final class JacksonOutsideIo {

        @SuppressWarnings("unused")
        private final ObjectMapper mapper = new ObjectMapper();
    }
}
