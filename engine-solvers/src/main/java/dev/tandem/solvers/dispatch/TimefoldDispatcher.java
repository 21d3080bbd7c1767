package dev.tandem.solvers.dispatch;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.EjectionChains;
import dev.tandem.dispatch.GreedyDispatcher;
import dev.tandem.solvers.dispatch.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.solver.TechnicianDispatchConstraints;
import dev.tandem.solvers.timefold.SolverJobs;

/**
 * Dispatches support requests with Timefold Solver: a construction heuristic places the hardest requests first
 * (highest priority, fewest candidates), then local search (Timefold's default acceptor) changes technicians,
 * starts or both at once and swaps technicians or whole assignments between requests, under
 * {@link TechnicianDispatchConstraints}.
 *
 * <p>The solver is built per call from a programmatic configuration: random seed = the seed, one thread, the
 * reproducible environment mode ({@link EnvironmentMode#NO_ASSERT}, which 1.x called {@code REPRODUCIBLE}), and
 * termination at the time limit, or earlier after {@link Options#unimprovedSpentLimit()} without a better score or
 * after {@link Options#moveCountLimit()} moves. The same problem, seed and move budget give the same dispatch; a
 * search cut by the clock stops at a step that depends on the machine's speed, so only the move budget makes a run
 * repeatable across machines and loads. An exception inside the solver reaches the caller as thrown there.
 *
 * <p>Registered for {@link java.util.ServiceLoader} as the {@link DispatchSolver} named {@value #NAME}.
 * Thread-safe: each call builds its own solver.
 */
public final class TimefoldDispatcher implements DispatchSolver {

    /** The name of this solver in plans and reports. */
    public static final String NAME = "timefold";

    /** The share of the time limit the search gets; ejection chains may use the rest. */
    private static final double SEARCH_SHARE = 0.9;

    private final Options options;
    private final Class<? extends ConstraintProvider> constraints;
    private final Function<DispatchProblem, ConstraintWeightOverrides<HardMediumSoftLongScore>> weights;

    /** With {@link Options#DEFAULT}; the constructor {@link java.util.ServiceLoader} uses. */
    public TimefoldDispatcher() {
        this(Options.DEFAULT);
    }

    public TimefoldDispatcher(Options options) {
        this(options, TechnicianDispatchConstraints.class,
                problem -> TechnicianDispatchConstraints.weightsFor(problem.settings(), options.weights()));
    }

    /** With other constraints and their weights, for tests of the plumbing. */
    TimefoldDispatcher(Options options, Class<? extends ConstraintProvider> constraints,
            Function<DispatchProblem, ConstraintWeightOverrides<HardMediumSoftLongScore>> weights) {
        this.options = Objects.requireNonNull(options, "options");
        this.constraints = Objects.requireNonNull(constraints, "constraints");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    @Override
    public String name() {
        return NAME;
    }

    public Options options() {
        return options;
    }

    /**
     * Solves, and returns the search's dispatch or the greedy baseline's, whichever scores better, after placing
     * what it left unassigned by {@link EjectionChains} where that scores better still. The search from scratch
     * explores more widely than one started from greedy, and this way the answer is never worse than greedy's (the
     * baseline takes a fraction of a second even at 3,000 requests). Ejection chains find what one move at a time
     * cannot: a request that gets a technician only when two others move along; they get the last tenth of the
     * time limit and stop at it.
     */
    @Override
    public Dispatch solve(DispatchProblem problem, Duration timeLimit, long seed) {
        return SolverJobs.searchThenPolish(timeLimit, SEARCH_SHARE,
                () -> new GreedyDispatcher().solve(problem, timeLimit, seed),
                left -> run(problem, left, seed).dispatch(),
                Comparator.comparing(Dispatch::score), EjectionChains::improve);
    }

    /**
     * Solves and reports how the search went.
     *
     * @throws IllegalArgumentException if the time limit is not positive
     */
    public DispatchRun run(DispatchProblem problem, Duration timeLimit, long seed) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(timeLimit.compareTo(Duration.ZERO) > 0, "The timeLimit (%s) must be positive.", timeLimit);
        DispatchSchedule schedule = ScheduleAssembler.assemble(problem, weights(problem));
        return run(problem, schedule, timeLimit, seed);
    }

    /** The settings' weights of {@code problem} with the options' overrides on top. */
    ConstraintWeightOverrides<HardMediumSoftLongScore> weights(DispatchProblem problem) {
        return weights.apply(problem);
    }

    /** Solves {@code schedule}, a schedule of {@code problem} that may already assign and pin some requests. */
    DispatchRun run(DispatchProblem problem, DispatchSchedule schedule, Duration timeLimit, long seed) {
        Objects.requireNonNull(timeLimit, "timeLimit");
        checkArgument(timeLimit.compareTo(Duration.ZERO) > 0, "The timeLimit (%s) must be positive.", timeLimit);
        SolverFactory<DispatchSchedule> factory = SolverFactory.create(solverConfig(timeLimit, seed));
        List<DispatchRun.BestScore> progress = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (SolverManager<DispatchSchedule, Long> manager = SolverManager.create(factory)) {
            SolverJob<DispatchSchedule, Long> job = manager.solveBuilder()
                    .withProblemId(seed)
                    .withProblem(schedule)
                    .withBestSolutionEventConsumer(event -> progress.add(new DispatchRun.BestScore(
                            Duration.ofNanos(System.nanoTime() - started), event.solution().getScore())))
                    .withExceptionHandler((id, exception) -> {
                        // Rethrown from getFinalBestSolution() below, to the caller.
                    })
                    .run();
            DispatchSchedule best = SolverJobs.finalBest(job, "dispatching");
            Duration spent = Duration.ofNanos(System.nanoTime() - started);
            List<DispatchRun.BestScore> bestScores;
            synchronized (progress) {
                bestScores = List.copyOf(progress);
            }
            return new DispatchRun(best.toDispatch(problem), best.getScore(), spent, job.getMoveEvaluationCount(),
                    job.getMoveEvaluationSpeed(), bestScores);
        }
    }

    /** Enough of a configuration to score and analyse schedules, for a {@code SolutionManager}. */
    static SolverConfig scoringConfig() {
        return new SolverConfig()
                .withSolutionClass(DispatchSchedule.class)
                .withEntityClasses(RequestAssignment.class)
                .withConstraintProviderClass(TechnicianDispatchConstraints.class);
    }

    SolverConfig solverConfig(Duration timeLimit, long seed) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit);
        options.unimprovedSpentLimit().ifPresent(termination::withUnimprovedSpentLimit);
        options.moveCountLimit().ifPresent(termination::withMoveCountLimit);
        return new SolverConfig()
                .withSolutionClass(DispatchSchedule.class)
                .withEntityClasses(RequestAssignment.class)
                .withConstraintProviderClass(constraints)
                .withEnvironmentMode(options.environmentMode())
                .withRandomSeed(seed)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch());
    }

    /**
     * Change the technician, change the start, change both at once (a technician free at another hour), swap the
     * technicians of two requests, and swap two requests' whole assignments (so an unassigned request of higher
     * priority can take the place of a lower one in one step); moves out of an entity's own value range are never
     * selected.
     */
    private static LocalSearchPhaseConfig localSearch() {
        ChangeMoveSelectorConfig changeTechnician = new ChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig(RequestAssignment.TECHNICIAN));
        ChangeMoveSelectorConfig changeStart = new ChangeMoveSelectorConfig()
                .withValueSelectorConfig(new ValueSelectorConfig(RequestAssignment.START));
        CartesianProductMoveSelectorConfig changeBoth = new CartesianProductMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig().withId("changeBoth"))
                        .withValueSelectorConfig(new ValueSelectorConfig(RequestAssignment.TECHNICIAN)),
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("changeBoth"))
                        .withValueSelectorConfig(new ValueSelectorConfig(RequestAssignment.START))));
        SwapMoveSelectorConfig swapTechnicians = new SwapMoveSelectorConfig()
                .withVariableNameIncludes(RequestAssignment.TECHNICIAN);
        SwapMoveSelectorConfig swapAssignments = new SwapMoveSelectorConfig();
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig(
                List.of(changeTechnician, changeStart, changeBoth, swapTechnicians, swapAssignments)));
    }

    /**
     * How the solver runs beyond the time limit and seed of each call.
     *
     * @param unimprovedSpentLimit stop after this long without a better score, if given
     * @param moveCountLimit stop after this many evaluated moves, if given: the budget that makes runs repeatable
     * @param environmentMode Timefold's checking level; {@link EnvironmentMode#NO_ASSERT} (reproducible) for use,
     *     {@link EnvironmentMode#FULL_ASSERT} or {@link EnvironmentMode#TRACKED_FULL_ASSERT} in tests
     * @param weights constraint weights by constraint name that replace those of the settings, such as a zero
     *     weight to switch a soft rule off; with any, the score is no longer that of {@link Dispatch#score()}
     */
    public record Options(Optional<Duration> unimprovedSpentLimit, OptionalLong moveCountLimit,
            EnvironmentMode environmentMode, Map<String, HardMediumSoftLongScore> weights) {

        /** No limit but the time limit, reproducible mode, the settings' weights. */
        public static final Options DEFAULT =
                new Options(Optional.empty(), OptionalLong.empty(), EnvironmentMode.NO_ASSERT, Map.of());

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
            weights = Map.copyOf(weights);
        }

        public Options withUnimprovedSpentLimit(Duration limit) {
            return new Options(Optional.of(limit), moveCountLimit, environmentMode, weights);
        }

        public Options withMoveCountLimit(long limit) {
            return new Options(unimprovedSpentLimit, OptionalLong.of(limit), environmentMode, weights);
        }

        public Options withEnvironmentMode(EnvironmentMode mode) {
            return new Options(unimprovedSpentLimit, moveCountLimit, mode, weights);
        }

        public Options withWeights(Map<String, HardMediumSoftLongScore> overrides) {
            return new Options(unimprovedSpentLimit, moveCountLimit, environmentMode, overrides);
        }
    }
}
