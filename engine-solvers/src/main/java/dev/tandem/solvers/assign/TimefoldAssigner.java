package dev.tandem.solvers.assign;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.solvers.assign.domain.AssignmentSolution;
import dev.tandem.solvers.assign.domain.Item;
import dev.tandem.solvers.assign.solver.CapacitatedAssignmentConstraints;
import dev.tandem.solvers.timefold.SolverJobs;

/**
 * Solves capacitated assignment with Timefold Solver, in two custom phases under
 * {@link CapacitatedAssignmentConstraints}. {@link GreedyStart} builds the start: the greedy baseline (MTHG) from
 * the start assignment, and MTHG again with the bins' capacity prices of the Lagrangian relaxation
 * ({@link dev.tandem.assign.CapacityPrices}), the better kept. {@link NeighbourhoodSearch} then improves it until
 * the time limit: a fast descent over shifts and swaps within the capacities ({@link ExchangeDescent}), kicks of a
 * few random moves followed by a descent (iterated local search), and every third step a large neighbourhood: a few
 * related bins ruined and recreated exactly by CP-SAT. Timefold's generic change and swap moves, which this solver
 * used before, stall on tight instances, where nearly every single change overloads a bin and the improving
 * exchanges move several items round several bins at once.
 *
 * <p>The solver is built per call from a programmatic configuration: one thread, the reproducible environment mode
 * ({@link EnvironmentMode#NO_ASSERT}), and termination at the time limit, or earlier after
 * {@link Options#stepLimit()} steps of the improvement phase or when a neighbourhood holding the whole problem is
 * solved to optimality. The same problem, seed and step budget give the same assignment; a search cut by the
 * clock stops at a step that depends on the machine's speed. An exception inside the solver reaches the caller as
 * thrown there.
 *
 * <p>Registered for {@link java.util.ServiceLoader} as the {@link AssignmentSolver} named {@value #NAME}.
 * Thread-safe: each call builds its own solver.
 */
public final class TimefoldAssigner implements AssignmentSolver {

    /** The name of this solver in plans and reports. */
    public static final String NAME = "timefold";

    private final Options options;

    /** With {@link Options#DEFAULT}; the constructor {@link java.util.ServiceLoader} uses. */
    public TimefoldAssigner() {
        this(Options.DEFAULT);
    }

    public TimefoldAssigner(Options options) {
        this.options = Objects.requireNonNull(options, "options");
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
        Options budgeted = limits.moveBudget().isPresent() ? options.withStepLimit(limits.moveBudget().getAsLong())
                : options;
        return new TimefoldAssigner(budgeted).run(problem, start, limits.timeLimit(), limits.seed(), control)
                .assignment();
    }

    /**
     * Searches from {@code start} and reports how the search went.
     *
     * @throws IllegalArgumentException if the time limit is not positive or {@code start} is of another problem
     */
    public AssignmentRun run(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        return run(problem, start, timeLimit, seed, SolveControl.none());
    }

    private AssignmentRun run(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed,
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
        SolverFactory<AssignmentSolution> factory = SolverFactory.create(solverConfig(problem, timeLimit, seed, log));
        try (SolverManager<AssignmentSolution, Long> manager = SolverManager.create(factory)) {
            SolverJob<AssignmentSolution, Long> job = manager.solveBuilder()
                    .withProblemId(seed)
                    .withProblem(solution)
                    .withExceptionHandler((id, exception) -> {
                        // Rethrown from SolverJobs.finalBest below, to the caller.
                    })
                    .run();
            AssignmentSolution best = SolverJobs.finalBest(job, "assigning");
            return new AssignmentRun(best.toAssignment(problem), best.getScore(),
                    Duration.ofNanos(System.nanoTime() - started), log.steps(), log.neighbourhoods(),
                    log.isProvenOptimal(), log.lowerBound(), log.trace());
        }
    }

    /** Enough of a configuration to score and analyse solutions, for a {@code SolutionManager}. */
    static SolverConfig scoringConfig() {
        return new SolverConfig()
                .withSolutionClass(AssignmentSolution.class)
                .withEntityClasses(Item.class)
                .withConstraintProviderClass(CapacitatedAssignmentConstraints.class);
    }

    private SolverConfig solverConfig(AssignmentProblem problem, Duration timeLimit, long seed, SearchLog log) {
        long steps = options.stepLimit().orElse(Long.MAX_VALUE);
        return scoringConfig()
                .withEnvironmentMode(options.environmentMode())
                .withRandomSeed(seed)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit))
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommands(new GreedyStart(problem, log)),
                        new CustomPhaseConfig().withCustomPhaseCommands(
                                new NeighbourhoodSearch(problem, seed, steps, log)));
    }

    /**
     * How the solver runs beyond the time limit and seed of each call.
     *
     * @param stepLimit stop after this many steps of the improvement phase (a kick and a descent, or an exact
     *     neighbourhood, each), if given: the budget that makes runs repeatable
     * @param environmentMode Timefold's checking level; {@link EnvironmentMode#NO_ASSERT} (reproducible) for use,
     *     {@link EnvironmentMode#FULL_ASSERT} in tests
     */
    public record Options(OptionalLong stepLimit, EnvironmentMode environmentMode) {

        /** No limit but the time limit, reproducible mode. */
        public static final Options DEFAULT = new Options(OptionalLong.empty(), EnvironmentMode.NO_ASSERT);

        public Options {
            Objects.requireNonNull(stepLimit, "stepLimit");
            Objects.requireNonNull(environmentMode, "environmentMode");
            checkArgument(stepLimit.orElse(0) >= 0, "The stepLimit (%s) must not be negative.", stepLimit);
            checkArgument(environmentMode.isReproducible(),
                    "The environmentMode (%s) must be reproducible.%nMaybe use NO_ASSERT or FULL_ASSERT.",
                    environmentMode);
        }

        public Options withStepLimit(long limit) {
            return new Options(OptionalLong.of(limit), environmentMode);
        }

        public Options withEnvironmentMode(EnvironmentMode mode) {
            return new Options(stepLimit, mode);
        }
    }
}
