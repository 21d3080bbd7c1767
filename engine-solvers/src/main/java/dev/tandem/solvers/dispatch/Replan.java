package dev.tandem.solvers.dispatch;

import java.util.List;
import java.util.Objects;

import dev.tandem.model.RequestId;
import dev.tandem.dispatch.Dispatch;

/**
 * The outcome of one {@link DispatchReplanner#replan replan}: the new plan and how far it moved from the last one.
 *
 * @param plan the new plan, of the changed problem
 * @param run how the search went; its score includes the penalty of the moved assignments
 * @param moved requests assigned in the last plan and still requested whose technician or start changed, or that
 *     lost their technician, in request order
 * @param forced the moved requests whose last assignment was no longer possible, such as with a sick technician
 * @param newlyAssigned requests assigned now that were not before: new ones and ones left unassigned last time
 * @param unpinned requests whose pin had to go: pinned to a technician now sick
 */
public record Replan(Dispatch plan, DispatchRun run, List<RequestId> moved, List<RequestId> forced,
        List<RequestId> newlyAssigned, List<RequestId> unpinned) {

    public Replan {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(run, "run");
        moved = List.copyOf(moved);
        forced = List.copyOf(forced);
        newlyAssigned = List.copyOf(newlyAssigned);
        unpinned = List.copyOf(unpinned);
    }

    /** How many assignments moved, forced ones included. */
    public int movedCount() {
        return moved.size();
    }

    /** How many moved although their last assignment was still possible: the plan's own choice. */
    public int voluntaryMoves() {
        return moved.size() - forced.size();
    }
}
