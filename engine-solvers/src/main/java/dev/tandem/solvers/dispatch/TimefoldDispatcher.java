package dev.tandem.solvers.dispatch;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.GreedyDispatcher;
import dev.tandem.dispatch.internal.EjectionChains;
import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.job.SolverUnavailableException;
import dev.tandem.solvers.CheckLevel;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.internal.exact.DispatchCpModel;
import dev.tandem.solvers.dispatch.internal.exact.DispatchNeighbourhoodSearch;
import dev.tandem.solvers.dispatch.internal.move.AssignmentSwapMoves;
import dev.tandem.solvers.dispatch.internal.move.TechnicianSwapMoves;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;
import dev.tandem.solvers.dispatch.internal.solver.TechnicianDispatchConstraints;
import dev.tandem.solvers.internal.timefold.Environments;
import dev.tandem.solvers.internal.timefold.SolverJobs;

/**
 * Dispatches support requests with Timefold Solver: a construction heuristic places the hardest requests first
 * (highest priority, fewest candidates), then local search (Timefold's default acceptor) changes technicians,
 * starts or both at once and swaps technicians or whole assignments between requests, under
 * {@link TechnicianDispatchConstraints}. The better of its answer and the greedy baseline's is polished by a
 * {@link DispatchNeighbourhoodSearch large-neighbourhood search} whose steps free a few related technicians and
 * re-solve them exactly with CP-SAT, then by ejection chains: local search moves one or two requests at a time, and
 * at thousands of requests it stalls where placing one request needs a chain of others to move.
 *
 * <p>One objective, end to end: the search, the choice between its answer and the greedy baseline's, the ejection
 * chains and the neighbourhood search all weigh the rules alike, by the settings' weights with
 * {@link Options#weights()} on top ({@link Dispatch#score()} when there are none). The exact model of a
 * neighbourhood is of the settings' weights, so under weight overrides the neighbourhood search is left out.
 *
 * <p>The Timefold solver factory is built once per seed from a programmatic configuration (one thread, the
 * reproducible environment mode at the {@link Options#checkLevel()}, the seed as random seed; a few seeds are kept)
 * and reused by every solve; the time limit and the move budget of each solve are set on the solver it builds.
 * A search ends at the time limit, after {@link Options#unimprovedSpentLimit()} without a better score, after the
 * move budget (the smaller of {@link Options#moveCountLimit()} and the solve's), or when the host's
 * {@link SolveControl} asks it to stop, with its best dispatch so far. Under a move budget the neighbourhood
 * search counts each neighbourhood as {@value #MOVES_PER_NEIGHBOURHOOD} moves and stops after the budget's share
 * too. The same problem, seed and move budget give the same dispatch when the budget, not the clock, ends each
 * phase; a phase cut by the clock stops at a step that depends on the machine's speed. An exception inside the
 * solver reaches the caller as thrown there.
 *
 * <p>Registered for {@link java.util.ServiceLoader} as the {@link DispatchSolver} named {@value #NAME}.
 * Thread-safe: the factories are shared, each solve builds its own solver and runs it on the caller's thread.
 */
public final class TimefoldDispatcher implements DispatchSolver {

    /** The name of this solver in plans and reports. */
    public static final String NAME = "timefold";

    /** The share of the time limit the greedy baseline and the Timefold search get. */
    private static final double SEARCH_SHARE = 0.1;
    /** Where in the time limit the exact repair of the medium level must end; the neighbourhood search follows. */
    private static final double EXACT_MEDIUM_SHARE = 0.6;
    /** Where in the time limit the neighbourhood search stops; the ejection chains have the rest. */
    private static final double NEIGHBOURHOOD_SHARE = 0.8;
    /** Under a move budget, one neighbourhood counts as this many moves, so that the budget ends this search too. */
    private static final long MOVES_PER_NEIGHBOURHOOD = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(TimefoldDispatcher.class);
    /** How many seeds' solver factories are kept. */
    private static final int FACTORIES_KEPT = 8;

    private final Options options;
    private final Class<? extends ConstraintProvider> constraints;
    private final Function<DispatchProblem, ConstraintWeightOverrides<HardMediumSoftLongScore>> scheduleWeights;
    private final Map<Long, SolverFactory<DispatchSchedule>> factories =
            new LinkedHashMap<>(FACTORIES_KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, SolverFactory<DispatchSchedule>> eldest) {
                    return size() > FACTORIES_KEPT;
                }
            };

    /** With {@link Options#DEFAULT}; the constructor {@link java.util.ServiceLoader} uses. */
    public TimefoldDispatcher() {
        this(Options.DEFAULT);
    }

    public TimefoldDispatcher(Options options) {
        this(options, TechnicianDispatchConstraints.class,
                problem -> TechnicianDispatchConstraints.weightsFor(objective(problem, options).weights()));
    }

    /** With other constraints and their weights, for tests of the plumbing. */
    TimefoldDispatcher(Options options, Class<? extends ConstraintProvider> constraints,
            Function<DispatchProblem, ConstraintWeightOverrides<HardMediumSoftLongScore>> scheduleWeights) {
        this.options = Objects.requireNonNull(options, "options");
        this.constraints = Objects.requireNonNull(constraints, "constraints");
        this.scheduleWeights = Objects.requireNonNull(scheduleWeights, "scheduleWeights");
    }

    @Override
    public String name() {
        return NAME;
    }

    public Options options() {
        return options;
    }

    /** As {@link #solve(DispatchProblem, SolveLimits, SolveControl)} with no move budget and no control. */
    @Override
    public Dispatch solve(DispatchProblem problem, Duration timeLimit, long seed) {
        return solve(problem, new SolveLimits(timeLimit, OptionalLong.empty(), seed), SolveControl.none());
    }

    /**
     * Solves, and returns the search's dispatch or the greedy baseline's, whichever is better under this
     * dispatcher's objective, polished. The baseline and the Timefold search share the first
     * {@value #SEARCH_SHARE} of the time limit: the search from scratch explores more widely than one started from
     * greedy, and this way the answer is never worse than greedy's (the baseline takes a fraction of a second even at
     * 3,000 requests). SCIP then solves the medium level of the exact model until {@value #EXACT_MEDIUM_SHARE} of
     * the limit (not under a move budget), the neighbourhood search runs until {@value #NEIGHBOURHOOD_SHARE}, and
     * {@link EjectionChains} place what is left unassigned where two others can move along in the rest; each keeps
     * only what the objective scores better. Where SCIP proves the medium level least, the neighbourhood search
     * solves each neighbourhood for the cost alone and has the rest of the time limit.
     *
     * <p>The move budget of {@code limits} bounds the search's evaluated moves and the neighbourhoods. {@code control}
     * hears of the baseline, of each better schedule of the search and of each polishing phase's better answer, with
     * the objective's score; when it asks to stop, the phase running ends with its best so far, and the best
     * dispatch found until then is returned.
     */
    @Override
    public Dispatch solve(DispatchProblem problem, SolveLimits limits, SolveControl control) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(control, "control");
        DispatchObjective objective = objective(problem, options);
        long started = System.nanoTime();
        long exactMediumEnd = started + (long) (limits.timeLimit().toNanos() * EXACT_MEDIUM_SHARE);
        long neighbourhoodsEnd = started + (long) (limits.timeLimit().toNanos() * NEIGHBOURHOOD_SHARE);
        return SolverJobs.searchThenPolish(limits.timeLimit(), SEARCH_SHARE,
                () -> {
                    Dispatch greedy = new GreedyDispatcher().solve(problem, limits.timeLimit(), limits.seed());
                    control.improved("construction", objective.score(greedy).toString());
                    return greedy;
                },
                left -> run(problem, limits.withTimeLimit(left), control).dispatch(),
                objective.order(),
                (better, timeIsUp) -> polish(better, objective, limits, control, new Deadlines(exactMediumEnd,
                        neighbourhoodsEnd, started + limits.timeLimit().toNanos())));
    }

    /** When the polishing phases end, as {@link System#nanoTime()}s. */
    private record Deadlines(long exactMedium, long neighbourhoods, long end) {
    }

    /**
     * The exact medium level, then the neighbourhood search, then the ejection chains. Where SCIP proved the medium
     * level least, the chains (which place unassigned requests) can no longer help and the neighbourhood search
     * works on the cost alone until the end.
     */
    private Dispatch polish(Dispatch better, DispatchObjective objective, SolveLimits limits, SolveControl control,
            Deadlines deadlines) {
        ExactMedium medium = exactMedium(better, objective, limits, control, deadlines.exactMedium());
        if (medium.proven()) {
            return neighbourhoods(medium.dispatch(), objective, limits, control, deadlines.end(),
                    DispatchNeighbourhoodSearch.Levels.SOFT_AT_KEPT_MEDIUM);
        }
        Dispatch improved = neighbourhoods(medium.dispatch(), objective, limits, control, deadlines.neighbourhoods(),
                DispatchNeighbourhoodSearch.Levels.MEDIUM_THEN_SOFT);
        return chains(improved, objective, control, () -> System.nanoTime() - deadlines.end() >= 0);
    }

    /**
     * Whether the exact polishing phases may run on {@code dispatch}: they are on, the objective is the settings'
     * own (the exact model is of the settings' weights), no hard rule is broken and no stop was asked for.
     */
    private boolean exactPhasesApply(Dispatch dispatch, SolveControl control) {
        return options.neighbourhoods() && options.weights().isEmpty() && dispatch.score().hard() == 0
                && !control.stopRequested();
    }

    /** Places what {@code dispatch} left unassigned by ejection chains where that is better, until {@code stop}. */
    private static Dispatch chains(Dispatch dispatch, DispatchObjective objective, SolveControl control,
            BooleanSupplier stop) {
        DispatchScore before = objective.score(dispatch);
        Dispatch polished = EjectionChains.improve(dispatch, objective::score,
                () -> stop.getAsBoolean() || control.stopRequested());
        DispatchScore after = objective.score(polished);
        if (after.compareTo(before) < 0) {
            control.improved("ejection chains", after.toString());
        }
        return polished;
    }

    /**
     * Solves the medium level of the whole exact model (the priority left unassigned) with SCIP, {@code dispatch} as
     * its hint, until {@code deadline} (a {@link System#nanoTime()}); returns SCIP's dispatch where the objective
     * scores it better. The trip model's linear relaxation is tight, so SCIP proves this level in seconds at
     * thousands of requests, where local search and CP-SAT's neighbourhoods stall. Skipped where
     * {@link #exactPhasesApply} says no, and under a move budget, whose answer must not depend on time.
     */
    private ExactMedium exactMedium(Dispatch dispatch, DispatchObjective objective, SolveLimits limits,
            SolveControl control, long deadline) {
        long left = deadline - System.nanoTime();
        if (!exactPhasesApply(dispatch, control) || smaller(options.moveCountLimit(), limits.moveBudget()).isPresent()
                || left <= 0) {
            return new ExactMedium(dispatch, false);
        }
        try {
            DispatchCpModel model = new DispatchCpModel(dispatch.problem());
            model.hint(dispatch);
            MipOfCpModel.Result solution = MipOfCpModel.minimize(model.model(), model.medium(),
                    Duration.ofNanos(left));
            Dispatch best = dispatch;
            if (solution.best().isPresent()) {
                Dispatch repaired = model.dispatchOf(solution);
                DispatchScore after = objective.score(repaired);
                if (repaired.score().hard() == 0 && after.compareTo(objective.score(dispatch)) < 0) {
                    control.improved("exact medium level", after.toString());
                    best = repaired;
                }
            }
            return new ExactMedium(best, solution.optimal() && solution.bound().isPresent()
                    && best.score().medium() <= solution.bound().getAsLong());
        } catch (SolverUnavailableException noSolver) {
            LOG.warn("Dispatch without the exact medium level: {}", noSolver.getMessage());
            return new ExactMedium(dispatch, false);
        }
    }

    /** The exact medium level's answer, and whether its medium level is proven least. */
    private record ExactMedium(Dispatch dispatch, boolean proven) {
    }

    /**
     * Improves {@code dispatch} by {@link DispatchNeighbourhoodSearch} until {@code deadline} (a
     * {@link System#nanoTime()}), or for the neighbourhoods of a move budget. Returns it unchanged where OR-Tools
     * cannot run, where {@link Options#neighbourhoods()} is off, and under {@link Options#weights() weight overrides}:
     * the exact model of a neighbourhood is of the settings' weights.
     */
    private Dispatch neighbourhoods(Dispatch dispatch, DispatchObjective objective, SolveLimits limits,
            SolveControl control, long deadline, DispatchNeighbourhoodSearch.Levels levels) {
        if (!exactPhasesApply(dispatch, control)) {
            return dispatch;
        }
        OptionalLong moves = smaller(options.moveCountLimit(), limits.moveBudget());
        long steps = moves.isPresent() ? Math.max(1, moves.getAsLong() / MOVES_PER_NEIGHBOURHOOD) : Long.MAX_VALUE;
        try {
            return new DispatchNeighbourhoodSearch(dispatch.problem(), levels, options.threads()).improve(dispatch,
                    new DispatchNeighbourhoodSearch.Budget(steps, deadline, control::stopRequested), limits.seed(),
                    objective::score, better -> control.improved("neighbourhood search",
                            objective.score(better).toString()));
        } catch (SolverUnavailableException noOrTools) {
            LOG.warn("Dispatch without neighbourhood search: {}", noOrTools.getMessage());
            return dispatch;
        }
    }

    /**
     * Solves and reports how the search went.
     *
     * @throws IllegalArgumentException if the time limit is not positive
     */
    public DispatchRun run(DispatchProblem problem, Duration timeLimit, long seed) {
        return run(problem, new SolveLimits(timeLimit, OptionalLong.empty(), seed), SolveControl.none());
    }

    /** Solves within {@code limits} under {@code control}, and reports how the search went. */
    public DispatchRun run(DispatchProblem problem, SolveLimits limits, SolveControl control) {
        Objects.requireNonNull(problem, "problem");
        return run(problem, ScheduleAssembler.assemble(problem, weights(problem)), limits, control);
    }

    /** The settings' weights of {@code problem} with the options' overrides on top, as Timefold's overrides. */
    ConstraintWeightOverrides<HardMediumSoftLongScore> weights(DispatchProblem problem) {
        return scheduleWeights.apply(problem);
    }

    /** The objective of this dispatcher on {@code problem}. */
    DispatchObjective objective(DispatchProblem problem) {
        return objective(problem, options);
    }

    private static DispatchObjective objective(DispatchProblem problem, Options options) {
        return DispatchObjective.of(problem.settings(), options.weights());
    }

    /** Solves {@code schedule}, a schedule of {@code problem} that may already assign and pin some requests. */
    DispatchRun run(DispatchProblem problem, DispatchSchedule schedule, Duration timeLimit, long seed) {
        return run(problem, schedule, new SolveLimits(timeLimit, OptionalLong.empty(), seed), SolveControl.none());
    }

    DispatchRun run(DispatchProblem problem, DispatchSchedule schedule, SolveLimits limits, SolveControl control) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(control, "control");
        Solver<DispatchSchedule> solver = factory(limits.seed())
                .buildSolver(new SolverConfigOverride<DispatchSchedule>().withTerminationConfig(termination(limits)));
        List<DispatchRun.BestScore> progress = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        solver.addEventListener(event -> {
            DispatchScore score = scoreOf(event.getNewBestSolution().getScore());
            progress.add(new DispatchRun.BestScore(Duration.ofNanos(System.nanoTime() - started), score));
            control.improved("local search", score.toString());
            if (control.stopRequested()) {
                solver.terminateEarly();
            }
        });
        control.onStop(solver::terminateEarly);
        LongSupplier searchSpeed = SolverJobs.localSearchSpeed(solver);
        DispatchSchedule best = SolverJobs.solve(solver, schedule, control);
        Duration spent = Duration.ofNanos(System.nanoTime() - started);
        List<DispatchRun.BestScore> bestScores;
        synchronized (progress) {
            bestScores = List.copyOf(progress);
        }
        HardMediumSoftLongScore score = best.getScore();
        return new DispatchRun(best.toDispatch(problem),
                score == null ? objective(problem).score(best.toDispatch(problem)) : scoreOf(score), spent,
                SolverJobs.moveEvaluationCount(solver), SolverJobs.moveEvaluationSpeed(solver),
                searchSpeed.getAsLong(), bestScores);
    }

    /** Timefold's score, which counts penalties as negative, as the positive penalties of a {@link DispatchScore}. */
    private static DispatchScore scoreOf(HardMediumSoftLongScore timefold) {
        return new DispatchScore(-timefold.hardScore(), -timefold.mediumScore(), -timefold.softScore());
    }

    /** The termination of one solve: its limits and the options' own. */
    TerminationConfig termination(SolveLimits limits) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limits.timeLimit());
        options.unimprovedSpentLimit().ifPresent(termination::withUnimprovedSpentLimit);
        OptionalLong moves = smaller(options.moveCountLimit(), limits.moveBudget());
        moves.ifPresent(termination::withMoveCountLimit);
        return termination;
    }

    private static OptionalLong smaller(OptionalLong first, OptionalLong second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : OptionalLong.of(Math.min(first.getAsLong(), second.getAsLong()));
    }

    /** The factory of {@code seed}'s solvers, built on first use and kept with a few others. */
    private SolverFactory<DispatchSchedule> factory(long seed) {
        synchronized (factories) {
            return factories.computeIfAbsent(seed, key -> SolverFactory.create(solverConfig(key)));
        }
    }

    /** Enough of a configuration to score and analyse schedules, for a {@code SolutionManager}. */
    static SolverConfig scoringConfig() {
        return new SolverConfig()
                .withSolutionClass(DispatchSchedule.class)
                .withEntityClasses(RequestAssignment.class)
                .withConstraintProviderClass(TechnicianDispatchConstraints.class);
    }

    /** The configuration of {@code seed}'s solvers; each solve sets its own termination. */
    SolverConfig solverConfig(long seed) {
        return new SolverConfig()
                .withSolutionClass(DispatchSchedule.class)
                .withEntityClasses(RequestAssignment.class)
                .withConstraintProviderClass(constraints)
                .withEnvironmentMode(Environments.of(options.checkLevel()))
                .withRandomSeed(seed)
                .withMoveThreadCount(SolverConfig.MOVE_THREAD_COUNT_NONE)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(30)))
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch());
    }

    /**
     * Change the technician, change the start, change both at once (a technician free at another hour), swap the
     * technicians of two requests, and swap two requests' whole assignments (so an unassigned request of higher
     * priority can take the place of a lower one in one step); moves out of an entity's own value range are never
     * selected. The swaps are drawn through the candidates ({@link TechnicianSwapMoves}, {@link AssignmentSwapMoves};
     * their package says why not Timefold's generic swap selectors).
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
        MoveIteratorFactoryConfig swapTechnicians =
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(TechnicianSwapMoves.class);
        MoveIteratorFactoryConfig swapAssignments =
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(AssignmentSwapMoves.class);
        return new LocalSearchPhaseConfig().withMoveSelectorConfig(new UnionMoveSelectorConfig(
                List.of(changeTechnician, changeStart, changeBoth, swapTechnicians, swapAssignments)));
    }

    /**
     * How the solver runs beyond the limits and seed of each solve.
     *
     * @param unimprovedSpentLimit stop after this long without a better score, if given
     * @param moveCountLimit stop after this many evaluated moves, if given: the budget that makes runs repeatable;
     *     a solve's own move budget, when smaller, wins
     * @param checkLevel how much the search checks itself; {@link CheckLevel#OFF} for use, {@link CheckLevel#FULL}
     *     in tests
     * @param weights rule weights by {@link DispatchRules rule name} that replace those of the settings, such as
     *     {@link Weight#ZERO} to switch a soft rule off; with any, the objective is no longer that of
     *     {@link Dispatch#score()} but the same rules under these weights, for the search and the choice alike
     * @param neighbourhoods whether the answer is polished by a neighbourhood search with exact CP-SAT repairs
     *     (on by default; off, the ejection chains have the rest of the time limit)
     * @param threads how many neighbourhoods the search repairs at once once the priority left unassigned is proven
     *     least (each on its own thread, the solve's own included); the default is one per available processor, at
     *     most {@value #MOST_DEFAULT_THREADS}. A host that runs several solves at once may want 1. Answers under a
     *     move budget do not depend on it.
     */
    public record Options(Optional<Duration> unimprovedSpentLimit, OptionalLong moveCountLimit, CheckLevel checkLevel,
            Map<String, Weight> weights, boolean neighbourhoods, int threads) {

        /** The most threads {@link #DEFAULT} takes, however many processors there are. */
        public static final int MOST_DEFAULT_THREADS = 4;

        /**
         * No limit but the time limit, no checks, the settings' weights, the neighbourhood search on, a thread per
         * available processor up to {@value #MOST_DEFAULT_THREADS}.
         */
        public static final Options DEFAULT = new Options(Optional.empty(), OptionalLong.empty(), CheckLevel.OFF,
                Map.of(), true, Math.min(MOST_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors()));

        public Options {
            Objects.requireNonNull(unimprovedSpentLimit, "unimprovedSpentLimit");
            Objects.requireNonNull(moveCountLimit, "moveCountLimit");
            Objects.requireNonNull(checkLevel, "checkLevel");
            checkArgument(unimprovedSpentLimit.map(limit -> limit.compareTo(Duration.ZERO) > 0).orElse(true),
                    "The unimprovedSpentLimit (%s) must be positive.", unimprovedSpentLimit);
            checkArgument(moveCountLimit.orElse(1) > 0, "The moveCountLimit (%s) must be positive.", moveCountLimit);
            checkArgument(threads > 0, "The threads (%s) must be positive.", threads);
            weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
            for (Map.Entry<String, Weight> weight : weights.entrySet()) {
                Objects.requireNonNull(weight.getValue(), weight.getKey());
                checkArgument(DispatchRules.NAMES.contains(weight.getKey()),
                        "The weight (%s) is of no dispatch rule: %s.%nMaybe use one of %s.", weight.getValue(),
                        weight.getKey(), DispatchRules.NAMES);
            }
        }

        public Options withUnimprovedSpentLimit(Duration limit) {
            return new Options(Optional.of(limit), moveCountLimit, checkLevel, weights, neighbourhoods, threads);
        }

        public Options withMoveCountLimit(long limit) {
            return new Options(unimprovedSpentLimit, OptionalLong.of(limit), checkLevel, weights, neighbourhoods,
                    threads);
        }

        public Options withCheckLevel(CheckLevel level) {
            return new Options(unimprovedSpentLimit, moveCountLimit, level, weights, neighbourhoods, threads);
        }

        public Options withWeights(Map<String, Weight> overrides) {
            return new Options(unimprovedSpentLimit, moveCountLimit, checkLevel, overrides, neighbourhoods, threads);
        }

        public Options withNeighbourhoods(boolean on) {
            return new Options(unimprovedSpentLimit, moveCountLimit, checkLevel, weights, on, threads);
        }

        public Options withThreads(int count) {
            return new Options(unimprovedSpentLimit, moveCountLimit, checkLevel, weights, neighbourhoods, count);
        }
    }
}
