package dev.tandem.solvers.assign;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.CyclicExchanges;
import dev.tandem.assign.AssignmentSolver;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.solvers.assign.domain.AssignmentSolution;
import dev.tandem.solvers.assign.domain.Item;
import dev.tandem.solvers.assign.solver.CapacitatedAssignmentConstraints;
import dev.tandem.solvers.timefold.SolverJobs;

/**
 * Solves capacitated assignment with Timefold Solver: a construction heuristic places the hardest items first
 * (fewest allowed bins, then the largest load) in their best bin, then simulated annealing moves one item to
 * another of its bins (change) or exchanges the bins of two items (swap, the move that gets past a full bin), under
 * {@link CapacitatedAssignmentConstraints}.
 *
 * <p>The solver is built per call from a programmatic configuration: random seed = the seed, one thread, the
 * reproducible environment mode ({@link EnvironmentMode#NO_ASSERT}), and termination at the time limit, or earlier
 * after {@link Options#unimprovedSpentLimit()} without a better score or after {@link Options#moveCountLimit()}
 * moves. The same problem, seed and move budget give the same assignment; a search cut by the clock stops at a
 * step that depends on the machine's speed. An exception inside the solver reaches the caller as thrown there.
 *
 * <p>Registered for {@link java.util.ServiceLoader} as the {@link AssignmentSolver} named {@value #NAME}.
 * Thread-safe: each call builds its own solver.
 */
public final class TimefoldAssigner implements AssignmentSolver {

    /** The name of this solver in plans and reports. */
    public static final String NAME = "timefold";

    /** The share of the time limit the search gets; the cyclic exchanges may use the rest. */
    private static final double SEARCH_SHARE = 0.5;
    /**
     * Moves of the search's budget that buy one kick of the iterated polish, so that with a move budget the polish
     * is bounded by a count, and repeatable, rather than by the clock.
     */
    private static final long MOVES_PER_KICK = 100;

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
     * Solves from {@code start}, takes the search's assignment or the greedy baseline's (also from {@code start}),
     * whichever scores better, and polishes it with {@link CyclicExchanges#iterate}: the answer is never worse than
     * greedy's nor than {@code start}. The greedy baseline takes milliseconds, the search half the time limit, the
     * iterated polish at most the rest (and, with a move budget, one kick per {@value #MOVES_PER_KICK} moves of
     * it).
     */
    @Override
    public Assignment solve(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        int kicks = (int) Math.min(Integer.MAX_VALUE, options.moveCountLimit().orElse(Long.MAX_VALUE) / MOVES_PER_KICK);
        return SolverJobs.searchThenPolish(timeLimit, SEARCH_SHARE,
                () -> new GreedyAssigner().solve(problem, start, timeLimit, seed),
                left -> run(problem, start, left, seed).assignment(),
                Comparator.comparing(Assignment::score),
                (better, stop) -> CyclicExchanges.iterate(better, kicks, seed, stop));
    }

    /**
     * Searches from {@code start} and reports how the search went.
     *
     * @throws IllegalArgumentException if the time limit is not positive or {@code start} is of another problem
     */
    public AssignmentRun run(AssignmentProblem problem, Assignment start, Duration timeLimit, long seed) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(start.problem() == problem, "The start assignment is of another problem.");
        checkArgument(timeLimit.compareTo(Duration.ZERO) > 0, "The timeLimit (%s) must be positive.", timeLimit);
        long started = System.nanoTime();
        AssignmentSolution solution = AssignmentSolution.of(problem, start);
        SolverFactory<AssignmentSolution> factory = SolverFactory.create(solverConfig(problem, timeLimit, seed));
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
                    Duration.ofNanos(System.nanoTime() - started), job.getMoveEvaluationCount());
        }
    }

    /** Enough of a configuration to score and analyse solutions, for a {@code SolutionManager}. */
    static SolverConfig scoringConfig() {
        return new SolverConfig()
                .withSolutionClass(AssignmentSolution.class)
                .withEntityClasses(Item.class)
                .withConstraintProviderClass(CapacitatedAssignmentConstraints.class);
    }

    SolverConfig solverConfig(AssignmentProblem problem, Duration timeLimit, long seed) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        options.unimprovedSpentLimit().ifPresent(termination::withUnimprovedSpentLimit);
        options.moveCountLimit().ifPresent(termination::withMoveCountLimit);
        return scoringConfig()
                .withEnvironmentMode(options.environmentMode())
                .withRandomSeed(seed)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        localSearch(problem));
    }

    /**
     * Simulated annealing over change and swap moves, with a starting temperature scaled to the instance: a fifth
     * of the mean load on the hard level and a third of the mean cost on the soft, so that early on a move that
     * overloads a bin a little or costs a little more is often taken, and ever more rarely as time runs out. On
     * generated 5 × 30 instances of Chu and Beasley's classes C and D it ended 0–1.5 % (C) and 1.5–3 % (D) above
     * the CP-SAT optimum in 2 s, where tabu search (entity tabu 7, 1,000 moves a step) and Timefold's default late
     * acceptance often stayed infeasible or ended 3–48 % above: on these tight instances most changes overload a
     * bin, and an acceptor that never takes a worse hard level rarely crosses to the other side of a full bin.
     */
    private static LocalSearchPhaseConfig localSearch(AssignmentProblem problem) {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                        new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig())))
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withSimulatedAnnealingStartingTemperature(startingTemperature(problem)))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /** Such as {@code 3hard/0medium/10soft} for loads of 15 and costs of 30 on average. */
    static String startingTemperature(AssignmentProblem problem) {
        double loads = 0;
        double costs = 0;
        for (int item = 0; item < problem.itemCount(); item++) {
            for (int k = 0; k < problem.optionCount(item); k++) {
                loads += problem.optionLoad(item, k);
                costs += Math.abs((double) problem.optionCost(item, k));
            }
        }
        int options = Math.max(1, problem.optionCount());
        long hard = Math.max(1, Math.round(loads / options / 5));
        long soft = Math.max(1, Math.round(costs / options / 3));
        return hard + "hard/0medium/" + soft + "soft";
    }

    /**
     * How the solver runs beyond the time limit and seed of each call.
     *
     * @param unimprovedSpentLimit stop after this long without a better score, if given
     * @param moveCountLimit stop after this many evaluated moves, if given: the budget that makes runs repeatable
     * @param environmentMode Timefold's checking level; {@link EnvironmentMode#NO_ASSERT} (reproducible) for use,
     *     {@link EnvironmentMode#FULL_ASSERT} in tests
     */
    public record Options(Optional<Duration> unimprovedSpentLimit, OptionalLong moveCountLimit,
            EnvironmentMode environmentMode) {

        /** No limit but the time limit, reproducible mode. */
        public static final Options DEFAULT = new Options(Optional.empty(), OptionalLong.empty(),
                EnvironmentMode.NO_ASSERT);

        public Options {
            Objects.requireNonNull(unimprovedSpentLimit, "unimprovedSpentLimit");
            Objects.requireNonNull(moveCountLimit, "moveCountLimit");
            Objects.requireNonNull(environmentMode, "environmentMode");
            checkArgument(unimprovedSpentLimit.map(limit -> limit.compareTo(Duration.ZERO) > 0).orElse(true),
                    "The unimprovedSpentLimit (%s) must be positive.", unimprovedSpentLimit);
            checkArgument(moveCountLimit.orElse(1) > 0, "The moveCountLimit (%s) must be positive.", moveCountLimit);
            checkArgument(environmentMode.isReproducible(),
                    "The environmentMode (%s) must be reproducible.%nMaybe use NO_ASSERT or FULL_ASSERT.",
                    environmentMode);
        }

        public Options withUnimprovedSpentLimit(Duration limit) {
            return new Options(Optional.of(limit), moveCountLimit, environmentMode);
        }

        public Options withMoveCountLimit(long limit) {
            return new Options(unimprovedSpentLimit, OptionalLong.of(limit), environmentMode);
        }

        public Options withEnvironmentMode(EnvironmentMode mode) {
            return new Options(unimprovedSpentLimit, moveCountLimit, mode);
        }
    }
}
