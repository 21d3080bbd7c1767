package dev.tandem.solvers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The API of engine-solvers speaks only Tandem's types: outside the packages named {@code internal}, no public
 * class shows a Timefold or OR-Tools type, or a type of an internal package (of the solvers or of the core), in a
 * public or protected signature (parameter, return type, exception or field, generic arguments included), nor
 * extends or implements a Timefold or OR-Tools type. A host can then take the solvers without
 * compiling against either library, and either library can change version behind the API. A control shows that
 * the rule does catch a leak.
 */
class ApiArchitectureTest {

    private static final String[] SOLVER_LIBRARIES = {"ai.timefold..", "com.google.ortools.."};
    private static final String INTERNAL = "..internal..";

    private static final JavaClasses SOLVERS = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("dev.tandem.solvers");

    /** Public, and every class that encloses it public too: visible to a host. */
    private static final DescribedPredicate<JavaClass> VISIBLE_TO_HOSTS =
            DescribedPredicate.describe("visible to hosts", ApiArchitectureTest::isVisible);

    static final ArchRule API_SIGNATURES_SHOW_NO_SOLVER_LIBRARY = classes()
            .that(VISIBLE_TO_HOSTS).and().resideOutsideOfPackage(INTERNAL)
            .should(showNoSolverLibraryType())
            .because("hosts use the solvers through Tandem's own types; Timefold and OR-Tools stay internal")
            .allowEmptyShould(false);

    static final ArchRule API_CLASSES_EXTEND_NO_SOLVER_LIBRARY = classes()
            .that(VISIBLE_TO_HOSTS).and().resideOutsideOfPackage(INTERNAL)
            .should().notBeAssignableTo(DescribedPredicate.describe("a Timefold or OR-Tools type",
                    (JavaClass type) -> isSolverLibrary(type)))
            .because("a public class of the API that extends a library type makes that type part of the API")
            .allowEmptyShould(false);

    @Test
    void apiSignaturesShowNoTimefoldOrOrToolsType() {
        API_SIGNATURES_SHOW_NO_SOLVER_LIBRARY.check(SOLVERS);
    }

    @Test
    void apiClassesExtendNoTimefoldOrOrToolsType() {
        API_CLASSES_EXTEND_NO_SOLVER_LIBRARY.check(SOLVERS);
    }

    @Test
    void theInternalPackagesHoldTheSolverPlumbing() {
        assertThat(SOLVERS.stream().filter(type -> type.getPackageName().contains(".internal"))
                .filter(type -> type.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> isSolverLibrary(dependency.getTargetClass()))))
                .as("classes of the internal packages that use Timefold or OR-Tools")
                .isNotEmpty();
    }

    /** A control: the same rules, on a class that leaks a Timefold type, fail. */
    @Test
    void theRulesCatchALeak() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyApi.Leaky.class, LeakyApi.LeakyProvider.class);
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> API_SIGNATURES_SHOW_NO_SOLVER_LIBRARY.check(leaky))
                .withMessageContaining("HardMediumSoftLongScore");
        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> API_CLASSES_EXTEND_NO_SOLVER_LIBRARY.check(leaky))
                .withMessageContaining("LeakyProvider");
    }

    private static boolean isVisible(JavaClass type) {
        for (Optional<JavaClass> at = Optional.of(type); at.isPresent(); at = at.get().getEnclosingClass()) {
            if (!at.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass();
    }

    private static boolean isInternal(JavaClass type) {
        return type.getPackageName().matches(".*\\binternal\\b.*");
    }

    private static boolean isSolverLibrary(JavaClass type) {
        String name = type.getName();
        return name.startsWith("ai.timefold.") || name.startsWith("com.google.ortools.");
    }

    private static ArchCondition<JavaClass> showNoSolverLibraryType() {
        return new ArchCondition<>("show no Timefold, OR-Tools or internal type in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMember member : type.getMembers()) {
                    if (!isApi(member)) {
                        continue;
                    }
                    for (JavaType shown : signatureTypes(member)) {
                        for (JavaClass raw : shown.getAllInvolvedRawTypes()) {
                            if (isSolverLibrary(raw) || isInternal(raw)) {
                                events.add(SimpleConditionEvent.violated(member, member.getFullName()
                                        + " shows " + raw.getName() + " in " + type.getName()));
                            }
                        }
                    }
                }
            }
        };
    }

    private static boolean isApi(JavaMember member) {
        return member.getModifiers().contains(JavaModifier.PUBLIC)
                || member.getModifiers().contains(JavaModifier.PROTECTED)
                        && !member.getOwner().getModifiers().contains(JavaModifier.FINAL);
    }

    private static List<JavaType> signatureTypes(JavaMember member) {
        List<JavaType> types = new ArrayList<>();
        if (member instanceof JavaField field) {
            types.add(field.getType());
        }
        if (member instanceof JavaCodeUnit code) {
            types.add(code.getReturnType());
            code.getParameters().stream().map(JavaParameter::getType).forEach(types::add);
            Stream.of(code.getThrowsClause().getTypes().toArray(new JavaClass[0])).forEach(types::add);
        }
        return types;
    }
}
