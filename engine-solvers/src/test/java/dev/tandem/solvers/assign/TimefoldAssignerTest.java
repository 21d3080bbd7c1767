package dev.tandem.solvers.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolvers;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.sample.AssignmentGenerator;
import dev.tandem.sample.AssignmentGenerator.Kind;
import dev.tandem.solvers.assign.exact.CpSatAssigner;
import dev.tandem.solvers.assign.exact.ExactAssignment;
import dev.tandem.solvers.assign.exact.ExactStatus;

class TimefoldAssignerTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void isThePreferredSolverWhenOnTheClassPath() {
        assertThat(AssignmentSolvers.preferred().name()).isEqualTo(TimefoldAssigner.NAME);
        assertThat(AssignmentSolvers.available()).extracting(solver -> solver.name())
                .containsExactly(TimefoldAssigner.NAME, GreedyAssigner.NAME);
    }

    @Test
    void fullAssertSolveKeepsTheIncrementalScoreRight() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.D, 5, 40, 21L);
        TimefoldAssigner assigner = new TimefoldAssigner(TimefoldAssigner.Options.DEFAULT
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT).withNeighbourhoodLimit(30));

        AssignmentRun run = assigner.run(problem, Assignment.empty(problem), Duration.ofSeconds(20), 5L);

        assertAgrees(run);
        assertThat(run.neighbourhoods()).isEqualTo(30);
        assertThat(new AssignmentValidator(true).validate(problem, run.assignment()).violations()).isEmpty();
    }

    @Test
    void sameSeedAndMoveBudgetGiveTheSameAssignment() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.D, 10, 100, 4L);
        TimefoldAssigner assigner = new TimefoldAssigner(TimefoldAssigner.Options.DEFAULT.withNeighbourhoodLimit(50));

        AssignmentRun first = assigner.run(problem, Assignment.empty(problem), Duration.ofSeconds(30), 11L);
        AssignmentRun second = assigner.run(problem, Assignment.empty(problem), Duration.ofSeconds(30), 11L);

        assertThat(first.assignment().bins()).containsExactly(second.assignment().bins());
    }

    @Test
    void honoursTheTimeLimit() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.D, 20, 400, 6L);

        long started = System.nanoTime();
        Assignment assignment = new TimefoldAssigner().solve(problem, SECOND, 1L);
        Duration wall = Duration.ofNanos(System.nanoTime() - started);

        // The search stops at the limit; building the solution and the solver is the grace on top.
        assertThat(wall).isLessThan(SECOND.plusMillis(1_500));
        assertThat(assignment.overload()).isZero();
    }

    @Test
    void isCloseToTheCpSatOptimumOnSmallClassCInstancesAndNeverWorseThanGreedy() {
        // A move budget, not the clock: the same search on a loaded build machine as on a quiet one.
        TimefoldAssigner assigner = new TimefoldAssigner(TimefoldAssigner.Options.DEFAULT.withNeighbourhoodLimit(300));
        double gaps = 0;
        for (long seed = 1; seed <= 4; seed++) {
            AssignmentProblem problem = AssignmentGenerator.generate(Kind.C, 5, 30, seed);
            ExactAssignment exact = new CpSatAssigner().solveExactly(problem, Duration.ofSeconds(20), seed);
            Assignment greedy = new GreedyAssigner().solve(problem, SECOND, seed);

            Assignment assignment = assigner.solve(problem, Duration.ofSeconds(60), seed);

            assertThat(exact.status()).as("seed %d", seed).isEqualTo(ExactStatus.OPTIMAL);
            assertThat(assignment.isFeasible()).as("seed %d", seed).isTrue();
            assertThat(assignment.totalCost()).as("seed %d", seed)
                    .isGreaterThanOrEqualTo(exact.assignment().totalCost())
                    .isLessThanOrEqualTo(Math.round(exact.assignment().totalCost() * 1.05));
            assertThat(assignment.score()).as("seed %d", seed).isLessThanOrEqualTo(greedy.score());
            gaps += (double) (assignment.totalCost() - exact.assignment().totalCost()) / exact.assignment().totalCost();
        }
        // A regression guard, not the 1 % target, which this search does not meet on every instance: the README
        // gives the measured gaps on OR-Library's instances.
        assertThat(gaps / 4).isLessThanOrEqualTo(0.03);
    }

    @Test
    void staysFeasibleAndNeverWorseThanGreedyOnSmallClassDInstances() {
        TimefoldAssigner assigner = new TimefoldAssigner(TimefoldAssigner.Options.DEFAULT.withNeighbourhoodLimit(200));
        for (long seed = 1; seed <= 3; seed++) {
            AssignmentProblem problem = AssignmentGenerator.generate(Kind.D, 5, 30, seed);
            Assignment greedy = new GreedyAssigner().solve(problem, SECOND, seed);

            Assignment assignment = assigner.solve(problem, Duration.ofSeconds(60), seed);

            assertThat(assignment.score()).as("seed %d", seed).isLessThanOrEqualTo(greedy.score());
            assertThat(assignment.overload()).as("seed %d", seed).isZero();
        }
    }

    @Test
    void searchesOnFromAStartAndNeverEndsWorse() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.C, 10, 100, 9L);
        int[] half = new GreedyAssigner().solve(problem, SECOND, 1L).bins();
        Arrays.fill(half, 0, 50, Assignment.UNASSIGNED);
        Assignment start = new Assignment(problem, half);

        Assignment assignment = new TimefoldAssigner(TimefoldAssigner.Options.DEFAULT.withNeighbourhoodLimit(20))
                .solve(problem, start, Duration.ofSeconds(20), 1L);

        assertThat(assignment.score()).isLessThan(start.score());
        assertThat(assignment.isFeasible()).isTrue();
    }

    @Test
    void rejectsAStartOfAnotherProblem() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.C, 2, 5, 1L);
        AssignmentProblem other = AssignmentGenerator.generate(Kind.C, 2, 5, 1L);

        assertThatIllegalArgumentException().isThrownBy(() -> new TimefoldAssigner().run(problem,
                Assignment.empty(other), SECOND, 1L)).withMessage("The start assignment is of another problem.");
    }

    /** The Timefold score is {@code (-overload, -unassigned, -cost)} of the assignment it returns. */
    private static void assertAgrees(AssignmentRun run) {
        assertThat(-run.score().hardScore()).isEqualTo(run.assignment().overload());
        assertThat(-run.score().mediumScore()).isEqualTo(run.assignment().unassignedCount());
        assertThat(-run.score().softScore()).isEqualTo(run.assignment().totalCost());
    }
}
