package dev.tandem.solvers.dispatch.internal.domain;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;

/**
 * The planning solution of technician support dispatch: one {@link RequestAssignment} per request of a
 * {@link DispatchProblem}, with the stores, technicians and starts they may use. The score is
 * {@code (-hard, -medium, -soft)} of {@link Dispatch#score()} for the same assignment when the constraint weights
 * are those of the problem's settings.
 *
 * <p>Read back as a {@link Dispatch} by {@link #toDispatch(DispatchProblem)}.
 */
@PlanningSolution
public class DispatchSchedule {

    @ProblemFactCollectionProperty
    private List<LendingStore> stores;
    @ProblemFactCollectionProperty
    private List<DispatchTechnician> technicians;
    @ProblemFactCollectionProperty
    private List<StartSlot> startSlots;
    @PlanningEntityCollectionProperty
    private List<RequestAssignment> assignments;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> constraintWeightOverrides =
            ConstraintWeightOverrides.none();

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For the solution cloner only. */
    DispatchSchedule() {
    }

    public DispatchSchedule(List<LendingStore> stores, List<DispatchTechnician> technicians,
            List<StartSlot> startSlots, List<RequestAssignment> assignments) {
        this.stores = List.copyOf(stores);
        this.technicians = List.copyOf(technicians);
        this.startSlots = List.copyOf(startSlots);
        this.assignments = List.copyOf(assignments);
    }

    /**
     * Sets every assignment, pinned or not, as in {@code dispatch}, which must be of the problem this was built
     * from.
     *
     * @throws IllegalArgumentException if the dispatch sends a request to a technician or at a start that is not
     *     one of its candidates
     */
    public void assignAs(Dispatch dispatch) {
        for (RequestAssignment assignment : assignments) {
            int r = assignment.getIndex();
            if (!dispatch.isAssigned(r)) {
                assignment.assign(null, null);
                continue;
            }
            assignment.assign(technicianOf(assignment, dispatch.technician(r)),
                    startOf(assignment, dispatch.start(r)));
        }
    }

    private static DispatchTechnician technicianOf(RequestAssignment assignment, int technician) {
        return assignment.getCandidateTechnicians().stream().filter(t -> t.getIndex() == technician).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(String.format(
                        "The technician (%s) of request (%s) is not one of its candidates.%n"
                                + "Maybe the dispatch was made for another problem.",
                        technician, assignment.getId())));
    }

    private static StartSlot startOf(RequestAssignment assignment, OffsetDateTime start) {
        return assignment.getStarts().stream().filter(slot -> slot.getTime().isEqual(start)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(String.format(
                        "The start (%s) of request (%s) is not one of its starts.%n"
                                + "Maybe the dispatch was made for another problem.",
                        start, assignment.getId())));
    }

    /** The assignment as a {@link Dispatch} of {@code problem}, the problem this schedule was built from. */
    public Dispatch toDispatch(DispatchProblem problem) {
        Objects.requireNonNull(problem, "problem");
        int[] chosen = new int[problem.requests().size()];
        OffsetDateTime[] times = new OffsetDateTime[chosen.length];
        Arrays.fill(chosen, Dispatch.UNASSIGNED);
        for (RequestAssignment assignment : assignments) {
            if (assignment.isAssigned()) {
                chosen[assignment.getIndex()] = assignment.getTechnician().getIndex();
                times[assignment.getIndex()] = assignment.getStart().getTime();
            }
        }
        return new Dispatch(problem, chosen, times);
    }

    public List<LendingStore> getStores() {
        return stores;
    }

    public List<DispatchTechnician> getTechnicians() {
        return technicians;
    }

    public List<StartSlot> getStartSlots() {
        return startSlots;
    }

    public List<RequestAssignment> getAssignments() {
        return assignments;
    }

    public ConstraintWeightOverrides<HardMediumSoftLongScore> getConstraintWeightOverrides() {
        return constraintWeightOverrides;
    }

    public void setConstraintWeightOverrides(ConstraintWeightOverrides<HardMediumSoftLongScore> overrides) {
        this.constraintWeightOverrides = Objects.requireNonNull(overrides, "overrides");
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
