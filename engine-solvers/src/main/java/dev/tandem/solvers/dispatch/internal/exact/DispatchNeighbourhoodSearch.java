package dev.tandem.solvers.dispatch.internal.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import com.google.common.base.Throwables;
import com.google.common.util.concurrent.ThreadFactoryBuilder;
import com.google.common.util.concurrent.Uninterruptibles;
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
 * it frees, until about {@code target} technicians are free; the target grows after a neighbourhood of about its
 * size solved to optimality and shrinks after one cut by its budget, as in CP-SAT's own neighbourhood search.
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
    /** The share of the target a neighbourhood proven optimal must reach for the target to grow. */
    private static final double REACHED = 0.8;
    /** CP-SAT's deterministic time budget of one stage of one neighbourhood. */
    private static final double STAGE_DETERMINISTIC_TIME = 0.5;
    /** The safety net on the wall time of one stage, far above what its deterministic budget takes. */
    private static final double STAGE_SECONDS = 5;
    /** SCIP's wall time on one neighbourhood of {@link Levels#SOFT_AT_KEPT_MEDIUM}. */
    private static final Duration SCIP_NEIGHBOURHOOD_LIMIT = Duration.ofMillis(2_500);
    /** A deadline far enough away to never come: a year, in nanoseconds. */
    private static final long NO_DEADLINE = 365L * 24 * 3600 * 1_000_000_000L;

    /** The helpers' threads: daemons, so that a host's exit never waits on a repair. */
    private static final ThreadFactory HELPER_THREADS =
            new ThreadFactoryBuilder().setNameFormat("tandem-neighbourhood-%d").setDaemon(true).build();

    private final DispatchProblem problem;
    private final Levels levels;
    /** How many neighbourhoods of {@link Levels#SOFT_AT_KEPT_MEDIUM} are repaired at once. */
    private final int workers;
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
        SOFT_AT_KEPT_MEDIUM(150, 500);

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

    /** A search of {@code levels} on one thread, the caller's. */
    public DispatchNeighbourhoodSearch(DispatchProblem problem, Levels levels) {
        this(problem, levels, 1);
    }

    /**
     * A search of {@code levels} that, for {@link Levels#SOFT_AT_KEPT_MEDIUM}, repairs up to {@code workers}
     * neighbourhoods at once: the caller's thread and {@code workers - 1} of its own, for the length of each
     * {@code improve}. The neighbourhoods of one step share no lending store and no request, and every rule that
     * ties two trips together (overlaps, the minimum on duty at home, the fairness charge) is of one technician or
     * one lending store, so their repairs add up: the step keeps them all. {@link Levels#MEDIUM_THEN_SOFT}, which
     * is deterministic, always runs one neighbourhood at a time.
     *
     * @throws IllegalArgumentException if {@code workers} is not positive
     */
    public DispatchNeighbourhoodSearch(DispatchProblem problem, Levels levels, int workers) {
        checkArgument(workers > 0, "The workers (%s) must be positive.", workers);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.levels = Objects.requireNonNull(levels, "levels");
        this.workers = levels == Levels.SOFT_AT_KEPT_MEDIUM ? workers : 1;
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
        ExecutorService helpers = workers == 1 ? null : Executors.newFixedThreadPool(workers - 1, HELPER_THREADS);
        try {
            for (long step = 0; step < budget.steps() && !budget.isOver(); ) {
                List<DispatchCpModel.Scope> scopes = neighbourhoods(current, random, (int) Math.round(target),
                        (int) Math.min(workers, budget.steps() - step));
                step += scopes.size();
                List<Repair> repairs = repairAll(scopes, random, budget.deadline(), helpers);
                for (Repair repair : repairs) {
                    target = nextTarget(target, repair);
                }
                Step kept = keep(current, currentScore, repairs, objective);
                if (kept.dispatch() != current) {
                    current = kept.dispatch();
                    currentScore = kept.score();
                    improved.accept(current);
                }
            }
        } finally {
            if (helpers != null) {
                helpers.shutdownNow();
            }
        }
        return current;
    }

    /**
     * The target after {@code repair}: grown after a neighbourhood of about the target's size was solved to
     * optimality, shrunk after one cut by its budget. A smaller one proven (a step's later neighbourhood, squeezed
     * between the stores of the earlier ones, or one that ran out of technicians to reach) says nothing of the
     * target's size and leaves it.
     */
    private double nextTarget(double target, Repair repair) {
        if (!repair.proven()) {
            return Math.max(MIN_TARGET, target * SHRINK);
        }
        return repair.scope().technicianCount() >= REACHED * target
                ? Math.min(levels.maxTarget, target * GROWTH + 1) : target;
    }

    /** The dispatch a step keeps and its score under the search's objective. */
    record Step(Dispatch dispatch, DispatchScore score) {
    }

    /**
     * What a step keeps: {@code current} with every repair that scores better applied (each changes only its own
     * neighbourhood's requests), or, should that not score better than the best of them alone, the best alone;
     * {@code current} if none is better. Each dispatch is scored once. With neighbourhoods of distinct lending
     * stores the whole always wins; the comparison keeps a rule that would tie two stores together from ever making
     * a step worse.
     */
    Step keep(Dispatch current, DispatchScore currentScore, List<Repair> repairs,
            Function<Dispatch, DispatchScore> objective) {
        Step best = new Step(current, currentScore);
        List<Repair> better = new ArrayList<>();
        for (Repair repair : repairs) {
            DispatchScore score = objective.apply(repair.dispatch());
            if (score.compareTo(currentScore) < 0) {
                better.add(repair);
                best = score.compareTo(best.score()) < 0 ? new Step(repair.dispatch(), score) : best;
            }
        }
        if (better.size() > 1) {
            Dispatch all = applied(current, better);
            DispatchScore score = objective.apply(all);
            best = score.compareTo(best.score()) < 0 ? new Step(all, score) : best;
        }
        return best;
    }

    /** {@code current} with each repair's free requests as the repair has them. */
    static Dispatch applied(Dispatch current, List<Repair> repairs) {
        int requests = current.problem().requests().size();
        int[] technicians = new int[requests];
        OffsetDateTime[] starts = new OffsetDateTime[requests];
        for (int r = 0; r < requests; r++) {
            technicians[r] = current.technician(r);
            starts[r] = current.start(r);
        }
        for (Repair repair : repairs) {
            boolean[] free = repair.scope().freeRequests();
            for (int r = 0; r < requests; r++) {
                if (free[r]) {
                    technicians[r] = repair.dispatch().technician(r);
                    starts[r] = repair.dispatch().start(r);
                }
            }
        }
        return new Dispatch(current.problem(), technicians, starts);
    }

    /**
     * Repairs each scope, the first on the caller's thread and the others on {@code helpers}. Waits for every repair
     * even when one fails or the caller is interrupted (the interrupt is kept), so that no solve outlives the call;
     * each ends within its own budget.
     */
    private List<Repair> repairAll(List<DispatchCpModel.Scope> scopes, SplittableRandom random, long deadline,
            ExecutorService helpers) {
        int[] seeds = new int[scopes.size()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = random.nextInt(Integer.MAX_VALUE);
        }
        List<Future<Repair>> others = new ArrayList<>();
        for (int i = 1; i < scopes.size(); i++) {
            DispatchCpModel.Scope scope = scopes.get(i);
            int stepSeed = seeds[i];
            others.add(helpers.submit(() -> repair(scope, stepSeed, deadline)));
        }
        List<Repair> repairs = new ArrayList<>();
        RuntimeException failure = null;
        try {
            repairs.add(repair(scopes.get(0), seeds[0], deadline));
        } catch (RuntimeException failed) {
            failure = failed;
        }
        for (Future<Repair> other : others) {
            try {
                repairs.add(Uninterruptibles.getUninterruptibly(other));
            } catch (ExecutionException failed) {
                if (failure == null) {
                    Throwables.throwIfInstanceOf(failed.getCause(), Error.class);
                    failure = failed.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(failed.getCause());
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        return repairs;
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

    /**
     * A neighbourhood's best dispatch and whether both stages proved it optimal within the neighbourhood.
     *
     * @param scope the neighbourhood
     */
    record Repair(DispatchCpModel.Scope scope, Dispatch dispatch, boolean proven) {
    }

    Repair repair(DispatchCpModel.Scope scope, int stepSeed, long deadline) {
        DispatchCpModel cp = new DispatchCpModel(problem, scope);
        cp.hint(scope.kept());
        if (levels == Levels.SOFT_AT_KEPT_MEDIUM) {
            return softAtKeptMedium(cp, scope, deadline);
        }
        cp.model().minimize(cp.medium());
        CpSolver first = solver(stepSeed, deadline);
        CpSolverStatus firstStatus = checked(first.solve(cp.model()), cp);
        if (firstStatus == CpSolverStatus.UNKNOWN) {
            return new Repair(scope, scope.kept(), false);
        }
        Dispatch byMedium = cp.dispatchOf(first);
        cp.model().clearObjective();
        cp.model().addLessOrEqual(cp.medium(), first.value(cp.medium()));
        cp.model().minimize(cp.soft());
        cp.hint(byMedium);
        CpSolver second = solver(stepSeed, deadline);
        CpSolverStatus secondStatus = checked(second.solve(cp.model()), cp);
        if (secondStatus == CpSolverStatus.UNKNOWN) {
            return new Repair(scope, byMedium, false);
        }
        return new Repair(scope, cp.dispatchOf(second),
                firstStatus == CpSolverStatus.OPTIMAL && secondStatus == CpSolverStatus.OPTIMAL);
    }

    /**
     * One SCIP solve: the cost, the neighbourhood's unassigned priority at most {@code kept}'s there, within
     * {@link #SCIP_NEIGHBOURHOOD_LIMIT} or until {@code deadline}.
     */
    private Repair softAtKeptMedium(DispatchCpModel cp, DispatchCpModel.Scope scope, long deadline) {
        cp.model().addLessOrEqual(cp.medium(), cp.unassignedPriority(scope.kept()));
        Duration limit = Duration.ofNanos(Math.min(SCIP_NEIGHBOURHOOD_LIMIT.toNanos(),
                Math.max(1, deadline - System.nanoTime())));
        MipOfCpModel.Result solution = MipOfCpModel.minimize(cp.model(), cp.soft(), limit);
        if (solution.best().isEmpty()) {
            return new Repair(scope, scope.kept(), false);
        }
        return new Repair(scope, cp.dispatchOf(solution), solution.optimal());
    }

    /**
     * Up to {@code count} neighbourhoods of about {@code target} technicians each, none sharing a lending store or a
     * request with another; fewer where no request is left to start one from.
     */
    List<DispatchCpModel.Scope> neighbourhoods(Dispatch current, SplittableRandom random, int target, int count) {
        List<List<Integer>> assigned = new ArrayList<>();
        for (int t = 0; t < problem.network().technicianCount(); t++) {
            assigned.add(new ArrayList<>());
        }
        for (int r = 0; r < problem.requests().size(); r++) {
            if (current.isAssigned(r)) {
                assigned.get(current.technician(r)).add(r);
            }
        }
        Taken taken = new Taken(new boolean[problem.network().storeCount()], new boolean[problem.requests().size()]);
        List<DispatchCpModel.Scope> scopes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int anchor = anchor(current, random, taken, i == 0);
            if (anchor < 0) {
                break;
            }
            DispatchCpModel.Scope scope = neighbourhood(current, random, target, anchor, assigned, taken);
            scopes.add(scope);
            for (int t = 0; t < scope.freeTechnicians().length; t++) {
                if (scope.freeTechnicians()[t]) {
                    taken.stores()[problem.home(t)] = true;
                }
            }
            for (int r = 0; r < scope.freeRequests().length; r++) {
                taken.requests()[r] |= scope.freeRequests()[r];
            }
        }
        return scopes;
    }

    /** The lending stores and requests of the step's earlier neighbourhoods, which a later one leaves alone. */
    private record Taken(boolean[] stores, boolean[] requests) {
    }

    /**
     * Frees about {@code target} related technicians: {@code anchor}'s candidates, then the candidates of a random
     * request that may go to one of the technicians freed so far (whoever serves it now, so a request served
     * outside the neighbourhood brings its technician in), and so on, never one of a {@code taken} store; every
     * request they serve and every unassigned one that may go to them and is not {@code taken} is free.
     *
     * @param assigned per technician, the requests it serves in {@code current}
     */
    private DispatchCpModel.Scope neighbourhood(Dispatch current, SplittableRandom random, int target, int anchor,
            List<List<Integer>> assigned, Taken taken) {
        int requests = problem.requests().size();
        boolean[] freeRequests = new boolean[requests];
        boolean[] freeTechnicians = new boolean[problem.network().technicianCount()];
        boolean[] reached = new boolean[requests];
        List<Integer> reachable = new ArrayList<>();
        int technicians = 0;
        for (int attempt = 0; technicians < target && attempt < 4 * target; attempt++) {
            int from = attempt == 0 ? anchor : reachable.get(random.nextInt(reachable.size()));
            for (int t : problem.candidates(from)) {
                if (!freeTechnicians[t] && !taken.stores()[problem.home(t)]) {
                    freeTechnicians[t] = true;
                    technicians++;
                    free(current, t, assigned.get(t), freeRequests, taken.requests());
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
        if (!freeRequests[anchor] && !current.isAssigned(anchor)) {
            freeRequests[anchor] = true; // a request with no candidate: free, and the model has no trip for it
        }
        return new DispatchCpModel.Scope(current, freeRequests, freeTechnicians);
    }

    /**
     * Frees technician {@code t}'s requests ({@code ofTechnician}) and the unassigned requests that may go to it
     * but are not {@code taken}.
     */
    private void free(Dispatch current, int t, List<Integer> ofTechnician, boolean[] freeRequests, boolean[] taken) {
        for (int r : ofTechnician) {
            freeRequests[r] = true;
        }
        for (int r : requestsByCandidate.get(t)) {
            if (!current.isAssigned(r) && !taken[r]) {
                freeRequests[r] = true;
            }
        }
    }

    /**
     * An unassigned request half the time, else any, that is not {@code taken} and has a candidate of a store not
     * taken; any such request if 64 draws find no unassigned one, and -1 if 64 more find none. The {@code first}
     * neighbourhood of a step falls back to any request. A request served by a technician of a taken store may
     * anchor a later neighbourhood: it stays where it is, but its other candidates make a neighbourhood beside the
     * earlier one (requiring movable anchors measured no better: 1.47–2.20 % against 1.36–1.47 % on the harness
     * instance, three runs each).
     */
    private int anchor(Dispatch current, SplittableRandom random, Taken taken, boolean first) {
        int requests = problem.requests().size();
        boolean unassigned = random.nextBoolean();
        for (int attempt = 0; attempt < 128; attempt++) {
            int r = random.nextInt(requests);
            boolean preferred = !unassigned || attempt >= 64 || !current.isAssigned(r);
            if (preferred && !taken.requests()[r] && hasCandidateOutside(r, taken)) {
                return r;
            }
        }
        return first ? random.nextInt(requests) : -1;
    }

    private boolean hasCandidateOutside(int r, Taken taken) {
        for (int t : problem.candidates(r)) {
            if (!taken.stores()[problem.home(t)]) {
                return true;
            }
        }
        return false;
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
