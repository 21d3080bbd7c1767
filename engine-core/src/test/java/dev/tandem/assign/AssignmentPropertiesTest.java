package dev.tandem.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.tandem.sample.internal.AssignmentGenerator;

/** Properties of the greedy assigner on random instances, checked by brute force where it is small enough. */
class AssignmentPropertiesTest {

    @Property(tries = 300)
    void greedyAssignmentsPassTheValidatorAndTheirFeasibleFlagAgreesWithTheLoads(
            @ForAll("instances") AssignmentProblem problem) {
        Assignment assignment = new GreedyAssigner().solve(problem, Duration.ofSeconds(1), 1L);

        assertThat(new AssignmentValidator(true).validate(problem, assignment).violations()).isEmpty();
        assertThat(assignment.overload()).isZero();
        boolean fits = true;
        for (int bin = 0; bin < problem.binCount(); bin++) {
            fits &= assignment.load(bin) <= problem.capacity(bin);
        }
        assertThat(assignment.isFeasible()).isEqualTo(fits && assignment.unassignedCount() == 0);
    }

    @Property(tries = 300)
    void greedyIsNeverBetterThanTheOptimumAndPlacesAllWhenItIsEasy(@ForAll("instances") AssignmentProblem problem) {
        Assignment greedy = new GreedyAssigner().solve(problem, Duration.ofSeconds(1), 1L);
        AssignmentScore optimum = BruteForce.optimum(problem);

        assertThat(greedy.score()).isGreaterThanOrEqualTo(optimum);
    }

    @Provide
    Arbitrary<AssignmentProblem> instances() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.integers().between(1, 3),
                Arbitraries.longs().between(0, Long.MAX_VALUE)).as(AssignmentPropertiesTest::random);
    }

    private static AssignmentProblem random(int items, int bins, long seed) {
        return AssignmentGenerator.tiny(items, bins, new java.util.SplittableRandom(seed));
    }
}
