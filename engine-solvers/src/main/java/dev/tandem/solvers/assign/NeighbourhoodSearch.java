package dev.tandem.solvers.assign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentScore;
import dev.tandem.solvers.assign.internal.domain.AssignmentSolution;
import dev.tandem.solvers.assign.internal.exact.GapModel;
import dev.tandem.solvers.internal.ortools.OrToolsNative;

/**
 * The improvement phase of {@link TimefoldAssigner}, a Timefold custom phase. It first descends from the start with
 * {@link ExchangeDescent}; then each step is either a kick and a descent from the best placement (iterated local
 * search), or, every {@value #EXACT_EVERY}rd step, a large neighbourhood with an exact CP-SAT repair: a few bins are
 * ruined (every item in them, and every unassigned item that may go to one, is freed) and recreated optimally: the
 * freed items go back, each to one of those bins, by a {@link GapModel} that CP-SAT solves from the current
 * placement as its hint, within a deterministic time budget. A step's answer replaces the working solution only
 * when it places more items or costs less, so the phase never makes it worse, and items left unassigned by the
 * construction are placed as room is found for them.
 *
 * <p>The bins of a neighbourhood are related: a random bin (or a bin an unassigned item may use), then, one at a
 * time, a bin that a freed item could go to, preferring those where it would cost less than where it is, until
 * about {@code target} items are free. The target adapts, as in CP-SAT's own neighbourhood search: it grows after a
 * neighbourhood solved to optimality and shrinks after one cut by its budget. In a neighbourhood an item placed
 * before stays placed, except when the neighbourhood holds every bin and every item that has a bin: then any item
 * may be left out, and solved to optimality it proves the working solution optimal and the phase ends: small
 * problems, and diversion days whose receiving stores are few, are solved exactly.
 *
 * <p>Deterministic for a seed: one CP-SAT worker, a deterministic time budget per neighbourhood, and a step budget
 * instead of the clock when one is given. Built per solve; not thread-safe.
 */
final class NeighbourhoodSearch implements PhaseCommand<AssignmentSolution> {

    private static final String PHASE = "neighbourhood search";
    /** Every how many steps one is an exact neighbourhood; the others are a kick and a descent. */
    private static final int EXACT_EVERY = 3;
    /** Random moves of a kick. */
    private static final int KICKED = 4;
    /** The free items of the first neighbourhood. */
    private static final double FIRST_TARGET = 80;
    private static final double MIN_TARGET = 6;
    private static final double GROWTH = 1.2;
    private static final double SHRINK = 0.8;
    /** CP-SAT's deterministic time budget of one neighbourhood, about a tenth of a second of work. */
    private static final double STEP_DETERMINISTIC_TIME = 0.1;
    /**
     * The most deterministic time a neighbourhood holding the whole problem gets, on a problem that fits in the first
     * neighbourhood: its budget doubles from {@link #STEP_DETERMINISTIC_TIME} each time it is not solved to
     * optimality (the target kept) until this, since a smaller neighbourhood keeps every placed item placed and
     * cannot trade one for another. Larger problems shrink the target as after any neighbourhood cut short.
     */
    private static final double WHOLE_PROBLEM_DETERMINISTIC_TIME = 1.6;
    /** A safety net on the wall time of one neighbourhood, far above what its deterministic budget takes. */
    private static final double STEP_SECONDS = 2;
    /** Tries per freed item wanted at a related bin before the growth of a neighbourhood takes any bin. */
    private static final int RELATED_TRIES = 20;
    /** How often the growth of a neighbourhood tries a cheaper bin before it takes any bin of a freed item. */
    private static final int CHEAPER_TRIES = 3;

    private final AssignmentProblem problem;
    private final long seed;
    private final long stepLimit;
    private final SearchLog log;
    /** The items with a bin they may go to: those a neighbourhood holding every bin frees. */
    private final int placeable;

    NeighbourhoodSearch(AssignmentProblem problem, long seed, long stepLimit, SearchLog log) {
        this.problem = problem;
        this.placeable = (int) IntStream.range(0, problem.itemCount()).filter(item -> problem.optionCount(item) > 0)
                .count();
        this.seed = seed;
        this.stepLimit = stepLimit;
        this.log = log;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<AssignmentSolution> director, BooleanSupplier phaseTerminated) {
        BooleanSupplier terminated = () -> phaseTerminated.getAsBoolean() || log.stopRequested();
        if (problem.itemCount() == 0 || problem.binCount() == 0) {
            return;
        }
        OrToolsNative.ensureLoaded();
        AssignmentSolution solution = director.getWorkingSolution();
        State state = new State(solution.toAssignment(problem).bins());
        if (state.overloaded()) {
            return; // a start beyond capacity: the exact repair keeps capacities and has nothing to start from
        }
        SplittableRandom random = new SplittableRandom(seed);
        ExchangeDescent descent = new ExchangeDescent(problem, state.bins);
        descent.descend(terminated);
        keepIfBetter(director, solution, state, descent);
        double target = Math.min(FIRST_TARGET, problem.itemCount());
        double wholeProblemBudget = STEP_DETERMINISTIC_TIME;
        for (long step = 0; step < stepLimit && !terminated.getAsBoolean(); step++) {
            log.step();
            if (step % EXACT_EVERY != EXACT_EVERY - 1) {
                descent.reset(state.bins);
                descent.kick(random, KICKED);
                descent.descendDirty(terminated);
                keepIfBetter(director, solution, state, descent);
                continue;
            }
            boolean[] ruined = ruin(state, random, (int) Math.round(target));
            Outcome outcome = recreate(state, ruined, random.nextInt(Integer.MAX_VALUE), wholeProblemBudget);
            log.neighbourhoodSolved();
            if (outcome.improved()) {
                solution.place(director, outcome.bins());
                state.set(outcome.bins());
                log.improved(PHASE, state.score());
            }
            if (outcome.proven()) {
                if (outcome.wholeProblem()) {
                    log.provenOptimal();
                    return;
                }
                target = Math.min(problem.itemCount(), target * GROWTH + 1);
            } else if (outcome.wholeProblem() && placeable <= FIRST_TARGET
                    && wholeProblemBudget < WHOLE_PROBLEM_DETERMINISTIC_TIME) {
                wholeProblemBudget = Math.min(WHOLE_PROBLEM_DETERMINISTIC_TIME, 2 * wholeProblemBudget);
            } else {
                target = Math.max(MIN_TARGET, target * SHRINK);
            }
        }
    }

    /** Takes the descent's placement when it is better than the state's; whether it was. */
    private boolean keepIfBetter(ScoreDirector<AssignmentSolution> director, AssignmentSolution solution, State state,
            ExchangeDescent descent) {
        if (!descent.isBetterThan(state.assignment.unassignedCount(), state.assignment.totalCost())) {
            return false;
        }
        int[] bins = descent.bins();
        solution.place(director, bins);
        state.set(bins);
        log.improved(PHASE, state.score());
        return true;
    }

    /** Picks related bins until about {@code target} items are free; the bins to ruin. */
    private boolean[] ruin(State state, SplittableRandom random, int target) {
        boolean[] ruined = new boolean[problem.binCount()];
        List<Integer> free = new ArrayList<>();
        int[] unassigned = state.unassignedItems();
        int first;
        if (unassigned.length > 0 && random.nextBoolean()) {
            int item = unassigned[random.nextInt(unassigned.length)];
            first = problem.optionCount(item) == 0 ? random.nextInt(problem.binCount())
                    : problem.optionBin(item, random.nextInt(problem.optionCount(item)));
        } else {
            first = random.nextInt(problem.binCount());
        }
        int bins = add(state, first, ruined, free);
        int attempts = 0;
        while (free.size() < target && bins < problem.binCount()) {
            // Related bins first; after many misses (or with nothing freed yet, as around empty bins) any bin.
            int next = -1;
            if (!free.isEmpty() && attempts < RELATED_TRIES * target) {
                next = relatedBin(state, free.get(random.nextInt(free.size())), ruined, random);
            }
            attempts++;
            if (next < 0 && (free.isEmpty() || attempts >= RELATED_TRIES * target)) {
                next = random.nextInt(problem.binCount());
            }
            if (next >= 0 && !ruined[next]) {
                bins += add(state, next, ruined, free);
            }
        }
        return ruined;
    }

    /** Ruins {@code bin}: its items become free. Returns 1. */
    private static int add(State state, int bin, boolean[] ruined, List<Integer> free) {
        if (ruined[bin]) {
            return 0;
        }
        ruined[bin] = true;
        for (int item : state.itemsIn(bin)) {
            free.add(item);
        }
        return 1;
    }

    /** A bin {@code item} may go to that is not ruined yet, preferring one where it costs less; -1 if none. */
    private int relatedBin(State state, int item, boolean[] ruined, SplittableRandom random) {
        int options = problem.optionCount(item);
        if (options == 0) {
            return -1;
        }
        int current = state.bins[item];
        long now = current == Assignment.UNASSIGNED ? Long.MAX_VALUE : problem.cost(item, current);
        for (int attempt = 0; attempt < CHEAPER_TRIES; attempt++) {
            int k = random.nextInt(options);
            int bin = problem.optionBin(item, k);
            if (!ruined[bin] && problem.optionCost(item, k) < now) {
                return bin;
            }
        }
        int bin = problem.optionBin(item, random.nextInt(options));
        return ruined[bin] ? -1 : bin;
    }

    /**
     * Solves the ruined bins exactly from the current placement, within {@code wholeProblemBudget} of deterministic
     * time where they hold the whole problem, else {@link #STEP_DETERMINISTIC_TIME}.
     */
    private Outcome recreate(State state, boolean[] ruined, int stepSeed, double wholeProblemBudget) {
        List<Integer> freeList = new ArrayList<>();
        int ruinedBins = 0;
        for (boolean r : ruined) {
            ruinedBins += r ? 1 : 0;
        }
        for (int item = 0; item < problem.itemCount(); item++) {
            int bin = state.bins[item];
            if (bin == Assignment.UNASSIGNED ? mayUse(item, ruined) : ruined[bin]) {
                freeList.add(item);
            }
        }
        if (freeList.isEmpty()) {
            return Outcome.NOTHING;
        }
        int[] free = freeList.stream().mapToInt(Integer::intValue).toArray();
        // Holding the whole problem, any item may be left out, so that placing two in the room of one is open
        // and the neighbourhood's optimum is the problem's; otherwise a placed item stays placed.
        boolean wholeProblem = ruinedBins == problem.binCount() && free.length == placeable;
        boolean[] mayStay = new boolean[free.length];
        long weight = 1;
        long before = 0;
        int leftBefore = 0;
        for (int local = 0; local < free.length; local++) {
            int item = free[local];
            int bin = state.bins[item];
            mayStay[local] = wholeProblem || bin == Assignment.UNASSIGNED;
            if (bin == Assignment.UNASSIGNED) {
                leftBefore++;
            } else {
                before += problem.cost(item, bin);
            }
            weight = Math.addExact(weight, costRange(item));
        }
        long[] capacities = new long[problem.binCount()];
        for (int bin = 0; bin < capacities.length; bin++) {
            capacities[bin] = ruined[bin] ? problem.capacity(bin) : 0;
        }
        GapModel model = new GapModel(problem, free, capacities, bin -> ruined[bin], mayStay);
        model.hint(state.bins);
        if (leftBefore > 0 || wholeProblem) {
            model.minimizeCostWithUnassignedAt(weight);
        } else {
            model.minimizeCost();
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(stepSeed)
                .setMaxDeterministicTime(wholeProblem ? wholeProblemBudget : STEP_DETERMINISTIC_TIME)
                .setMaxTimeInSeconds(STEP_SECONDS);
        CpSolverStatus status = solver.solve(model.cpModel());
        boolean proven = status == CpSolverStatus.OPTIMAL;
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return new Outcome(false, proven, wholeProblem, null);
        }
        int[] bins = state.bins.clone();
        model.readInto(solver, bins);
        long after = 0;
        int leftAfter = 0;
        for (int item : free) {
            if (bins[item] == Assignment.UNASSIGNED) {
                leftAfter++;
            } else {
                after += problem.cost(item, bins[item]);
            }
        }
        boolean improved = leftAfter < leftBefore || (leftAfter == leftBefore && after < before);
        return new Outcome(improved, proven, wholeProblem, bins);
    }

    private boolean mayUse(int item, boolean[] ruined) {
        for (int k = 0; k < problem.optionCount(item); k++) {
            if (ruined[problem.optionBin(item, k)]) {
                return true;
            }
        }
        return false;
    }

    /** The most one item's choice can change the cost, "in no bin" (cost 0) included. */
    private long costRange(int item) {
        long most = 0;
        long least = 0;
        for (int k = 0; k < problem.optionCount(item); k++) {
            most = Math.max(most, problem.optionCost(item, k));
            least = Math.min(least, problem.optionCost(item, k));
        }
        return Math.subtractExact(most, least);
    }

    /** What one neighbourhood gave, whether it was solved to optimality, and whether it held the whole problem. */
    private record Outcome(boolean improved, boolean proven, boolean wholeProblem, int[] bins) {

        static final Outcome NOTHING = new Outcome(false, true, false, null);
    }

    /** The current placement, its loads and per bin its items. */
    private final class State {

        private int[] bins;
        private Assignment assignment;
        /** Per bin its items, computed when first asked after a change. */
        private int[][] members;

        State(int[] bins) {
            set(bins);
        }

        void set(int[] bins) {
            this.bins = bins.clone();
            this.assignment = new Assignment(problem, bins);
            this.members = null;
        }

        boolean overloaded() {
            return assignment.overload() > 0;
        }

        AssignmentScore score() {
            return assignment.score();
        }

        int[] itemsIn(int bin) {
            if (members == null) {
                int[] counts = new int[problem.binCount()];
                for (int b : bins) {
                    if (b != Assignment.UNASSIGNED) {
                        counts[b]++;
                    }
                }
                members = new int[problem.binCount()][];
                for (int b = 0; b < members.length; b++) {
                    members[b] = new int[counts[b]];
                }
                Arrays.fill(counts, 0);
                for (int item = 0; item < bins.length; item++) {
                    int b = bins[item];
                    if (b != Assignment.UNASSIGNED) {
                        members[b][counts[b]++] = item;
                    }
                }
            }
            return members[bin];
        }

        int[] unassignedItems() {
            return IntStream.range(0, bins.length).filter(item -> bins[item] == Assignment.UNASSIGNED).toArray();
        }
    }
}
