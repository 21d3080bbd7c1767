package dev.tandem.solvers.dispatch.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.GreedyDispatcher;
import dev.tandem.solvers.dispatch.internal.exact.DispatchCpModel;
import dev.tandem.solvers.internal.ortools.CpSat;
import dev.tandem.solvers.internal.ortools.OrToolsNative;

/**
 * The exact dispatch: a CP-SAT model of {@link Dispatch#score()} solved lexicographically, the reference the
 * heuristic solvers are measured against on small instances.
 *
 * <p>The model. A Boolean {@code x[r,t,s]} for each request {@code r}, candidate technician {@code t}
 * ({@link DispatchProblem#candidates(int)}) and candidate start {@code s} ({@link DispatchProblem#starts(int)}) that
 * breaks no rule on its own: the technician is qualified, a support window covers the drive and the work, the lead
 * time holds, the home store is not overloaded that day and, for a technician on duty, the home store has more on
 * duty than the minimum it keeps. Then
 * <ul>
 *   <li>at most one trip per request;</li>
 *   <li>no two trips of a technician away from home (drive, work, drive back, half-open) at the same moment: an
 *       at-most-one over the trips away at each departure, the maximal cliques of the interval graph, exact and
 *       tighter than pairwise clauses or a no-overlap;</li>
 *   <li>per lending store and day, its on-duty technicians away at most
 *       {@code max(0, onDutyAtHome − minOnDutyAtHome)}, which is exactly when {@code Dispatch.score()} counts no
 *       violation: a Boolean per technician and day, the OR of their trips that day, so a technician making two
 *       trips counts once;</li>
 *   <li>medium = Σ priority of the requests left unassigned;</li>
 *   <li>soft = Σ (trip cost + over-qualification) of the trips + {@code fairnessPerTrip} × (Σ over technicians of
 *       trips² + Σ over lending stores of trips²), each square a product constraint on a count variable,
 *       strengthened by its integer tangents.</li>
 * </ul>
 * Every hard rule is a constraint, so the answer always scores {@code 0hard}.
 *
 * <p>The solve. Stage one minimizes medium, starting from the greedy dispatch as a hint; stage two bounds medium by
 * the value found and minimizes soft, starting from the first stage's answer. This is the exact lexicographic
 * optimum, with no big-M weight whose size must be guessed. Both stages share the time limit.
 *
 * <p>Size: one Boolean per trip, up to {@code requests × candidates × starts}; proves optimality in well under a
 * second for 30 requests on a generated network of 60 technicians, and is no tool for thousands of requests.
 *
 * <p>Deterministic for a seed with one worker (the default) when it finishes within the time limit: CP-SAT's
 * parallel portfolio with more workers may return another optimum of equal score. Thread-safe: each solve builds
 * its own model and solvers.
 */
public final class CpSatDispatcher implements DispatchSolver {

    /** The name in plans and reports. */
    public static final String NAME = "cp-sat-exact";

    private final int workers;

    /** One search worker: reproducible. */
    public CpSatDispatcher() {
        this(1);
    }

    /** @param workers CP-SAT search workers, 1 or more; more than one may find another optimum of equal score */
    public CpSatDispatcher(int workers) {
        checkArgument(workers >= 1, "The number of CP-SAT workers (%s) must be 1 or more.", workers);
        this.workers = workers;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Dispatch solve(DispatchProblem problem, Duration timeLimit, long seed) {
        return solveExactly(problem, timeLimit, seed).dispatch();
    }

    /**
     * Solves and reports whether the answer is proven optimal.
     *
     * @throws dev.tandem.solvers.internal.ortools.OrToolsUnavailableException if OR-Tools cannot load on this platform
     * @throws IllegalStateException if CP-SAT calls the model invalid or infeasible, which is a bug here
     */
    public CpSatDispatch solveExactly(DispatchProblem problem, Duration timeLimit, long seed) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(!timeLimit.isNegative(), "The timeLimit (%s) must not be negative.", timeLimit);
        OrToolsNative.ensureLoaded();
        long started = System.nanoTime();
        long deadline = started + timeLimit.toNanos();

        Dispatch greedy = new GreedyDispatcher().solve(problem, timeLimit, seed);
        DispatchCpModel cp = new DispatchCpModel(problem);
        cp.hint(greedy);
        cp.model().minimize(cp.medium());
        CpSolver first = solver(deadline, seed);
        CpSolverStatus firstStatus = checked(first.solve(cp.model()), cp);
        if (firstStatus == CpSolverStatus.UNKNOWN) {
            return new CpSatDispatch(greedy, CpSatStatus.UNKNOWN, greedy.score(), 0, 0, cp.tripCount(),
                    since(started));
        }
        Dispatch byMedium = cp.dispatchOf(first);
        long medium = first.value(cp.medium());
        long mediumBound = Math.max(0, (long) Math.ceil(first.bestObjectiveBound() - 1e-6));
        DispatchScore firstObjective = new DispatchScore(0, medium, first.value(cp.soft()));
        if (System.nanoTime() >= deadline) {
            return new CpSatDispatch(byMedium, CpSatStatus.FEASIBLE, firstObjective, mediumBound, 0, cp.tripCount(),
                    since(started));
        }
        CpSatDispatch second = cheapest(cp, byMedium, medium, deadline, seed, started);
        if (second.status() == CpSatStatus.UNKNOWN) {
            return new CpSatDispatch(byMedium, CpSatStatus.FEASIBLE, firstObjective, mediumBound, 0, cp.tripCount(),
                    since(started));
        }
        boolean optimal = firstStatus == CpSolverStatus.OPTIMAL && second.isOptimal();
        return new CpSatDispatch(second.dispatch(), optimal ? CpSatStatus.OPTIMAL : CpSatStatus.FEASIBLE,
                second.objective(), mediumBound, second.softBound(), cp.tripCount(), since(started));
    }

    /**
     * The cheapest dispatch that leaves at most {@code mediumAtMost} priority unassigned, and a proven lower bound
     * on the soft level of every such dispatch: the yardstick of a heuristic's soft level at the medium level it
     * reached. The status is {@link CpSatStatus#UNKNOWN} (with the start's score and a bound of 0) when no such
     * dispatch is found in time.
     *
     * @param start a dispatch that leaves at most {@code mediumAtMost} unassigned, the search's first hint
     * @throws IllegalArgumentException if {@code start} leaves more than {@code mediumAtMost} unassigned
     */
    public CpSatDispatch cheapestAt(Dispatch start, long mediumAtMost, Duration timeLimit, long seed) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(start.score().medium() <= mediumAtMost,
                "The start leaves %s priority unassigned, more than the %s asked for.", start.score().medium(),
                mediumAtMost);
        OrToolsNative.ensureLoaded();
        long started = System.nanoTime();
        DispatchCpModel cp = new DispatchCpModel(start.problem());
        return cheapest(cp, start, mediumAtMost, started + timeLimit.toNanos(), seed, started);
    }

    private CpSatDispatch cheapest(DispatchCpModel cp, Dispatch hint, long mediumAtMost, long deadline, long seed,
            long started) {
        cp.model().clearObjective();
        cp.model().addLessOrEqual(cp.medium(), mediumAtMost);
        cp.model().minimize(cp.soft());
        cp.hint(hint);
        CpSolver solver = solver(deadline, seed);
        CpSolverStatus status = checked(solver.solve(cp.model()), cp);
        if (status == CpSolverStatus.UNKNOWN) {
            return new CpSatDispatch(hint, CpSatStatus.UNKNOWN, hint.score(), 0, 0, cp.tripCount(), since(started));
        }
        long medium = solver.value(cp.medium());
        return new CpSatDispatch(cp.dispatchOf(solver),
                status == CpSolverStatus.OPTIMAL ? CpSatStatus.OPTIMAL : CpSatStatus.FEASIBLE,
                new DispatchScore(0, medium, solver.value(cp.soft())), 0,
                (long) Math.ceil(solver.bestObjectiveBound() - 1e-6), cp.tripCount(), since(started));
    }

    private CpSolver solver(long deadline, long seed) {
        return CpSat.solver(deadline, workers, seed);
    }

    private static CpSolverStatus checked(CpSolverStatus status, DispatchCpModel cp) {
        return CpSat.checked(status, "dispatch model of " + cp.tripCount() + " trips", cp.model()::validate);
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
