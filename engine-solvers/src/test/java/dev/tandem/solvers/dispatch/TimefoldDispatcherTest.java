package dev.tandem.solvers.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.config.solver.EnvironmentMode;

import dev.tandem.model.SupportRequest;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.solvers.dispatch.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.solver.TechnicianDispatchConstraints;

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
                TimefoldDispatcher.Options.DEFAULT.withEnvironmentMode(EnvironmentMode.FULL_ASSERT));

        DispatchRun run = dispatcher.run(problem, Duration.ofSeconds(3), 5L);

        assertAgrees(run);
        assertThat(run.score().hardScore()).isZero();
        assertThat(run.moveEvaluationCount()).isPositive();
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
        assertThat(dispatcher.solverConfig(SECOND, 1L).getTerminationConfig().getSpentLimit()).isEqualTo(SECOND);
        // Timefold checks the budget between steps, so the last step may evaluate a few moves beyond it.
        assertThat(run.moveEvaluationCount()).isBetween(5_000L, 6_000L);
    }

    @Test
    void stopsEarlyWhenNothingImproves() {
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(
                TimefoldDispatcher.Options.DEFAULT.withUnimprovedSpentLimit(Duration.ofMillis(200)));

        // The limit reaches the solver's termination; that the search then ends early is Timefold's to test.
        assertThat(dispatcher.solverConfig(Duration.ofSeconds(20), 1L).getTerminationConfig()
                .getUnimprovedSpentLimit()).isEqualTo(Duration.ofMillis(200));
        assertThat(new TimefoldDispatcher().solverConfig(Duration.ofSeconds(20), 1L).getTerminationConfig()
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
                Map.of(TechnicianDispatchConstraints.TRIP_COST, HardMediumSoftLongScore.ZERO)));

        DispatchRun run = dispatcher.run(problem, Duration.ofMillis(500), 1L);
        DispatchScore objective = run.dispatch().score();

        long tripCosts = IntStream.range(0, problem.requests().size()).filter(run.dispatch()::isAssigned)
                .mapToLong(r -> problem.tripCost(r, run.dispatch().technician(r))).sum();
        assertThat(run.score().softScore()).isEqualTo(-(objective.soft() - tripCosts));
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
    void aWeightOfAnUnknownConstraintIsRefusedFromInsideTheSolver() {
        DispatchProblem problem = DispatchFixtures.small(10, 10L);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withWeights(
                Map.of("Tea breaks", HardMediumSoftLongScore.ONE_SOFT)));

        assertThatThrownBy(() -> dispatcher.solve(problem, SECOND, 1L)).hasStackTraceContaining("Tea breaks");
    }

    @Test
    void aNegativeWeightIsRefusedFromInsideTheSolver() {
        DispatchProblem problem = DispatchFixtures.small(10, 10L);
        TimefoldDispatcher dispatcher = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withWeights(
                Map.of(TechnicianDispatchConstraints.TRIP_COST, HardMediumSoftLongScore.ofSoft(-1))));

        assertThatThrownBy(() -> dispatcher.solve(problem, SECOND, 1L))
                .hasStackTraceContaining(TechnicianDispatchConstraints.TRIP_COST);
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
        assertThat(run.score())
                .isEqualTo(HardMediumSoftLongScore.of(-expected.hard(), -expected.medium(), -expected.soft()));
    }

    private static void assertSame(Dispatch first, Dispatch second) {
        for (int r = 0; r < first.problem().requests().size(); r++) {
            assertThat(second.technician(r)).as("technician of request %d", r).isEqualTo(first.technician(r));
            assertThat(second.start(r)).as("start of request %d", r).isEqualTo(first.start(r));
        }
        assertThat(second.score()).isEqualTo(first.score());
    }
}
