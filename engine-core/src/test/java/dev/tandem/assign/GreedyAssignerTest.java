package dev.tandem.assign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.tandem.sample.internal.AssignmentGenerator;

class GreedyAssignerTest {

    private static final Duration LIMIT = Duration.ofSeconds(1);

    @Test
    void placesTheItemWithTheMostToLoseFirst() {
        // Both items prefer bin 0, which has room for one. Item 1 loses 90 elsewhere, item 0 only 1.
        AssignmentProblem problem = AssignmentProblem.builder(2, 2).capacity(0, 1).capacity(1, 1)
                .allow(0, 0, 10, 1).allow(0, 1, 11, 1)
                .allow(1, 0, 10, 1).allow(1, 1, 100, 1).build();

        Assignment assignment = new GreedyAssigner().solve(problem, LIMIT, 1L);

        assertThat(assignment.bins()).containsExactly(1, 0);
        assertThat(assignment.totalCost()).isEqualTo(21);
    }

    @Test
    void shiftsItemsToCheaperBinsThatStillHaveRoom() {
        AssignmentProblem problem = AssignmentProblem.builder(2, 2).capacity(0, 2).capacity(1, 5)
                .allow(0, 0, 5, 1).allow(0, 1, 6, 1).allow(1, 1, 1, 1).build();
        Assignment start = new Assignment(problem, new int[] {1, 1});

        Assignment assignment = new GreedyAssigner().solve(problem, start, LIMIT, 1L);

        assertThat(assignment.bins()).containsExactly(0, 1);
    }

    @Test
    void leavesAnItemNoBinHasRoomForUnassigned() {
        AssignmentProblem problem = AssignmentProblem.builder(2, 1).capacity(0, 3)
                .allow(0, 0, 1, 2).allow(1, 0, 1, 2).build();

        Assignment assignment = new GreedyAssigner().solve(problem, LIMIT, 1L);

        assertThat(assignment.unassignedCount()).isEqualTo(1);
        assertThat(assignment.overload()).isZero();
        assertThat(assignment.isFeasible()).isFalse();
    }

    @Test
    void keepsTheFittingPlacementsOfItsStartAndIsNeverWorse() {
        AssignmentProblem problem = AssignmentGenerator.generate(AssignmentGenerator.Kind.C, 5, 60, 3L);
        Assignment first = new GreedyAssigner().solve(problem, LIMIT, 1L);

        Assignment again = new GreedyAssigner().solve(problem, first, LIMIT, 1L);

        assertThat(again.score()).isLessThanOrEqualTo(first.score());
    }

    @Test
    void isDeterministic() {
        AssignmentProblem problem = AssignmentGenerator.generate(AssignmentGenerator.Kind.D, 10, 100, 5L);

        assertThat(new GreedyAssigner().solve(problem, LIMIT, 1L).bins())
                .containsExactly(new GreedyAssigner().solve(problem, LIMIT, 2L).bins());
    }

    @Test
    void findsAFeasibleAssignmentOfAClassCInstance() {
        AssignmentProblem problem = AssignmentGenerator.generate(AssignmentGenerator.Kind.C, 10, 100, 7L);

        Assignment assignment = new GreedyAssigner().solve(problem, LIMIT, 1L);

        assertThat(assignment.isFeasible()).isTrue();
        assertThat(new AssignmentValidator(false).validate(problem, assignment).violations()).isEmpty();
    }
}
