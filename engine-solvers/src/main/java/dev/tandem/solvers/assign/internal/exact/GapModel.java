package dev.tandem.solvers.assign.internal.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;
import dev.tandem.solvers.internal.ortools.OrToolsNative;

/**
 * The CP-SAT model of a capacitated assignment, or of a part of one: the whole problem for {@link dev.tandem.solvers.assign.exact.CpSatAssigner},
 * or the items of a few bins for a large-neighbourhood move, the others held where they are.
 *
 * <p>A Boolean {@code x[i,b]} per usable allowed pair of each free item; per item <em>exactly one</em> of its
 * Booleans, plus, for an item that may stay unassigned, an explicit Boolean {@code u[i]} for "in no bin" in that
 * same exactly-one; per bin {@code Σ load × x ≤ capacity}. Exactly-one, rather than at most one with a count of the
 * items placed, is what lets CP-SAT's linear relaxation see that every item goes somewhere: with the count alone its
 * bound stays below the plain LP bound on large instances and it proves nothing.
 *
 * <p>Not thread-safe; a model is built, solved and read once or a few times by one caller.
 */
public final class GapModel {

    private final AssignmentProblem problem;
    private final int[] items;
    private final CpModel model = new CpModel();
    private final int[][] optionBins;
    private final BoolVar[][] x;
    private final BoolVar[] unassigned;
    private final LinearExpr cost;
    private final LinearExpr unplaced;

    /**
     * @param items the free items, problem indexes in increasing order; every other item is held where it is, its
     *     load already taken off {@code capacities}
     * @param capacities per bin of the problem, the room the free items may use
     * @param usable which bins a free item may go to (its other allowed bins are left out)
     * @param mayStayUnassigned per free item (parallel to {@code items}), whether "in no bin" is one of its choices
     */
    public GapModel(AssignmentProblem problem, int[] items, long[] capacities, IntPredicate usable,
            boolean[] mayStayUnassigned) {
        OrToolsNative.ensureLoaded();
        this.problem = problem;
        this.items = items.clone();
        this.optionBins = new int[items.length][];
        this.x = new BoolVar[items.length][];
        this.unassigned = new BoolVar[items.length];
        List<List<Literal>> inBin = new ArrayList<>(problem.binCount());
        List<long[]> loadsInBin = new ArrayList<>(problem.binCount());
        int[] sizes = new int[problem.binCount()];
        for (int bin = 0; bin < problem.binCount(); bin++) {
            inBin.add(null);
            loadsInBin.add(null);
        }
        LinearExprBuilder costs = LinearExpr.newBuilder();
        LinearExprBuilder left = LinearExpr.newBuilder();
        List<Literal> choice = new ArrayList<>();
        for (int local = 0; local < items.length; local++) {
            int item = items[local];
            choice.clear();
            int options = problem.optionCount(item);
            int[] usableBins = new int[options];
            BoolVar[] vars = new BoolVar[options];
            int n = 0;
            for (int k = 0; k < options; k++) {
                int bin = problem.optionBin(item, k);
                long load = problem.optionLoad(item, k);
                if (!usable.test(bin) || load > capacities[bin]) {
                    continue;
                }
                BoolVar var = model.newBoolVar("x" + item + "_" + bin);
                usableBins[n] = bin;
                vars[n++] = var;
                choice.add(var);
                costs.addTerm(var, problem.optionCost(item, k));
                if (inBin.get(bin) == null) {
                    inBin.set(bin, new ArrayList<>());
                    loadsInBin.set(bin, new long[4]);
                }
                inBin.get(bin).add(var);
                long[] loads = loadsInBin.get(bin);
                if (sizes[bin] == loads.length) {
                    loads = Arrays.copyOf(loads, loads.length * 2);
                    loadsInBin.set(bin, loads);
                }
                loads[sizes[bin]++] = load;
            }
            optionBins[local] = Arrays.copyOf(usableBins, n);
            x[local] = Arrays.copyOf(vars, n);
            if (mayStayUnassigned[local]) {
                unassigned[local] = model.newBoolVar("u" + item);
                choice.add(unassigned[local]);
                left.add(unassigned[local]);
            }
            if (choice.isEmpty()) {
                throw new IllegalArgumentException("The item (" + item + ") has no usable bin and may not stay "
                        + "unassigned.\nMaybe let it stay unassigned or free the bins it may go to.");
            }
            model.addExactlyOne(choice.toArray(new Literal[0]));
        }
        for (int bin = 0; bin < problem.binCount(); bin++) {
            List<Literal> vars = inBin.get(bin);
            if (vars == null) {
                continue;
            }
            long[] loads = Arrays.copyOf(loadsInBin.get(bin), sizes[bin]);
            long total = 0;
            for (long load : loads) {
                total += load;
            }
            if (total > capacities[bin]) {
                model.addLessOrEqual(LinearExpr.weightedSum(vars.toArray(new Literal[0]), loads), capacities[bin]);
            }
        }
        this.cost = costs.build();
        this.unplaced = left.build();
    }

    /**
     * The model of the whole problem: every item free, every bin usable at its capacity.
     *
     * @param mayStayUnassigned whether "in no bin" is a choice of every item
     */
    public static GapModel ofWhole(AssignmentProblem problem, boolean mayStayUnassigned) {
        int[] all = new int[problem.itemCount()];
        Arrays.setAll(all, item -> item);
        long[] capacities = new long[problem.binCount()];
        Arrays.setAll(capacities, problem::capacity);
        boolean[] mayStay = new boolean[all.length];
        Arrays.fill(mayStay, mayStayUnassigned);
        return new GapModel(problem, all, capacities, bin -> true, mayStay);
    }

    /** The free items, problem indexes. */
    public int[] items() {
        return items.clone();
    }

    /** The usable pairs, Booleans of the model. */
    public int pairCount() {
        int pairs = 0;
        for (BoolVar[] vars : x) {
            pairs += vars.length;
        }
        return pairs;
    }

    /** Suggests {@code assignment}'s placement of the free items as CP-SAT's first solution. */
    public void hint(int[] binsOfAllItems) {
        model.clearHints();
        for (int local = 0; local < items.length; local++) {
            int current = binsOfAllItems[items[local]];
            for (int k = 0; k < x[local].length; k++) {
                model.addHint(x[local][k], optionBins[local][k] == current ? 1 : 0);
            }
            if (unassigned[local] != null) {
                model.addHint(unassigned[local], current == Assignment.UNASSIGNED ? 1 : 0);
            }
        }
    }

    /** The cost of the free items, over the model's variables. */
    public LinearExpr cost() {
        return cost;
    }

    /** The free items left in no bin, over the model's variables. */
    public LinearExpr unplaced() {
        return unplaced;
    }

    /** Minimizes the items left in no bin. */
    public void minimizeUnassigned() {
        model.clearObjective();
        model.minimize(unplaced);
    }

    /** Minimizes the cost of the free items. */
    public void minimizeCost() {
        model.clearObjective();
        model.minimize(cost);
    }

    /** Minimizes {@code cost + weight × unassigned}: with a weight above any cost difference, placing comes first. */
    public void minimizeCostWithUnassignedAt(long weight) {
        model.clearObjective();
        model.minimize(LinearExpr.newBuilder().add(cost).addTerm(unplaced, weight).build());
    }

    /** Leaves at most {@code most} free items in no bin from now on. */
    public void capUnassigned(long most) {
        model.addLessOrEqual(unplaced, most);
    }

    /** What the solver's last solution leaves unassigned. */
    public long unassignedOf(CpSolver solver) {
        return solver.value(unplaced);
    }

    /** Writes the solver's last solution of the free items into {@code binsOfAllItems}. */
    public void readInto(CpSolver solver, int[] binsOfAllItems) {
        readInto(solver::booleanValue, binsOfAllItems);
    }

    /** Writes SCIP's solution of this model ({@link MipOfCpModel}) into {@code binsOfAllItems}; it must have one. */
    public void readInto(MipOfCpModel.Result solution, int[] binsOfAllItems) {
        readInto(var -> solution.value(var.getIndex()) == 1, binsOfAllItems);
    }

    private void readInto(Predicate<BoolVar> chosen, int[] binsOfAllItems) {
        for (int local = 0; local < items.length; local++) {
            int bin = Assignment.UNASSIGNED;
            for (int k = 0; k < x[local].length; k++) {
                if (chosen.test(x[local][k])) {
                    bin = optionBins[local][k];
                }
            }
            binsOfAllItems[items[local]] = bin;
        }
    }

    /** The model, to solve. */
    public CpModel cpModel() {
        return model;
    }

    @Override
    public String toString() {
        return "GapModel[" + items.length + " free items of " + problem.itemCount() + ", " + pairCount() + " pairs]";
    }
}
