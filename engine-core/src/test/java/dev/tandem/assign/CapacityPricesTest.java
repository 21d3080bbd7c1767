package dev.tandem.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tandem.assign.internal.CapacityPrices;
import dev.tandem.sample.internal.AssignmentGenerator;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;

class CapacityPricesTest {

    @Test
    void boundsTheOptimumOfEveryTinyInstanceThatPlacesAllItems() {
        SplittableRandom random = new SplittableRandom(8);
        int checked = 0;
        for (int n = 0; n < 300; n++) {
            AssignmentProblem problem = tiny(random);
            AssignmentScore optimum = BruteForce.optimum(problem);
            if (optimum.unassigned() > 0) {
                continue;
            }
            CapacityPrices prices = CapacityPrices.of(problem, optimum.cost() + 10, 200);

            assertThat(prices.lowerBound()).as("instance %d", n).isLessThanOrEqualTo(optimum.cost());
            assertThat(java.util.Arrays.stream(prices.prices()).min().orElse(0)).isGreaterThanOrEqualTo(0);
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void isTheSumOfTheCheapestBinsWhenTheCapacitiesDoNotBind() {
        AssignmentProblem problem = AssignmentProblem.builder(2, 2).capacity(0, 100).capacity(1, 100)
                .allow(0, 0, 7, 5).allow(0, 1, 3, 5).allow(1, 0, 4, 5).allow(1, 1, 9, 5).build();

        CapacityPrices prices = CapacityPrices.of(problem, 100, 50);

        assertThat(prices.lowerBound()).isEqualTo(7);
        assertThat(prices.prices()).containsExactly(0, 0);
    }

    @Test
    void pricesABinEveryItemWantsAndTheBoundRisesAboveTheCheapestPlacement() {
        // Both items are cheapest in bin 0, which has room for one: the optimum is 1 + 10 = 11.
        AssignmentProblem problem = AssignmentProblem.builder(2, 2).capacity(0, 5).capacity(1, 10)
                .allow(0, 0, 1, 5).allow(0, 1, 10, 5).allow(1, 0, 1, 5).allow(1, 1, 10, 5).build();

        CapacityPrices prices = CapacityPrices.of(problem, 11, 500);

        assertThat(prices.prices()[0]).isPositive();
        assertThat(prices.lowerBound()).isGreaterThan(2).isLessThanOrEqualTo(11);
    }

    @Test
    void guidesTheGreedyConstructionOfTheInverseTypeBelowItsUnpricedMeasures() {
        AssignmentProblem problem = AssignmentGenerator.generate(Kind.E, 10, 200, 3L);
        GreedyAssigner greedy = new GreedyAssigner();
        Assignment plain = greedy.solve(problem, Duration.ZERO, 1L);
        CapacityPrices prices = CapacityPrices.of(problem, plain.totalCost(), 400);

        Assignment priced = greedy.solve(problem, Assignment.empty(problem), prices.prices());

        assertThat(priced.isFeasible()).isTrue();
        assertThat(new AssignmentValidator(false).validate(problem, priced).violations()).isEmpty();
        assertThat(priced.totalCost()).isLessThan(plain.totalCost()).isGreaterThanOrEqualTo(prices.lowerBound());
    }

    @Test
    void rejectsAnItemWithNoBin() {
        AssignmentProblem problem = AssignmentProblem.builder(1, 1).capacity(0, 1).build();

        assertThatIllegalArgumentException().isThrownBy(() -> CapacityPrices.of(problem, 0, 10))
                .withMessageContaining("The item (0) has no allowed bin");
    }

    private static AssignmentProblem tiny(SplittableRandom random) {
        return AssignmentGenerator.tiny(random.nextInt(1, 7), random.nextInt(1, 4), random);
    }
}
