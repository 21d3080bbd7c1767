package dev.tandem.assign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AssignmentProblemTest {

    @Test
    void keepsEachItemsOptionsInBinOrderWithTheirCostsAndLoads() {
        AssignmentProblem problem = AssignmentProblem.builder(2, 3)
                .capacity(0, 10).capacity(2, 7)
                .allow(0, 2, 5, 3).allow(0, 0, -4, 1).allow(1, 1, 9, 0)
                .build();

        assertThat(problem.itemCount()).isEqualTo(2);
        assertThat(problem.binCount()).isEqualTo(3);
        assertThat(problem.optionCount()).isEqualTo(3);
        assertThat(problem.optionCount(0)).isEqualTo(2);
        assertThat(problem.optionBin(0, 0)).isZero();
        assertThat(problem.optionBin(0, 1)).isEqualTo(2);
        assertThat(problem.cost(0, 0)).isEqualTo(-4);
        assertThat(problem.load(0, 2)).isEqualTo(3);
        assertThat(problem.isAllowed(0, 1)).isFalse();
        assertThat(problem.optionOf(1, 1)).isZero();
        assertThat(problem.capacity(1)).isZero();
        assertThat(problem.capacity(2)).isEqualTo(7);
    }

    @Test
    void rejectsEachBadInputWithItsValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> AssignmentProblem.builder(-1, 2))
                .withMessage("The number of items (-1) must not be negative.");
        AssignmentProblem.Builder builder = AssignmentProblem.builder(2, 2);
        assertThatIllegalArgumentException().isThrownBy(() -> builder.capacity(2, 5))
                .withMessage("The bin (2) must be from 0 to 1.");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.capacity(0, -5))
                .withMessage("The capacity (-5) of bin (0) must not be negative.");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.allow(2, 0, 1, 1))
                .withMessage("The item (2) must be from 0 to 1.");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.allow(0, 0, 1, -1))
                .withMessage("The load (-1) of item (0) in bin (0) must not be negative.");
        builder.allow(1, 0, 1, 1).allow(1, 0, 2, 2);
        assertThatIllegalArgumentException().isThrownBy(builder::build)
                .withMessageStartingWith("The pair of item (1) and bin (0) is given twice.");
    }

    @Test
    void askingForAForbiddenPairIsAnError() {
        AssignmentProblem problem = AssignmentProblem.builder(1, 2).allow(0, 0, 1, 1).build();

        assertThatIllegalArgumentException().isThrownBy(() -> problem.cost(0, 1))
                .withMessage("The item (0) may not go to bin (1).");
    }

    @Test
    void anAssignmentSumsItsCostsAndLoadsAndReportsOverloadAndUnassigned() {
        AssignmentProblem problem = AssignmentProblem.builder(3, 2).capacity(0, 4).capacity(1, 10)
                .allow(0, 0, 3, 3).allow(1, 0, 5, 2).allow(1, 1, 1, 2).allow(2, 1, 7, 1).build();

        Assignment over = new Assignment(problem, new int[] {0, 0, Assignment.UNASSIGNED});
        Assignment fits = new Assignment(problem, new int[] {0, 1, 1});

        assertThat(over.totalCost()).isEqualTo(8);
        assertThat(over.load(0)).isEqualTo(5);
        assertThat(over.score()).isEqualTo(new AssignmentScore(1, 1, 8));
        assertThat(over.isFeasible()).isFalse();
        assertThat(fits.score()).isEqualTo(new AssignmentScore(0, 0, 11));
        assertThat(fits.isFeasible()).isTrue();
        assertThat(fits.bin(2)).hasValue(1);
        assertThat(Assignment.empty(problem).bin(0)).isEmpty();
        assertThat(fits.score()).isLessThan(over.score());
        assertThatIllegalArgumentException().isThrownBy(() -> new Assignment(problem, new int[] {1, 0, 1}))
                .withMessage("The item (0) is placed in bin (1), a forbidden pair.");
    }

    @Test
    void theValidatorFindsForbiddenPairsOverloadAndMissingItems() {
        AssignmentProblem problem = AssignmentProblem.builder(3, 2).capacity(0, 4).capacity(1, 10)
                .allow(0, 0, 3, 3).allow(1, 0, 5, 2).allow(1, 1, 1, 2).allow(2, 1, 7, 1).build();
        AssignmentProblem other = AssignmentProblem.builder(3, 2).build();

        assertThat(new AssignmentValidator(false).validate(problem,
                new Assignment(problem, new int[] {0, 0, Assignment.UNASSIGNED})).violations())
                .containsExactly("item 2 is in no bin", "bin 0 holds 5, above its capacity 4");
        assertThat(new AssignmentValidator(true).validate(problem,
                new Assignment(problem, new int[] {0, 1, Assignment.UNASSIGNED})).valid()).isTrue();
        assertThat(new AssignmentValidator(false).validate(other, Assignment.empty(problem)).valid()).isFalse();
    }
}
