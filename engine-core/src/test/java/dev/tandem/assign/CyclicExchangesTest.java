package dev.tandem.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import dev.tandem.sample.internal.AssignmentGenerator;

class CyclicExchangesTest {

    /**
     * Three full bins: no item can shift, every swap costs more, and only the cycle {@code i → B, j → C, k → A}
     * lowers the cost, from 9 to 3.
     */
    @Test
    void findsTheCycleOfThreeThatNoShiftOrSwapReaches() {
        long[][] cost = {{3, 1, 10}, {10, 3, 1}, {1, 10, 3}};
        AssignmentProblem.Builder builder = AssignmentProblem.builder(3, 3);
        for (int bin = 0; bin < 3; bin++) {
            builder.capacity(bin, 1);
            for (int item = 0; item < 3; item++) {
                builder.allow(item, bin, cost[item][bin], 1);
            }
        }
        AssignmentProblem problem = builder.build();
        Assignment start = new Assignment(problem, new int[] {0, 1, 2});

        Assignment polished = CyclicExchanges.improve(start, () -> false);

        assertThat(start.totalCost()).isEqualTo(9);
        assertThat(polished.bins()).containsExactly(1, 2, 0);
        assertThat(polished.totalCost()).isEqualTo(3).isEqualTo(BruteForce.optimum(problem).cost());
    }

    @Property(tries = 40)
    void neverWorseAlwaysWithinCapacityAndTheSameEachTime(@ForAll @IntRange(min = 2, max = 6) int bins,
            @ForAll @IntRange(min = 4, max = 30) int items, @ForAll @LongRange(min = 1, max = 10_000) long seed) {
        AssignmentProblem problem = AssignmentGenerator.generate(AssignmentGenerator.Kind.C, bins, items, seed);
        Assignment greedy = new GreedyAssigner().solve(problem, Duration.ofSeconds(1), seed);

        Assignment polished = CyclicExchanges.improve(greedy, () -> false);

        assertThat(polished.score()).isLessThanOrEqualTo(greedy.score());
        if (greedy.isFeasible()) {
            assertThat(new AssignmentValidator(false).validate(problem, polished).valid()).isTrue();
        }
        assertThat(CyclicExchanges.improve(greedy, () -> false).bins()).containsExactly(polished.bins());
        Assignment iterated = CyclicExchanges.iterate(greedy, 50, seed, () -> false);
        assertThat(iterated.score()).isLessThanOrEqualTo(polished.score());
        assertThat(CyclicExchanges.iterate(greedy, 50, seed, () -> false).bins()).containsExactly(iterated.bins());
        if (greedy.isFeasible()) {
            assertThat(new AssignmentValidator(false).validate(problem, iterated).valid()).isTrue();
        }
    }

    @Test
    void anAssignmentWithOverloadIsLeftAsItIs() {
        AssignmentProblem problem = AssignmentProblem.builder(2, 1).capacity(0, 1).allow(0, 0, 5, 1)
                .allow(1, 0, 5, 1).build();
        Assignment overloaded = new Assignment(problem, new int[] {0, 0});

        assertThat(CyclicExchanges.improve(overloaded, () -> false)).isSameAs(overloaded);
    }
}
