package dev.tandem.solvers.assign;

import java.time.Duration;
import java.util.Objects;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import dev.tandem.assign.Assignment;

/**
 * One Timefold search of a capacitated assignment and how it went.
 *
 * @param assignment the best assignment found
 * @param score its Timefold score, {@code (-overload, -unassigned, -cost)}
 * @param spent the time from the start of solving to the end, setup of the solver included
 * @param moveEvaluationCount moves evaluated by the search
 */
public record AssignmentRun(Assignment assignment, HardMediumSoftLongScore score, Duration spent,
        long moveEvaluationCount) {

    public AssignmentRun {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(spent, "spent");
    }
}
