package dev.tandem.solvers.dispatch.internal.move;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;

import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.internal.domain.StartSlot;

/**
 * Swaps the technicians of two requests, each keeping its start, or their whole assignments, technician and start
 * (so an unassigned request takes the place of an assigned one, which is left unassigned, and two trips of one
 * technician trade times). The factories only make
 * swaps in which each request receives values of its own ranges; Timefold undoes a move by recording its changes.
 */
final class CandidateSwapMove extends AbstractMove<DispatchSchedule> {

    private final RequestAssignment left;
    private final RequestAssignment right;
    private final boolean startsToo;

    CandidateSwapMove(RequestAssignment left, RequestAssignment right, boolean startsToo) {
        this.left = Objects.requireNonNull(left, "left");
        this.right = Objects.requireNonNull(right, "right");
        this.startsToo = startsToo;
    }

    RequestAssignment left() {
        return left;
    }

    RequestAssignment right() {
        return right;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<DispatchSchedule> scoreDirector) {
        return changes(left, right, startsToo);
    }

    /** Whether swapping the two requests' technicians, and their starts if {@code startsToo}, changes anything. */
    static boolean changes(RequestAssignment left, RequestAssignment right, boolean startsToo) {
        return left != right && (left.getTechnician() != right.getTechnician()
                || startsToo && left.getStart() != right.getStart());
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<DispatchSchedule> scoreDirector) {
        DispatchTechnician leftTechnician = left.getTechnician();
        DispatchTechnician rightTechnician = right.getTechnician();
        setTechnician(scoreDirector, left, rightTechnician);
        setTechnician(scoreDirector, right, leftTechnician);
        if (startsToo) {
            StartSlot leftStart = left.getStart();
            StartSlot rightStart = right.getStart();
            setStart(scoreDirector, left, rightStart);
            setStart(scoreDirector, right, leftStart);
        }
    }

    private static void setTechnician(ScoreDirector<DispatchSchedule> scoreDirector, RequestAssignment assignment,
            DispatchTechnician technician) {
        scoreDirector.beforeVariableChanged(assignment, RequestAssignment.TECHNICIAN);
        assignment.setTechnician(technician);
        scoreDirector.afterVariableChanged(assignment, RequestAssignment.TECHNICIAN);
    }

    private static void setStart(ScoreDirector<DispatchSchedule> scoreDirector, RequestAssignment assignment,
            StartSlot start) {
        scoreDirector.beforeVariableChanged(assignment, RequestAssignment.START);
        assignment.setStart(start);
        scoreDirector.afterVariableChanged(assignment, RequestAssignment.START);
    }

    @Override
    public CandidateSwapMove rebase(ScoreDirector<DispatchSchedule> destination) {
        return new CandidateSwapMove(destination.lookUpWorkingObject(left), destination.lookUpWorkingObject(right),
                startsToo);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(left, right);
    }

    @Override
    public Collection<?> getPlanningValues() {
        Stream<Object> technicians = Stream.of(left.getTechnician(), right.getTechnician());
        Stream<Object> values = startsToo
                ? Stream.concat(technicians, Stream.of(left.getStart(), right.getStart()))
                : technicians;
        return values.filter(Objects::nonNull).toList();
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return startsToo ? "CandidateSwapMove(technician, start)" : "CandidateSwapMove(technician)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CandidateSwapMove move && move.startsToo == startsToo
                && (move.left == left && move.right == right || move.left == right && move.right == left);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(left) ^ System.identityHashCode(right), startsToo);
    }

    @Override
    public String toString() {
        return left + " <-> " + right + (startsToo ? "" : " (technicians only)");
    }
}
