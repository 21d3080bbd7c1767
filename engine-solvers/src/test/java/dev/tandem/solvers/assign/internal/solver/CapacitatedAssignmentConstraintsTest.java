package dev.tandem.solvers.assign.internal.solver;


import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import dev.tandem.solvers.ConstraintCoverage;
import dev.tandem.solvers.ConstraintCoverage.Exercises;
import dev.tandem.solvers.assign.internal.domain.AssignmentSolution;
import dev.tandem.solvers.assign.internal.domain.Bin;
import dev.tandem.solvers.assign.internal.domain.Item;

/**
 * Each constraint of {@link CapacitatedAssignmentConstraints} alone: a case where it has no impact, a weighted case
 * and its justification. The guard at the end checks that every constraint the provider defines has its nested
 * class here with the three kinds of test.
 */
class CapacitatedAssignmentConstraintsTest {

    private static final ConstraintVerifier<CapacitatedAssignmentConstraints, AssignmentSolution> VERIFIER =
            ConstraintVerifier.build(new CapacitatedAssignmentConstraints(), AssignmentSolution.class, Item.class);

    private static final Bin SMALL = new Bin(0, 10);
    private static final Bin LARGE = new Bin(1, 100);

    /** An item allowed in both bins at these costs and loads, placed in {@code bin} (or nowhere for null). */
    private static Item item(int index, Bin bin, long smallCost, long smallLoad, long largeCost, long largeLoad) {
        Item item = new Item(index, List.of(SMALL, LARGE), new long[] {smallCost, largeCost},
                new long[] {smallLoad, largeLoad});
        item.setBin(bin);
        return item;
    }

    @Nested
    @Exercises(CapacitatedAssignmentConstraints.CAPACITY)
    class Capacity {

        @Test
        void zeroWhenTheLoadsFitExactly() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::capacity)
                    .given(SMALL, LARGE, item(0, SMALL, 1, 6, 1, 50), item(1, SMALL, 1, 4, 1, 50),
                            item(2, LARGE, 1, 9, 1, 100))
                    .hasNoImpact();
        }

        @Test
        void penalizesTheLoadAboveEachCapacity() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::capacity)
                    .given(SMALL, LARGE, item(0, SMALL, 1, 8, 1, 50), item(1, SMALL, 1, 5, 1, 50),
                            item(2, LARGE, 1, 9, 1, 60), item(3, LARGE, 1, 9, 1, 60), item(4, null, 1, 99, 1, 99))
                    .penalizesBy(3 + 20);
        }

        @Test
        void justifiesWithTheLoadAndTheCapacity() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::capacity)
                    .given(SMALL, item(0, SMALL, 1, 8, 1, 50), item(1, SMALL, 1, 5, 1, 50))
                    .justifiesWith(new OverloadJustification(0, 13, 10,
                            "Bin 0 holds 13, 3 above its capacity of 10."));
        }
    }

    @Nested
    @Exercises(CapacitatedAssignmentConstraints.UNASSIGNED)
    class Unassigned {

        @Test
        void zeroWhenEveryItemIsPlaced() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::unassigned)
                    .given(item(0, SMALL, 1, 1, 1, 1), item(1, LARGE, 1, 1, 1, 1))
                    .hasNoImpact();
        }

        @Test
        void penalizesEachItemInNoBin() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::unassigned)
                    .given(item(0, null, 1, 1, 1, 1), item(1, LARGE, 1, 1, 1, 1), item(2, null, 1, 1, 1, 1))
                    .penalizesBy(2);
        }

        @Test
        void justifiesWithTheBinsItMayGoTo() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::unassigned)
                    .given(item(7, null, 1, 1, 1, 1))
                    .justifiesWith(new UnassignedJustification(7, 2, "Item 7 is in none of the 2 bins it may go to."));
        }
    }

    @Nested
    @Exercises(CapacitatedAssignmentConstraints.COST)
    class Cost {

        @Test
        void zeroWhenFreeUnassignedOrAProfit() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::cost)
                    .given(item(0, SMALL, 0, 1, 40, 1), item(1, null, 30, 1, 40, 1), item(2, SMALL, -5, 1, 40, 1))
                    .hasNoImpact();
        }

        @Test
        void penalizesEachPositiveCost() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::cost)
                    .given(item(0, SMALL, 17, 1, 40, 1), item(1, LARGE, 30, 1, 40, 1), item(2, SMALL, -5, 1, 4, 1))
                    .penalizesBy(57);
        }

        @Test
        void justifiesWithTheCostAndLoad() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::cost)
                    .given(item(3, LARGE, 17, 1, 40, 6))
                    .justifiesWith(new CostJustification(3, 1, 40, 6, "Item 3 in bin 1 costs 40 and loads it 6."));
        }
    }

    @Nested
    @Exercises(CapacitatedAssignmentConstraints.PROFIT)
    class Profit {

        @Test
        void zeroWhenACostOrUnassigned() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::profit)
                    .given(item(0, SMALL, 0, 1, -40, 1), item(1, null, -30, 1, -40, 1), item(2, LARGE, -5, 1, 4, 1))
                    .hasNoImpact();
        }

        @Test
        void rewardsEachNegativeCost() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::profit)
                    .given(item(0, SMALL, -25, 1, 40, 1), item(1, LARGE, 30, 1, -5, 1), item(2, SMALL, 8, 1, 4, 1))
                    .rewardsWith(30);
        }

        @Test
        void justifiesWithTheProfit() {
            VERIFIER.verifyThat(CapacitatedAssignmentConstraints::profit)
                    .given(item(4, SMALL, -25, 3, 40, 1))
                    .justifiesWith(new CostJustification(4, 0, -25, 3, "Item 4 in bin 0 costs -25 and loads it 3."));
        }
    }

    @Test
    void everyConstraintIsExercisedByAZeroAWeightedAndAJustificationTest() {
        ConstraintCoverage.assertEveryConstraintIsExercised(getClass(), AssignmentSolution.class, Item.class,
                CapacitatedAssignmentConstraints.class, new AssignmentSolution(List.of(), List.of()));
    }
}
