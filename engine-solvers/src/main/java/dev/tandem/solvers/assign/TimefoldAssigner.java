package dev.tandem.solvers.assign;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

import com.google.common.base.Suppliers;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentScore;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.solvers.CheckLevel;
import dev.tandem.solvers.assign.internal.domain.AssignmentSolution;
import dev.tandem.solvers.assign.internal.domain.Item;
import dev.tandem.solvers.assign.internal.solver.CapacitatedAssignmentConstraints;
import dev.tandem.solvers.internal.timefold.Environments;
import dev.tandem.solvers.internal.timefold.SolverJobs;

/**
 * Solves capacitated assignment with Timefold Solver, in two custom phases under
 * {@link CapacitatedAssignmentConstraints}. {@link GreedyStart} builds the start: the greedy baseline (MTHG) from
 * the start assignment, and MTHG again with the bins' capacity prices of the Lagrangian relaxation
 * ({@link dev.tandem.assign.internal.CapacityPrices}), the better kept. {@link NeighbourhoodSearch} then improves it until
 * the time limit: a fast descent over shifts and swaps within the capacities ({@link ExchangeDescent}), kicks of a
 * few random moves followed by a descent (iterated local search), and every third step a large neighbourhood: a few
 * related bins ruined and recreated exactly by CP-SAT. Timefold's generic change and swap moves, which this solver
 * used before, stall on tight instances, where nearly every single change overloads a bin and the improving
 * exchanges move several items round several bins at once.
 *
 * <p>The Timefold solver factory is built once, on first use, from a programmatic configuration (one thread, the
 * reproducible environment mode at the {@link Options#checkLevel()}) and reused by every solve: each solve sets its
 * time limit on the solver it builds, and hands the phases its problem, seed and step budget with the working
 * solution. A solve ends at the time limit, or earlier after {@link Options#stepLimit()} steps of the improvement
 * phase (or the solve's move budget, when smaller), when a neighbourhood holding the whole problem is solved to
 * optimality, or when the host's {@link SolveControl} asks it to stop, with the best assignment so far. The same problem, seed and step budget give the same assignment; a search cut by the
 * clock stops at a step that depends on the machine's speed. An exception inside the solver reaches the caller as
 * thrown there.
 *
 * <p>Registered for {@link java.util.ServiceLoader} as the {@link AssignmentSolver} named {@value #NAME}.
 * Thread-safe: the factory is shared, each solve builds its own solver and runs it on the caller's thread.
 */
public final class TimefoldAssigner implements AssignmentSolver {

    /** The name of this solver in plans and reports. */
    public static final String NAME = "timefold";

    private final Options options;
    private final Supplier<SolverFactory<AssignmentSolution>> factory;

    /** With {@link Options#DEFAULT}; the constructor {@link java.util.ServiceLoader} uses. */
    public TimefoldAssigner() {
        this(Options.DEFAULT);
    }

    public TimefoldAssigner(Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.factory = Suppliers.memoize(() -> SolverFactory.create(solverConfig()));
    }

    @Override
    public String name() {
        return NAME;
    }

    public Options options() {
        return options;
    }

    /**
     * Solves from {@code start}: the answer is never worse than {@code start}, nor than the greedy baseline from it,
     * which is where the search begins.
     */
    @Override
    public Assignment solve(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        return run(problem, start, timeLimit, seed).assignment();
    }

    /**
     * As {@link #solve(AssignmentProblem, Assignment, Duration, long)}, with the move budget of {@code limits} as
     * the step budget of the improvement phase, each better assignment told to {@code control}, and an early end
     * with the best so far when {@code control} asks to stop.
     */
    @Override
    public Assignment solve(AssignmentProblem problem, Assignment start, SolveLimits limits, SolveControl control) {
        Objects.requireNonNull(limits, "limits");
        long steps = options.stepLimit().orElse(Long.MAX_VALUE);
        if (limits.moveBudget().isPresent()) {
            steps = Math.min(steps, limits.moveBudget().getAsLong());
        }
        return run(problem, start, limits.timeLimit(), limits.seed(), steps, control).assignment();
    }

    /**
     * Searches from {@code start} and reports how the search went.
     *
     * @throws IllegalArgumentException if the time limit is not positive or {@code start} is of another problem
     */
    public AssignmentRun run(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        return run(problem, start, timeLimit, seed, options.stepLimit().orElse(Long.MAX_VALUE), SolveControl.none());
    }

    private AssignmentRun run(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed, long steps,
            SolveControl control) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(start.problem() == problem, "The start assignment is of another problem.");
        checkArgument(timeLimit.compareTo(Duration.ZERO) > 0, "The timeLimit (%s) must be positive.", timeLimit);
        long started = System.nanoTime();
        SearchLog log = new SearchLog(started, control);
        AssignmentSolution solution = AssignmentSolution.of(problem, start);
        solution.setSearchContext(new AssignmentSearch(problem, seed, steps, log));
        Solver<AssignmentSolution> solver = factory.get().buildSolver(new SolverConfigOverride<AssignmentSolution>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)));
        control.onStop(solver::terminateEarly);
        AssignmentSolution best = SolverJobs.solve(solver, solution, control);
        Assignment assignment = best.toAssignment(problem);
        return new AssignmentRun(assignment, best.getScore() == null ? assignment.score() : scoreOf(best.getScore()),
                Duration.ofNanos(System.nanoTime() - started), log.steps(), log.neighbourhoods(),
                log.isProvenOptimal(), log.lowerBound(), log.trace());
    }

    /** Timefold's score, which counts penalties as negative, as an {@link AssignmentScore}. */
    private static AssignmentScore scoreOf(HardMediumSoftLongScore score) {
        return new AssignmentScore(-score.hardScore(), Math.toIntExact(-score.mediumScore()), -score.softScore());
    }

    /** Enough of a configuration to score and analyse solutions, for a {@code SolutionManager}. */
    static SolverConfig scoringConfig() {
        return new SolverConfig()
                .withSolutionClass(AssignmentSolution.class)
                .withEntityClasses(Item.class)
                .withConstraintProviderClass(CapacitatedAssignmentConstraints.class);
    }

    /** The configuration every solve's solver is built from; each solve sets its own time limit. */
    private SolverConfig solverConfig() {
        return scoringConfig()
                .withEnvironmentMode(Environments.of(options.checkLevel()))
                .withRandomSeed(0L)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(30)))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(
                                AssignmentSearch.perSolve(search -> new GreedyStart(search.problem(), search.log()))),
                        new CustomPhaseConfig().withCustomPhaseCommands(AssignmentSearch.perSolve(
                                search -> new NeighbourhoodSearch(search.problem(), search.seed(),
                                        search.stepLimit(), search.log()))));
    }

    /**
     * How the solver runs beyond the time limit and seed of each call.
     *
     * @param stepLimit stop after this many steps of the improvement phase (a kick and a descent, or an exact
     *     neighbourhood, each), if given: the budget that makes runs repeatable
     * @param checkLevel how much the search checks itself; {@link CheckLevel#OFF} for use, {@link CheckLevel#FULL}
     *     in tests
     */
    public record Options(OptionalLong stepLimit, CheckLevel checkLevel) {

        /** No limit but the time limit, no checks. */
        public static final Options DEFAULT = new Options(OptionalLong.empty(), CheckLevel.OFF);

        public Options {
            Objects.requireNonNull(stepLimit, "stepLimit");
            Objects.requireNonNull(checkLevel, "checkLevel");
            checkArgument(stepLimit.orElse(0) >= 0, "The stepLimit (%s) must not be negative.", stepLimit);
        }

        public Options withStepLimit(long limit) {
            return new Options(OptionalLong.of(limit), checkLevel);
        }

        public Options withCheckLevel(CheckLevel level) {
            return new Options(stepLimit, level);
        }
    }
}
