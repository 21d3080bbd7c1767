package dev.tandem.solvers.assign.internal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;

/**
 * The planning solution of a capacitated assignment: one {@link Item} per item of an {@link AssignmentProblem}, the
 * {@link Bin}s they may use. The score is {@code (-overload, -unassigned, -cost)} of
 * {@link Assignment#score()} for the same placement.
 */
@PlanningSolution
public class AssignmentSolution {

    @ProblemFactCollectionProperty
    private List<Bin> bins;
    @PlanningEntityCollectionProperty
    private List<Item> items;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /**
     * What the custom phases of the solve under way need beyond the solution (the problem, the seed, the budgets,
     * where to report), opaque to the domain; a clone shares it. It lets one solver factory serve every solve.
     */
    private Object searchContext;

    /** For the solution cloner only. */
    AssignmentSolution() {
    }

    public AssignmentSolution(List<Bin> bins, List<Item> items) {
        this.bins = List.copyOf(bins);
        this.items = List.copyOf(items);
    }

    /** The problem as a solution, every item placed as in {@code start}. */
    public static AssignmentSolution of(AssignmentProblem problem, Assignment start) {
        Objects.requireNonNull(problem, "problem");
        List<Bin> bins = new ArrayList<>(problem.binCount());
        for (int b = 0; b < problem.binCount(); b++) {
            bins.add(new Bin(b, problem.capacity(b)));
        }
        List<Item> items = new ArrayList<>(problem.itemCount());
        for (int i = 0; i < problem.itemCount(); i++) {
            int options = problem.optionCount(i);
            List<Bin> allowed = new ArrayList<>(options);
            long[] costs = new long[options];
            long[] loads = new long[options];
            for (int k = 0; k < options; k++) {
                allowed.add(bins.get(problem.optionBin(i, k)));
                costs[k] = problem.optionCost(i, k);
                loads[k] = problem.optionLoad(i, k);
            }
            Item item = new Item(i, allowed, costs, loads);
            int bin = start.binOrUnassigned(i);
            item.setBin(bin == Assignment.UNASSIGNED ? null : bins.get(bin));
            items.add(item);
        }
        return new AssignmentSolution(bins, items);
    }

    /** The placement as an {@link Assignment} of {@code problem}, the problem this solution was built from. */
    public Assignment toAssignment(AssignmentProblem problem) {
        int[] chosen = new int[problem.itemCount()];
        for (Item item : items) {
            chosen[item.getIndex()] = item.isAssigned() ? item.getBin().getIndex() : Assignment.UNASSIGNED;
        }
        return new Assignment(problem, chosen);
    }

    /**
     * Moves every item whose bin in {@code bins} differs from its current one, telling {@code director}, the score
     * director of this working solution: how a custom phase writes a placement it computed outside Timefold.
     *
     * @param bins per item, its bin or {@link Assignment#UNASSIGNED}
     */
    public void place(ScoreDirector<AssignmentSolution> director, int[] bins) {
        for (Item item : items) {
            int bin = bins[item.getIndex()];
            Bin target = bin == Assignment.UNASSIGNED ? null : this.bins.get(bin);
            if (target != item.getBin()) {
                director.beforeVariableChanged(item, Item.BIN);
                item.setBin(target);
                director.afterVariableChanged(item, Item.BIN);
            }
        }
        director.triggerVariableListeners();
    }

    public List<Bin> getBins() {
        return bins;
    }

    public List<Item> getItems() {
        return items;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public Object getSearchContext() {
        return searchContext;
    }

    public void setSearchContext(Object searchContext) {
        this.searchContext = searchContext;
    }
}
