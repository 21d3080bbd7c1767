package dev.tandem.solvers.dispatch.internal.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.solvers.dispatch.exact.CpSatDispatcher;
import dev.tandem.solvers.internal.ortools.CpSat;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;
import dev.tandem.solvers.internal.ortools.OrToolsNative;

/**
 * Large neighbourhood search with exact repairs, for a dispatch of any size: each step frees a neighbourhood (a few
 * related technicians, every request they serve and every unassigned request that may go to one of them) and solves
 * it with the CP-SAT model of {@link CpSatDispatcher}, lexicographically (first the priority left unassigned, then
 * the cost), from the current dispatch as its hint, everything else kept. A step's answer replaces the current
 * dispatch only when {@link Dispatch#score()} is better, so the search never makes a dispatch worse.
 *
 * <p>Local search moves one or two requests at a time; when placing a request needs a chain of others to move first,
 * each step of which costs more on its own, it cannot get there. A neighbourhood solved exactly makes the whole chain
 * one step. The neighbourhood grows from a request (unassigned half the time) through the candidates of the requests
 * it frees, until about {@code target} technicians are free; the target grows after a neighbourhood solved to
 * optimality and shrinks after one cut by its budget, as in CP-SAT's own neighbourhood search.
 *
 * <p>Where the priority left unassigned is already proven least, {@link Levels#SOFT_AT_KEPT_MEDIUM} solves each
 * neighbourhood for the cost alone with SCIP instead: the trip model's linear relaxation is tight, so SCIP's branch
 * and cut proves neighbourhoods of hundreds of technicians in a second or two, where CP-SAT's search within its
 * budget proves a few dozen.
 *
 * <p>{@link Levels#MEDIUM_THEN_SOFT} is deterministic for a seed and a step limit: one CP-SAT worker with a
 * deterministic time budget per stage, and a wall-time safety net far above it. {@link Levels#SOFT_AT_KEPT_MEDIUM}
 * is not: SCIP's limit is wall time. Thread-safe: each call keeps its own state.
 */
public final class DispatchNeighbourhoodSearch {

    private static final double MIN_TARGET = 8;
    private static final double GROWTH = 1.25;
    private static final double SHRINK = 0.8;
    /** CP-SAT's deterministic time budget of one stage of one neighbourhood. */
    private static final double STAGE_DETERMINISTIC_TIME = 0.5;
    /** The safety net on the wall time of one stage, far above what its deterministic budget takes. */
    private static final double STAGE_SECONDS = 5;
    /** SCIP's wall time on one neighbourhood of {@link Levels#SOFT_AT_KEPT_MEDIUM}. */
    private static final Duration SCIP_NEIGHBOURHOOD_LIMIT = Duration.ofMillis(2_500);
    /** A deadline far enough away to never come: a year, in nanoseconds. */
    private static final long NO_DEADLINE = 365L * 24 * 3600 * 1_000_000_000L;

    private final DispatchProblem problem;
    private final Levels levels;
    /** Per technician, the requests that have it among their candidates. */
    private final List<List<Integer>> requestsByCandidate;

    /**
     * Which levels of the objective a neighbourhood is solved for.
     *
     * <ul>
     *   <li>{@link #MEDIUM_THEN_SOFT}: first the priority left unassigned, then the cost at that priority;
     *   <li>{@link #SOFT_AT_KEPT_MEDIUM}: the cost only, by SCIP, the neighbourhood's unassigned priority at most
     *       what the current dispatch leaves there. For a dispatch whose medium level is proven least: no
     *       neighbourhood can lower it, one solve per neighbourhood instead of two, and larger neighbourhoods.
     * </ul>
     */
    public enum Levels {
        MEDIUM_THEN_SOFT(30, 400),
        SOFT_AT_KEPT_MEDIUM(150, 700);

        /** The technicians of the first neighbourhood. */
        private final double firstTarget;
        /** The most technicians a neighbourhood grows to. */
        private final double maxTarget;

        Levels(double firstTarget, double maxTarget) {
            this.firstTarget = firstTarget;
            this.maxTarget = maxTarget;
        }
    }

    /** A search of both levels ({@link Levels#MEDIUM_THEN_SOFT}). */
    public DispatchNeighbourhoodSearch(DispatchProblem problem) {
        this(problem, Levels.MEDIUM_THEN_SOFT);
    }

    public DispatchNeighbourhoodSearch(DispatchProblem problem, Levels levels) {
        this.problem = Objects.requireNonNull(problem, "problem");
        this.levels = Objects.requireNonNull(levels, "levels");
        this.requestsByCandidate = new ArrayList<>();
        for (int t = 0; t < problem.network().technicianCount(); t++) {
            requestsByCandidate.add(new ArrayList<>());
        }
        for (int r = 0; r < problem.requests().size(); r++) {
            for (int t : problem.candidates(r)) {
                requestsByCandidate.get(t).add(r);
            }
        }
    }

    /**
     * Improves {@code start} under {@link Dispatch#score()} until {@code stop} says so or {@code stepLimit}
     * neighbourhoods are solved.
     *
     * @param start a dispatch of this problem with no hard violation
     * @return a dispatch scoring no worse than {@code start}
     * @throws IllegalArgumentException if {@code start} is of another problem or breaks a hard rule
     * @throws dev.tandem.solvers.internal.ortools.OrToolsUnavailableException if OR-Tools cannot load on this platform
     */
    public Dispatch improve(Dispatch start, long stepLimit, long seed, BooleanSupplier stop) {
        return improve(start, new Budget(stepLimit, System.nanoTime() + NO_DEADLINE, stop), seed, Dispatch::score, better -> {
        });
    }

    /**
     * Improves {@code start} under {@code objective} within {@code budget}. Each neighbourhood is solved for the
     * rules of {@link Dispatch#score()}; its answer replaces the current dispatch only when {@code objective} scores
     * it better, so under other weights the search still never makes a dispatch worse.
     *
     * @param improved hears of each better dispatch
     * @return a dispatch that {@code objective} scores no worse than {@code start}
     * @throws IllegalArgumentException if {@code start} is of another problem or breaks a hard rule
     * @throws dev.tandem.solvers.internal.ortools.OrToolsUnavailableException if OR-Tools cannot load on this platform,
     *     or has no SCIP for {@link Levels#SOFT_AT_KEPT_MEDIUM}
     */
    public Dispatch improve(Dispatch start, Budget budget, long seed, Function<Dispatch, DispatchScore> objective,
            Consumer<Dispatch> improved) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(improved, "improved");
        checkArgument(start.problem() == problem, "The start is a dispatch of another problem.");
        checkArgument(start.score().hard() == 0, "The start breaks %s hard rules; the search keeps them all.",
                start.score().hard());
        if (problem.requests().isEmpty()) {
            return start;
        }
        OrToolsNative.ensureLoaded();
        SplittableRandom random = new SplittableRandom(seed);
        Dispatch current = start;
        DispatchScore currentScore = objective.apply(start);
        double target = levels.firstTarget;
        for (long step = 0; step < budget.steps() && !budget.isOver(); step++) {
            DispatchCpModel.Scope scope = neighbourhood(current, random, (int) Math.round(target));
            Repair repair = repair(scope, random.nextInt(Integer.MAX_VALUE), budget.deadline());
            DispatchScore repaired = objective.apply(repair.dispatch());
            if (repaired.compareTo(currentScore) < 0) {
                current = repair.dispatch();
                currentScore = repaired;
                improved.accept(current);
            }
            target = repair.proven() ? Math.min(levels.maxTarget, target * GROWTH + 1) : Math.max(MIN_TARGET,
                    target * SHRINK);
        }
        return current;
    }

    /**
     * How long a search may go on: at most {@code steps} neighbourhoods, none started once {@code stop} says so or
     * the {@link System#nanoTime()} {@code deadline} passed, which also cuts a neighbourhood's solve short. Only a
     * search ended by its steps is repeatable across machines and loads.
     */
    public record Budget(long steps, long deadline, BooleanSupplier stop) {

        public Budget {
            checkArgument(steps >= 0, "The step limit (%s) must not be negative.", steps);
            Objects.requireNonNull(stop, "stop");
        }

        boolean isOver() {
            return System.nanoTime() - deadline >= 0 || stop.getAsBoolean();
        }
    }

    /** A neighbourhood's best dispatch and whether both stages proved it optimal within the neighbourhood. */
    private record Repair(Dispatch dispatch, boolean proven) {
    }

    private Repair repair(DispatchCpModel.Scope scope, int stepSeed, long deadline) {
        DispatchCpModel cp = new DispatchCpModel(problem, scope);
        cp.hint(scope.kept());
        if (levels == Levels.SOFT_AT_KEPT_MEDIUM) {
            return softAtKeptMedium(cp, scope.kept(), deadline);
        }
        cp.model().minimize(cp.medium());
        CpSolver first = solver(stepSeed, deadline);
        CpSolverStatus firstStatus = checked(first.solve(cp.model()), cp);
        if (firstStatus == CpSolverStatus.UNKNOWN) {
            return new Repair(scope.kept(), false);
        }
        Dispatch byMedium = cp.dispatchOf(first);
        cp.model().clearObjective();
        cp.model().addLessOrEqual(cp.medium(), first.value(cp.medium()));
        cp.model().minimize(cp.soft());
        cp.hint(byMedium);
        CpSolver second = solver(stepSeed, deadline);
        CpSolverStatus secondStatus = checked(second.solve(cp.model()), cp);
        if (secondStatus == CpSolverStatus.UNKNOWN) {
            return new Repair(byMedium, false);
        }
        return new Repair(cp.dispatchOf(second),
                firstStatus == CpSolverStatus.OPTIMAL && secondStatus == CpSolverStatus.OPTIMAL);
    }

    /**
     * One SCIP solve: the cost, the neighbourhood's unassigned priority at most {@code kept}'s there, within
     * {@link #SCIP_NEIGHBOURHOOD_LIMIT} or until {@code deadline}.
     */
    private Repair softAtKeptMedium(DispatchCpModel cp, Dispatch kept, long deadline) {
        cp.model().addLessOrEqual(cp.medium(), cp.unassignedPriority(kept));
        Duration limit = Duration.ofNanos(Math.min(SCIP_NEIGHBOURHOOD_LIMIT.toNanos(),
                Math.max(1, deadline - System.nanoTime())));
        MipOfCpModel.Result solution = MipOfCpModel.minimize(cp.model(), cp.soft(), limit);
        if (solution.best().isEmpty()) {
            return new Repair(kept, false);
        }
        return new Repair(cp.dispatchOf(solution), solution.optimal());
    }

    /**
     * Frees about {@code target} related technicians: a request's candidates, then the candidates of a random request
     * that may go to one of the technicians freed so far (whoever serves it now, so a request served outside the
     * neighbourhood brings its technician in), and so on; every request they serve and every unassigned one that
     * may go to them is free.
     */
    private DispatchCpModel.Scope neighbourhood(Dispatch current, SplittableRandom random, int target) {
        int requests = problem.requests().size();
        boolean[] freeRequests = new boolean[requests];
        boolean[] freeTechnicians = new boolean[problem.network().technicianCount()];
        boolean[] reached = new boolean[requests];
        List<Integer> reachable = new ArrayList<>();
        List<List<Integer>> assigned = new ArrayList<>();
        for (int t = 0; t < freeTechnicians.length; t++) {
            assigned.add(new ArrayList<>());
        }
        for (int r = 0; r < requests; r++) {
            if (current.isAssigned(r)) {
                assigned.get(current.technician(r)).add(r);
            }
        }
        int technicians = 0;
        int anchor = anchor(current, random);
        for (int attempt = 0; technicians < target && attempt < 4 * target; attempt++) {
            int from = attempt == 0 ? anchor : reachable.get(random.nextInt(reachable.size()));
            for (int t : problem.candidates(from)) {
                if (!freeTechnicians[t]) {
                    freeTechnicians[t] = true;
                    technicians++;
                    free(current, t, assigned.get(t), freeRequests);
                    for (int r : requestsByCandidate.get(t)) {
                        if (!reached[r]) {
                            reached[r] = true;
                            reachable.add(r);
                        }
                    }
                }
            }
            if (reachable.isEmpty()) {
                break;
            }
        }
        if (!freeRequests[anchor]) {
            freeRequests[anchor] = true; // a request with no candidate: free, and the model has no trip for it
        }
        return new DispatchCpModel.Scope(current, freeRequests, freeTechnicians);
    }

    /** Frees technician {@code t}'s requests ({@code ofTechnician}) and the unassigned requests that may go to it. */
    private void free(Dispatch current, int t, List<Integer> ofTechnician, boolean[] freeRequests) {
        for (int r : ofTechnician) {
            freeRequests[r] = true;
        }
        for (int r : requestsByCandidate.get(t)) {
            if (!current.isAssigned(r)) {
                freeRequests[r] = true;
            }
        }
    }

    /** An unassigned request with candidates half the time, else any request with candidates. */
    private int anchor(Dispatch current, SplittableRandom random) {
        int requests = problem.requests().size();
        boolean unassigned = random.nextBoolean();
        for (int attempt = 0; attempt < 64; attempt++) {
            int r = random.nextInt(requests);
            if (problem.candidates(r).length > 0 && (!unassigned || !current.isAssigned(r))) {
                return r;
            }
        }
        return random.nextInt(requests);
    }

    /** One worker, the stage's deterministic budget, cut by {@code deadline} or the safety net, whichever is first. */
    private static CpSolver solver(int stepSeed, long deadline) {
        long safetyNet = System.nanoTime() + (long) (STAGE_SECONDS * 1e9);
        CpSolver solver = CpSat.solver(deadline - safetyNet < 0 ? deadline : safetyNet, 1, stepSeed);
        solver.getParameters().setMaxDeterministicTime(STAGE_DETERMINISTIC_TIME);
        return solver;
    }

    private static CpSolverStatus checked(CpSolverStatus status, DispatchCpModel cp) {
        return CpSat.checked(status, "dispatch neighbourhood of " + cp.tripCount() + " trips", cp.model()::validate);
    }
}
