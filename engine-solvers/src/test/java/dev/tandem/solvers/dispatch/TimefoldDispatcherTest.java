package dev.tandem.solvers.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import dev.tandem.model.SupportRequest;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.DispatchPlanValidator;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.GreedyDispatcher;
import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.solvers.CheckLevel;
import dev.tandem.solvers.dispatch.exact.CpSatDispatcher;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.internal.exact.DispatchCpModel;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;

class TimefoldDispatcherTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Test
    void isFoundByServiceLoaderAsTimefold() {
        assertThat(ServiceLoader.load(DispatchSolver.class).stream().map(ServiceLoader.Provider::get)
                .map(DispatchSolver::name)).contains(TimefoldDispatcher.NAME);
    }

    @Test
    void fullAssertSolveKeepsTheIncrementalScoreRight() {
        DispatchProblem problem = DispatchFixtures.small(15, 21L);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(
                TimefoldDispatcher.Options.DEFAULT.withCheckLevel(CheckLevel.FULL));

        DispatchRun run = dispatcher.run(problem, Duration.ofSeconds(3), 5L);

        assertAgrees(run);
        assertThat(run.score().hard()).isZero();
        assertThat(run.moveEvaluationCount()).isPositive();
        assertThat(run.searchMoveEvaluationSpeed()).as("local search moves per second").isPositive();
    }

    @Test
    void plansOfFeasibleInstancesBreakNoHardRuleAndScoreAsDispatchScore() {
        for (long seed = 1; seed <= 3; seed++) {
            DispatchProblem problem = DispatchFixtures.small(40, seed);

            // A move budget, not the clock: on a loaded machine a second may end inside the construction
            // heuristic, and a partly built schedule is not what this test is about.
            DispatchRun run = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withMoveCountLimit(30_000))
                    .run(problem, Duration.ofSeconds(60), seed);

            assertAgrees(run);
            assertThat(run.dispatch().score().isFeasible()).as("seed %d", seed).isTrue();
            assertThat(run.dispatch().assignedCount()).as("seed %d", seed).isPositive();
        }
    }

    @Test
    void theSearchLendsATechnicianMakingTwoTripsOnADayOnce() {
        DispatchProblem problem = LineNetwork.twoOnDutyOneLendable();

        // The search alone, not the better of it and greedy: greedy must not hide a wrong constraint.
        DispatchRun run = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withMoveCountLimit(2_000))
                .run(problem, Duration.ofSeconds(60), 1L);

        assertAgrees(run);
        assertThat(run.dispatch().score().hard()).isZero();
        assertThat(run.dispatch().assignedCount()).as("both served by B1").isEqualTo(2);
    }

    @Test
    void sameSeedAndMoveBudgetGiveTheSameDispatch() {
        DispatchProblem problem = DispatchFixtures.small(40, 4L);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(
                TimefoldDispatcher.Options.DEFAULT.withMoveCountLimit(20_000));

        Dispatch first = dispatcher.solve(problem, Duration.ofSeconds(30), 11L);
        Dispatch second = dispatcher.solve(problem, Duration.ofSeconds(30), 11L);

        assertSame(first, second);
    }

    @Test
    void honoursTheTimeLimitAndTheMoveBudget() {
        DispatchProblem problem = DispatchFixtures.problem(DispatchFixtures.network(80, 400, 6L), 150, 6L,
                dev.tandem.dispatch.DispatchSettings.DEFAULT);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(
                TimefoldDispatcher.Options.DEFAULT.withMoveCountLimit(5_000));

        DispatchRun run = dispatcher.run(problem, Duration.ofSeconds(60), 1L);

        // The time limit reaches the solver's termination; how long a run takes is for the benchmarks.
        assertThat(dispatcher.termination(SolveLimits.of(SECOND)).getSpentLimit()).isEqualTo(SECOND);
        // Timefold checks the budget between steps, so the last step may evaluate a few moves beyond it.
        assertThat(run.moveEvaluationCount()).isBetween(5_000L, 6_000L);
    }

    @Test
    void stopsEarlyWhenNothingImproves() {
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(
                TimefoldDispatcher.Options.DEFAULT.withUnimprovedSpentLimit(Duration.ofMillis(200)));

        // The limit reaches the solver's termination; that the search then ends early is Timefold's to test.
        assertThat(dispatcher.termination(SolveLimits.of(Duration.ofSeconds(20))).getUnimprovedSpentLimit())
                .isEqualTo(Duration.ofMillis(200));
        assertThat(new TimefoldDispatcher().termination(SolveLimits.of(Duration.ofSeconds(20)))
                .getUnimprovedSpentLimit()).isNull();
    }

    @Test
    void keepsRequestsPinnedToATechnicianAndDay() {
        DispatchProblem small = DispatchFixtures.small(30, 8L);
        int r = IntStream.range(0, small.requests().size()).filter(i -> small.candidates(i).length > 0
                && !small.starts(i).isEmpty()).findFirst().orElseThrow();
        SupportRequest pinned = small.requests().get(r);
        OffsetDateTime day = small.starts(r).get(small.starts(r).size() - 1);
        pinned = pinned.withPinnedTechnician(small.network().technicianAt(small.candidates(r)[0]).id())
                .withPinnedDate(day.toLocalDate());
        java.util.List<SupportRequest> requests = new java.util.ArrayList<>(small.requests());
        requests.set(r, pinned);
        DispatchProblem problem = DispatchProblem.of(small.network(), requests, small.settings(), small.drives());
        var schedule = ScheduleAssembler.assemble(problem);
        RequestAssignment assignment = schedule.getAssignments().get(r);

        Dispatch dispatch = new TimefoldDispatcher().solve(problem, SECOND, 1L);

        assertThat(assignment.isPinned()).isTrue();
        if (assignment.isAssigned()) {
            assertThat(dispatch.technician(r)).isEqualTo(small.candidates(r)[0]);
            assertThat(dispatch.start(r)).isEqualTo(assignment.getStart().getTime());
        } else {
            assertThat(dispatch.isAssigned(r)).isFalse();
        }
    }

    @Test
    void aWeightOverrideSwitchesARuleOff() {
        DispatchProblem problem = DispatchFixtures.small(30, 9L);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withWeights(
                Map.of(DispatchRules.TRIP_COST, Weight.ZERO)));

        DispatchRun run = dispatcher.run(problem, Duration.ofMillis(500), 1L);
        DispatchScore objective = run.dispatch().score();

        long tripCosts = IntStream.range(0, problem.requests().size()).filter(run.dispatch()::isAssigned)
                .mapToLong(r -> problem.tripCost(r, run.dispatch().technician(r))).sum();
        assertThat(run.score().soft()).isEqualTo(objective.soft() - tripCosts);
    }

    @Test
    void anExceptionInsideTheSolverReachesTheCaller() {
        DispatchProblem problem = DispatchFixtures.small(10, 10L);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT,
                FailingConstraints.class, any -> ConstraintWeightOverrides.none());

        assertThatThrownBy(() -> dispatcher.solve(problem, SECOND, 1L))
                .hasStackTraceContaining("A constraint failed on purpose.");
    }

    @Test
    void aWeightOfAnUnknownRuleIsRefusedWithTheRulesThereAre() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TimefoldDispatcher.Options.DEFAULT.withWeights(Map.of("Tea breaks", Weight.ofSoft(1))))
                .withMessageContaining("Tea breaks").withMessageContaining(DispatchRules.TRIP_COST);
    }

    @Test
    void threadsAreKeptByTheOtherOptionsAndNoneIsRefused() {
        assertThat(TimefoldDispatcher.Options.DEFAULT.withThreads(3).withCheckLevel(CheckLevel.FULL).threads())
                .isEqualTo(3);
        assertThatIllegalArgumentException().isThrownBy(() -> TimefoldDispatcher.Options.DEFAULT.withThreads(0))
                .withMessageContaining("threads (0) must be positive");
    }

    @Test
    void aNegativeWeightIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Weight.ofSoft(-1)).withMessageContaining("-1 soft");
    }

    /**
     * With unassigned requests free and trips still costing, the best plan under the overridden weights leaves
     * requests unassigned, while {@link Dispatch#score()} prefers greedy's plan that assigns them: the plan returned
     * is the best of greedy's and the search's under the overridden weights, and polishing does not place
     * requests back.
     */
    @Test
    void theChoiceAndThePolishUseTheOverriddenWeights() {
        DispatchProblem problem = DispatchFixtures.small(30, 9L);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT
                .withWeights(Map.of(DispatchRules.UNASSIGNED, Weight.ZERO)));
        SolveLimits limits = new SolveLimits(Duration.ofSeconds(60), OptionalLong.of(20_000), 4L);
        DispatchObjective objective = dispatcher.objective(problem);
        Dispatch greedy = new GreedyDispatcher().solve(problem, SECOND, 4L);
        Dispatch searched = dispatcher.run(problem, limits, SolveControl.none()).dispatch();

        Dispatch dispatch = dispatcher.solve(problem, limits, SolveControl.none());

        assertThat(greedy.score()).as("greedy wins by the default score").isLessThan(searched.score());
        assertThat(objective.score(searched)).as("the search wins by the overridden weights")
                .isLessThan(objective.score(greedy));
        assertThat(objective.score(dispatch)).isLessThanOrEqualTo(objective.score(searched));
        assertThat(dispatch.assignedCount()).isLessThanOrEqualTo(searched.assignedCount());
    }

    @Test
    void theSameSeedAndMoveBudgetGiveTheSamePlanFromTheReusedSolverFactory() {
        DispatchProblem problem = DispatchFixtures.small(30, 12L);
        SolveLimits limits = new SolveLimits(Duration.ofSeconds(60), OptionalLong.of(15_000), 7L);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher();

        Dispatch first = dispatcher.solve(problem, limits, SolveControl.none());
        Dispatch second = dispatcher.solve(problem, limits, SolveControl.none());
        Dispatch fresh = new TimefoldDispatcher().solve(problem, limits, SolveControl.none());

        assertSame(first, second);
        assertSame(first, fresh);
    }

    @Test
    void aMoveBudgetBoundsTheSearch() {
        DispatchProblem problem = DispatchFixtures.small(30, 13L);

        DispatchRun run = new TimefoldDispatcher().run(problem,
                new SolveLimits(Duration.ofSeconds(60), OptionalLong.of(3_000), 1L), SolveControl.none());

        // Timefold checks the budget after each step, so the last step may overrun it by its moves.
        assertThat(run.moveEvaluationCount()).isPositive().isLessThan(3_000 + 2_000);
    }

    @Test
    void progressArrivesForTheBaselineAndTheSearch() {
        DispatchProblem problem = DispatchFixtures.small(30, 14L);
        RecordingControl control = new RecordingControl(Integer.MAX_VALUE);

        Dispatch dispatch = new TimefoldDispatcher().solve(problem,
                new SolveLimits(Duration.ofSeconds(60), OptionalLong.of(10_000), 2L), control);

        assertThat(control.phases()).first().isEqualTo("construction");
        assertThat(control.phases()).contains("local search");
        assertThat(control.scores()).contains(dispatch.score().toString());
    }

    @Test
    void anEarlyStopEndsTheSearchWithAValidPlan() {
        DispatchProblem problem = DispatchFixtures.small(40, 15L);
        DispatchSettings settings = problem.settings();
        DispatchPlanValidator validator = new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(),
                settings.thresholds());
        // A budget the search would take far beyond the test's patience: only the stop ends it.
        SolveLimits limits = new SolveLimits(Duration.ofMinutes(10), OptionalLong.of(1_000_000_000L), 3L);
        RecordingControl control = new RecordingControl(2);

        DispatchRun run = new TimefoldDispatcher().run(problem, limits, control);
        Dispatch dispatch = new TimefoldDispatcher().solve(problem, limits, new RecordingControl(2));
        DispatchPlan plan = DispatchPlans.of(TimefoldDispatcher.NAME, dispatch);

        assertThat(run.moveEvaluationCount()).isLessThan(1_000_000_000L);
        assertThat(validator.validate(problem.network(), problem.requests(), plan).violations()).isEmpty();
        assertThat(dispatch.score()).isLessThanOrEqualTo(new GreedyDispatcher().solve(problem, SECOND, 3L).score());
    }

    @Test
    void aStopBeforeTheSearchReturnsTheBaseline() {
        DispatchProblem problem = DispatchFixtures.small(20, 16L);
        RecordingControl control = new RecordingControl(1);

        Dispatch dispatch = new TimefoldDispatcher().solve(problem,
                new SolveLimits(Duration.ofMinutes(10), OptionalLong.empty(), 3L), control);

        assertThat(control.phases()).containsExactly("construction");
        assertSame(new GreedyDispatcher().solve(problem, SECOND, 3L), dispatch);
    }

    /**
     * On instances where greedy leaves more priority unassigned than the exact optimum does, the whole solve (search,
     * ejection chains, neighbourhood search) finds the optimum's medium level with a valid plan.
     */
    @Test
    void reachesTheOptimumsMediumWhereGreedyMissesIt() {
        int missed = 0;
        for (long seed = 1; seed <= 8; seed++) {
            DispatchProblem problem = DispatchFixtures.small(40, seed);
            long optimum = new CpSatDispatcher().solveExactly(problem, Duration.ofSeconds(30), seed).objective()
                    .medium();
            if (new GreedyDispatcher().solve(problem, SECOND, seed).score().medium() == optimum) {
                continue;
            }
            missed++;

            Dispatch dispatch = new TimefoldDispatcher().solve(problem,
                    new SolveLimits(Duration.ofSeconds(60), OptionalLong.of(40_000), seed), SolveControl.none());

            assertThat(dispatch.score().medium()).as("seed %d", seed).isEqualTo(optimum);
            assertThat(validator(problem).validate(problem.network(), problem.requests(),
                    DispatchPlans.of(TimefoldDispatcher.NAME, dispatch)).violations()).isEmpty();
        }
        assertThat(missed).as("instances where greedy misses the optimum's medium").isPositive();
    }

    /**
     * With little search, the neighbourhood search improves on what the search and the ejection chains found, says
     * so as a phase, and keeps the plan valid; turned off, the answer is the one before it.
     */
    @Test
    void theNeighbourhoodSearchImprovesAShortSearchAndReportsItself() {
        DispatchProblem problem = DispatchFixtures.small(150, 17L);
        SolveLimits limits = new SolveLimits(Duration.ofSeconds(60), OptionalLong.of(20_000), 5L);
        RecordingControl control = new RecordingControl(Integer.MAX_VALUE);

        Dispatch with = new TimefoldDispatcher().solve(problem, limits, control);
        Dispatch without = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withNeighbourhoods(false))
                .solve(problem, limits, SolveControl.none());

        assertThat(with.score()).isLessThan(without.score());
        assertThat(control.phases()).contains("neighbourhood search");
        assertThat(control.scores()).last().isEqualTo(with.score().toString());
        assertThat(validator(problem).validate(problem.network(), problem.requests(),
                DispatchPlans.of(TimefoldDispatcher.NAME, with)).violations()).isEmpty();
    }

    /**
     * Under a time limit the exact medium level reaches the least unassigned priority that SCIP proves on the model
     * on its own, and the plan stays valid. Under a move budget the SCIP stages, whose limits are wall time, are left
     * out, so two budgeted solves give the same dispatch.
     */
    @Test
    void underATimeLimitTheAnswerHasTheProvenLeastUnassignedPriority() {
        DispatchProblem problem = DispatchFixtures.small(200, 23L);
        DispatchCpModel model = new DispatchCpModel(problem);
        MipOfCpModel.Result proven = MipOfCpModel.minimize(model.model(), model.medium(), Duration.ofSeconds(60));
        SolveLimits budget = new SolveLimits(Duration.ofSeconds(60), OptionalLong.of(5_000), 3L);

        Dispatch dispatch = new TimefoldDispatcher().solve(problem,
                new SolveLimits(Duration.ofSeconds(10), OptionalLong.empty(), 3L), SolveControl.none());
        Dispatch budgeted = new TimefoldDispatcher().solve(problem, budget, SolveControl.none());
        Dispatch again = new TimefoldDispatcher().solve(problem, budget, SolveControl.none());

        assertThat(proven.optimal()).isTrue();
        assertThat(dispatch.score().medium()).isEqualTo(proven.best().orElseThrow());
        assertThat(validator(problem).validate(problem.network(), problem.requests(),
                DispatchPlans.of(TimefoldDispatcher.NAME, dispatch)).violations()).isEmpty();
        assertSame(budgeted, again);
    }

    @Test
    void underWeightOverridesTheExactStagesAreLeftOut() {
        DispatchProblem problem = DispatchFixtures.small(30, 9L);
        SolveLimits limits = new SolveLimits(Duration.ofSeconds(60), OptionalLong.of(20_000), 4L);
        Map<String, Weight> overrides = Map.of(DispatchRules.UNASSIGNED, Weight.ZERO);
        RecordingControl control = new RecordingControl(Integer.MAX_VALUE);

        Dispatch with = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withWeights(overrides))
                .solve(problem, limits, control);
        Dispatch without = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withWeights(overrides)
                .withNeighbourhoods(false)).solve(problem, limits, SolveControl.none());

        assertThat(control.phases()).doesNotContain("neighbourhood search", "exact medium level");
        assertSame(without, with);
    }

    private static DispatchPlanValidator validator(DispatchProblem problem) {
        DispatchSettings settings = problem.settings();
        return new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(), settings.thresholds());
    }

    /** Records every report and asks to stop from the {@code stopAfter}-th on. */
    private static final class RecordingControl implements SolveControl {

        private final int stopAfter;
        private final List<String> phases = new ArrayList<>();
        private final List<String> scores = new ArrayList<>();

        RecordingControl(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public synchronized boolean stopRequested() {
            return phases.size() >= stopAfter;
        }

        @Override
        public void onStop(Runnable action) {
            // polled through stopRequested()
        }

        @Override
        public synchronized void improved(String phase, String bestScore) {
            phases.add(phase);
            scores.add(bestScore);
        }

        synchronized List<String> phases() {
            return List.copyOf(phases);
        }

        synchronized List<String> scores() {
            return List.copyOf(scores);
        }
    }

    /** Throws while scoring any assigned request: the failure happens on the solver's thread. */
    public static final class FailingConstraints implements ConstraintProvider {

        @Override
        public Constraint[] defineConstraints(ConstraintFactory factory) {
            return new Constraint[] {
                    factory.forEach(RequestAssignment.class)
                            .filter(assignment -> {
                                throw new IllegalStateException("A constraint failed on purpose.");
                            })
                            .penalize(HardMediumSoftLongScore.ONE_SOFT)
                            .asConstraint("Failing")
            };
        }
    }

    private static void assertAgrees(DispatchRun run) {
        DispatchScore expected = run.dispatch().score();
        assertThat(run.score()).isEqualTo(expected);
    }

    private static void assertSame(Dispatch first, Dispatch second) {
        for (int r = 0; r < first.problem().requests().size(); r++) {
            assertThat(second.technician(r)).as("technician of request %d", r).isEqualTo(first.technician(r));
            assertThat(second.start(r)).as("start of request %d", r).isEqualTo(first.start(r));
        }
        assertThat(second.score()).isEqualTo(first.score());
    }
}
