package dev.tandem.assign;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.tandem.model.PlanValidation;

/**
 * Checks an {@link Assignment} against its {@link AssignmentProblem} independently of the solvers and of the
 * assignment's own bookkeeping: every placed item is on an allowed pair, no bin holds more than its capacity, and
 * the total cost, the loads and the feasible flag the assignment reports are those recomputed here from the pairs.
 * An unassigned item is a violation unless {@code unassignedAllowed}. Stateless and thread-safe.
 */
public final class AssignmentValidator {

    private final boolean unassignedAllowed;

    /**
     * @param unassignedAllowed whether an item may stay unassigned, as when the caller offers an outside option of
     *     its own; a generalized assignment instance wants every item placed
     */
    public AssignmentValidator(boolean unassignedAllowed) {
        this.unassignedAllowed = unassignedAllowed;
    }

    public PlanValidation validate(AssignmentProblem problem, Assignment assignment) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(assignment, "assignment");
        List<String> violations = new ArrayList<>();
        if (assignment.problem() != problem) {
            violations.add("the assignment is of another problem (" + assignment.problem() + ")");
            return new PlanValidation(violations);
        }
        long[] loads = new long[problem.binCount()];
        long cost = 0;
        int unassigned = 0;
        for (int item = 0; item < problem.itemCount(); item++) {
            int bin = assignment.binOrUnassigned(item);
            if (bin == Assignment.UNASSIGNED) {
                unassigned++;
                if (!unassignedAllowed) {
                    violations.add("item " + item + " is in no bin");
                }
                continue;
            }
            boolean found = false;
            for (int k = 0; k < problem.optionCount(item); k++) {
                if (problem.optionBin(item, k) == bin) {
                    cost += problem.optionCost(item, k);
                    loads[bin] += problem.optionLoad(item, k);
                    found = true;
                }
            }
            if (!found) {
                violations.add("item " + item + " is in bin " + bin + ", a forbidden pair");
            }
        }
        long overload = 0;
        for (int bin = 0; bin < loads.length; bin++) {
            if (loads[bin] > problem.capacity(bin)) {
                overload += loads[bin] - problem.capacity(bin);
                violations.add("bin " + bin + " holds " + loads[bin] + ", above its capacity " + problem.capacity(bin));
            }
            if (loads[bin] != assignment.load(bin)) {
                violations.add("bin " + bin + " holds " + loads[bin] + ", not the " + assignment.load(bin)
                        + " the assignment reports");
            }
        }
        if (cost != assignment.totalCost()) {
            violations.add("the total cost is " + cost + ", not the " + assignment.totalCost()
                    + " the assignment reports");
        }
        boolean feasible = overload == 0 && unassigned == 0;
        if (feasible != assignment.isFeasible()) {
            violations.add("the assignment reports feasible " + assignment.isFeasible() + " but is " + feasible);
        }
        return new PlanValidation(violations);
    }
}
