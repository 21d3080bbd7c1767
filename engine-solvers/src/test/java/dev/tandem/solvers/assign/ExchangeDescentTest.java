package dev.tandem.solvers.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.sample.internal.AssignmentGenerator;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;

class ExchangeDescentTest {

    @Test
    void descendsFromGreedyWithinTheCapacitiesAndNeverEndsWorse() {
        for (Kind kind : Kind.values()) {
            AssignmentProblem problem = AssignmentGenerator.generate(kind, 8, 80, 2L);
            Assignment greedy = new GreedyAssigner().solve(problem, Duration.ZERO, 1L);
            ExchangeDescent descent = new ExchangeDescent(problem, greedy.bins());

            descent.descend(() -> false);

            Assignment after = new Assignment(problem, descent.bins());
            assertThat(new AssignmentValidator(false).validate(problem, after).violations()).as("type %s", kind)
                    .isEmpty();
            assertThat(after.totalCost()).as("type %s", kind).isEqualTo(descent.cost())
                    .isLessThanOrEqualTo(greedy.totalCost());
            assertLocallyOptimal(problem, after);
        }
    }

    @Test
    void kicksKeepTheCapacitiesAndResetRestoresAPlacement() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.D, 6, 60, 3L);
        int[] start = new GreedyAssigner().solve(problem, Duration.ZERO, 1L).bins();
        ExchangeDescent descent = new ExchangeDescent(problem, start);
        SplittableRandom random = new SplittableRandom(5);

        for (int n = 0; n < 50; n++) {
            descent.kick(random, 4);
            Assignment kicked = new Assignment(problem, descent.bins());
            assertThat(kicked.isFeasible()).isTrue();
            assertThat(kicked.totalCost()).isEqualTo(descent.cost());
            descent.descendDirty(() -> false);
        }
        descent.reset(start);

        assertThat(descent.bins()).containsExactly(start);
        assertThat(descent.cost()).isEqualTo(new Assignment(problem, start).totalCost());
    }

    @Test
    void placesAnUnassignedItemWhereItFits() {
        AssignmentProblem problem = AssignmentProblem.builder(2, 2).capacity(0, 5).capacity(1, 5)
                .allow(0, 0, 3, 5).allow(0, 1, 9, 5).allow(1, 0, 1, 5).build();
        ExchangeDescent descent = new ExchangeDescent(problem, new int[] {Assignment.UNASSIGNED, 0});

        descent.descend(() -> false);

        assertThat(descent.bins()).containsExactly(1, 0);
        assertThat(descent.unassignedCount()).isZero();
        assertThat(descent.cost()).isEqualTo(10);
    }

    /** No single shift or swap within the capacities lowers the cost. */
    private static void assertLocallyOptimal(AssignmentProblem problem, Assignment assignment) {
        int[] bins = assignment.bins();
        long[] loads = new long[problem.binCount()];
        for (int bin = 0; bin < loads.length; bin++) {
            loads[bin] = assignment.load(bin);
        }
        for (int i = 0; i < bins.length; i++) {
            for (int k = 0; k < problem.optionCount(i); k++) {
                int to = problem.optionBin(i, k);
                if (to != bins[i] && loads[to] + problem.optionLoad(i, k) <= problem.capacity(to)) {
                    assertThat(problem.optionCost(i, k)).as("shift of %d to %d", i, to)
                            .isGreaterThanOrEqualTo(problem.cost(i, bins[i]));
                }
            }
            for (int j = i + 1; j < bins.length; j++) {
                int a = bins[i];
                int b = bins[j];
                if (a == b || !problem.isAllowed(i, b) || !problem.isAllowed(j, a)) {
                    continue;
                }
                boolean fits = loads[a] - problem.load(i, a) + problem.load(j, a) <= problem.capacity(a)
                        && loads[b] - problem.load(j, b) + problem.load(i, b) <= problem.capacity(b);
                if (fits) {
                    assertThat(problem.cost(i, b) + problem.cost(j, a)).as("swap of %d and %d", i, j)
                            .isGreaterThanOrEqualTo(problem.cost(i, a) + problem.cost(j, b));
                }
            }
        }
    }
}
