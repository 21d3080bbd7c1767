package dev.tandem.solvers.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.solvers.assign.exact.CpSatAssigner;
import dev.tandem.solvers.assign.exact.ExactAssignment;
import dev.tandem.solvers.assign.exact.ExactStatus;

/**
 * On random instances, sparse and dense, loose and over-full, every Timefold answer passes the validator and is
 * optimal where CP-SAT proves an optimum: instances this small fit in one neighbourhood of the search.
 */
class TimefoldPlansAreValidTest {

    private static final TimefoldAssigner ASSIGNER =
            new TimefoldAssigner(TimefoldAssigner.Options.DEFAULT.withStepLimit(30));

    @Property(tries = 25)
    void timefoldAnswersPassTheValidatorAndMatchTheProvenOptimum(@ForAll @IntRange(min = 0, max = 40) int items,
            @ForAll @IntRange(min = 1, max = 6) int bins, @ForAll long seed) {
        AssignmentProblem problem = random(items, bins, seed);

        Assignment assignment = ASSIGNER.solve(problem, Duration.ofSeconds(10), seed);

        assertThat(new AssignmentValidator(true).validate(problem, assignment).violations()).isEmpty();
        assertThat(assignment.overload()).isZero();
        ExactAssignment exact = new CpSatAssigner(1).solveExactly(problem, Duration.ofSeconds(10), seed);
        if (exact.status() == ExactStatus.OPTIMAL) {
            assertThat(assignment.score()).isEqualTo(exact.assignment().score());
        }
    }

    /**
     * A sample the property once failed on (cost 818 against the optimum's 814 at the same six unassigned): the
     * optimum trades which items stay out, which only a neighbourhood holding the whole problem may do, and CP-SAT
     * proves that neighbourhood only with more than the first budget.
     */
    @Example
    void theWholeProblemNeighbourhoodGetsTheBudgetToProveASmallInstance() {
        timefoldAnswersPassTheValidatorAndMatchTheProvenOptimum(40, 4, -2174542495083689845L);
    }

    private static AssignmentProblem random(int items, int bins, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        AssignmentProblem.Builder builder = AssignmentProblem.builder(items, bins);
        for (int bin = 0; bin < bins; bin++) {
            builder.capacity(bin, random.nextInt(0, 40));
        }
        double density = random.nextDouble(0.2, 1.0);
        for (int item = 0; item < items; item++) {
            for (int bin = 0; bin < bins; bin++) {
                if (random.nextDouble() < density) {
                    builder.allow(item, bin, random.nextInt(-30, 100), random.nextInt(0, 10));
                }
            }
        }
        return builder.build();
    }
}
