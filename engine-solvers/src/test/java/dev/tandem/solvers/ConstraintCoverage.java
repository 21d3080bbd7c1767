package dev.tandem.solvers;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.constraint.ConstraintRef;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * The guard of the constraint tests: every constraint a provider defines has a nested test class marked
 * {@link Exercises} with a zero case, a weighted case (penalizes or rewards) and a justification test, and no nested
 * class names a constraint the provider does not define.
 */
public final class ConstraintCoverage {

    /** Names the constraint a nested test class tests. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Exercises {
        String value();
    }

    private ConstraintCoverage() {
    }

    /**
     * @param emptySolution a solution with nothing in it, for Timefold's score analysis to list the constraints
     */
    public static <S> void assertEveryConstraintIsExercised(Class<?> testClass, Class<S> solutionClass,
            Class<?> entityClass, Class<? extends ConstraintProvider> provider, S emptySolution) {
        Map<String, List<String>> testsByConstraint = Arrays.stream(testClass.getDeclaredClasses())
                .filter(nested -> nested.isAnnotationPresent(Exercises.class))
                .collect(Collectors.toMap(nested -> nested.getAnnotation(Exercises.class).value(),
                        nested -> Arrays.stream(nested.getDeclaredMethods())
                                .filter(method -> method.isAnnotationPresent(Test.class)).map(Method::getName)
                                .toList()));

        assertThat(testsByConstraint.keySet()).containsExactlyInAnyOrderElementsOf(
                definedConstraintNames(solutionClass, entityClass, provider, emptySolution));
        assertThat(testsByConstraint).allSatisfy((constraint, tests) -> assertThat(tests).as(constraint)
                .anyMatch(name -> name.startsWith("zero"))
                .anyMatch(name -> name.startsWith("penalizes") || name.startsWith("rewards"))
                .anyMatch(name -> name.startsWith("justifies")));
    }

    /** The names as the provider defines them, read through Timefold's own score analysis. */
    private static <S> Set<String> definedConstraintNames(Class<S> solutionClass, Class<?> entityClass,
            Class<? extends ConstraintProvider> provider, S emptySolution) {
        SolverConfig config = new SolverConfig().withSolutionClass(solutionClass)
                .withEntityClasses(entityClass)
                .withConstraintProviderClass(provider)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(1)));
        return SolutionManager.create(SolverFactory.<S>create(config))
                .analyze(emptySolution)
                .constraintMap().keySet().stream().map(ConstraintRef::constraintName)
                .collect(Collectors.toSet());
    }
}
