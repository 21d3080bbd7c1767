package dev.tandem.solvers.assign.exact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentScore;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.sample.internal.AssignmentGenerator;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;

class CpSatAssignerTest {

    @Test
    void equalsBruteForceOnTinyInstances() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 200; n++) {
            int items = random.nextInt(0, 7);
            int bins = random.nextInt(1, 4);
            AssignmentProblem problem = AssignmentGenerator.tiny(items, bins, random);

            ExactAssignment exact = new CpSatAssigner().solveExactly(problem, Duration.ofSeconds(10), 1L);

            assertThat(exact.status()).as("instance %d", n).isEqualTo(ExactStatus.OPTIMAL);
            assertThat(exact.assignment().score()).as("instance %d", n).isEqualTo(bruteForce(problem));
            assertThat(exact.costBound()).as("instance %d", n).hasValue(exact.assignment().totalCost());
            assertThat(exact.gap()).hasValue(0.0);
        }
    }

    @Test
    void provesTheOptimumOfAnOrLibrarySizedInstance() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.C, 8, 40, 3L);

        ExactAssignment exact = new CpSatAssigner().solveExactly(problem, Duration.ofSeconds(30), 1L);

        assertThat(exact.status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(exact.assignment().isFeasible()).isTrue();
        assertThat(new AssignmentValidator(false).validate(problem, exact.assignment()).violations()).isEmpty();
    }

    @Test
    void placesAsManyAsFitBeforeCostWhenNotAllFit() {
        // Room for one of two items; the cheap one is the heavy one, which alone fills the bin.
        AssignmentProblem problem = AssignmentProblem.builder(3, 1).capacity(0, 4)
                .allow(0, 0, 1, 4).allow(1, 0, 10, 2).allow(2, 0, 10, 2).build();

        ExactAssignment exact = new CpSatAssigner().solveExactly(problem, Duration.ofSeconds(10), 1L);

        assertThat(exact.assignment().bins()).containsExactly(Assignment.UNASSIGNED, 0, 0);
    }

    @Test
    void saysHowSureItIsAndHasNoGapWithoutABound() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.C, 3, 12, 4L);
        ExactAssignment exact = new CpSatAssigner().solveExactly(problem, Duration.ofSeconds(10), 1L);
        ExactAssignment unbounded = new ExactAssignment(exact.assignment(), ExactStatus.FEASIBLE,
                java.util.OptionalLong.empty(), Duration.ZERO);
        ExactAssignment bounded = new ExactAssignment(exact.assignment(), ExactStatus.FEASIBLE,
                java.util.OptionalLong.of(exact.assignment().totalCost() - 10), Duration.ZERO);

        assertThat(exact.describe()).isEqualTo("proven optimal");
        assertThat(unbounded.gap()).isEmpty();
        assertThat(unbounded.describe()).isEqualTo("best found, no bound");
        assertThat(bounded.gap()).hasValueCloseTo(10.0 / exact.assignment().totalCost(),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bounded.describe()).startsWith("best found, bound " + (exact.assignment().totalCost() - 10));
    }

    @Test
    void rejectsABoundAboveTheCostFound() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.C, 2, 4, 4L);
        Assignment any = new CpSatAssigner().solve(problem, Duration.ofSeconds(10), 1L);

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new ExactAssignment(
                any, ExactStatus.FEASIBLE, java.util.OptionalLong.of(any.totalCost() + 1), Duration.ZERO))
                .withMessageContaining("must not be above the cost found");
    }

    @Test
    void provesALargerOptimumWithExactlyOneBinPerItem() {
        // Greedy places every item, so CP-SAT writes exactly one bin per item and proves the optimum quickly.
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.A, 10, 200, 1L);

        ExactAssignment exact = new CpSatAssigner(2).solveExactly(problem, Duration.ofSeconds(60), 1L);

        assertThat(exact.status()).isEqualTo(ExactStatus.OPTIMAL);
        assertThat(exact.gap()).hasValue(0.0);
        assertThat(new AssignmentValidator(false).validate(problem, exact.assignment()).violations()).isEmpty();
    }

    private static AssignmentScore bruteForce(AssignmentProblem problem) {
        return search(problem, new int[problem.itemCount()], 0, Assignment.empty(problem).score());
    }

    private static AssignmentScore search(AssignmentProblem problem, int[] bins, int item, AssignmentScore best) {
        if (item == bins.length) {
            AssignmentScore score = new Assignment(problem, bins).score();
            return score.overload() == 0 && score.compareTo(best) < 0 ? score : best;
        }
        bins[item] = Assignment.UNASSIGNED;
        best = search(problem, bins, item + 1, best);
        for (int k = 0; k < problem.optionCount(item); k++) {
            bins[item] = problem.optionBin(item, k);
            best = search(problem, bins, item + 1, best);
        }
        return best;
    }
}
