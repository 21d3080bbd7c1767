package dev.tandem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * The API of the core does not leak what is not API: outside the packages named {@code internal}, no public class
 * (public all the way out) shows, in a public or protected signature (parameter, return type, exception or field,
 * generic arguments included), a type of an internal package, of Timefold or of OR-Tools. A control shows that the
 * rule does catch a leak.
 */
class ApiSurfaceTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("dev.tandem");

    static final ArchRule API_SIGNATURES_SHOW_NOTHING_INTERNAL = classes()
            .that(DescribedPredicate.describe("visible to hosts", ApiSurfaceTest::isVisible))
            .and().resideOutsideOfPackage("..internal..")
            .should(showNoInternalType())
            .because("hosts compile against the API only; internal packages and solver libraries may change")
            .allowEmptyShould(false);

    @Test
    void apiSignaturesShowNoInternalOrSolverLibraryType() {
        API_SIGNATURES_SHOW_NOTHING_INTERNAL.check(CORE);
    }

    @Test
    void theCoreHasInternalPackagesForTheRuleToGuard() {
        assertThat(CORE.stream().filter(type -> type.getPackageName().contains(".internal")))
                .as("classes of the internal packages").isNotEmpty();
    }

    /** A control: the rule, on public classes that show an internal type, fails and names the member. */
    @Test
    void theRuleCatchesALeak() {
        JavaClasses leaky = new ClassFileImporter().importClasses(LeakyCoreApi.class, LeakyCoreApi.Shown.class);

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> API_SIGNATURES_SHOW_NOTHING_INTERNAL.check(leaky))
                .withMessageContaining("LeakyCoreApi.check(")
                .withMessageContaining("LeakyCoreApi$Shown.plans()")
                .withMessageContaining("dev.tandem.rebalance.internal.RebalancePlans");
    }

    static boolean isVisible(JavaClass type) {
        for (Optional<JavaClass> at = Optional.of(type); at.isPresent(); at = at.get().getEnclosingClass()) {
            if (!at.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return !type.isAnonymousClass() && !type.isLocalClass();
    }

    static boolean isInternal(JavaClass type) {
        String name = type.getName();
        return type.getPackageName().matches(".*\\binternal\\b.*") || name.startsWith("ai.timefold.")
                || name.startsWith("com.google.ortools.");
    }

    private static ArchCondition<JavaClass> showNoInternalType() {
        return new ArchCondition<>("show no internal, Timefold or OR-Tools type in a public signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMember member : type.getMembers()) {
                    if (!isApi(member)) {
                        continue;
                    }
                    for (JavaType shown : signatureTypes(member)) {
                        for (JavaClass raw : shown.getAllInvolvedRawTypes()) {
                            if (isInternal(raw)) {
                                events.add(SimpleConditionEvent.violated(member,
                                        member.getFullName() + " shows " + raw.getName()));
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
            types.addAll(code.getThrowsClause().getTypes());
        }
        return types;
    }
}
