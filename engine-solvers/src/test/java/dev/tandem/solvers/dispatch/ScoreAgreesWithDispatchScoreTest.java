package dev.tandem.solvers.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.solver.TechnicianDispatchConstraints;

/**
 * The strongest cross-check of the constraints: on random dispatches, which break every rule, the Timefold score
 * is exactly {@code (-hard, -medium, -soft)} of {@link Dispatch#score()}, the objective written independently.
 */
class ScoreAgreesWithDispatchScoreTest {

    private static final SolutionManager<DispatchSchedule, HardMediumSoftLongScore> SOLUTIONS = SolutionManager.create(
            SolverFactory.create(new TimefoldDispatcher().solverConfig(0L)));

    @Test
    void timefoldScoreEqualsDispatchScoreOn200RandomDispatches() {
        Set<String> exercised = new HashSet<>();
        int checked = 0;
        for (long seed = 1; seed <= 4; seed++) {
            DispatchProblem problem = DispatchFixtures.adversarial(seed);
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < 50; i++) {
                Dispatch dispatch = DispatchFixtures.randomDispatch(problem, random, 0.1 + 0.3 * random.nextDouble());
                DispatchSchedule schedule = ScheduleAssembler.assemble(dispatch);
                DispatchScore expected = dispatch.score();

                ScoreAnalysis<HardMediumSoftLongScore> analysis = SOLUTIONS.analyze(schedule);

                assertThat(analysis.score())
                        .as("seed %d, dispatch %d", seed, i)
                        .isEqualTo(HardMediumSoftLongScore.of(-expected.hard(), -expected.medium(), -expected.soft()));
                for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
                    if (!constraint.score().isZero()) {
                        exercised.add(constraint.constraintRef().constraintName());
                    }
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(200);
        // Starts come from the value ranges, which keep the lead time: only the constraint tests break it.
        assertThat(exercised).as("every rule but the lead time and replanning's").containsExactlyInAnyOrder(
                TechnicianDispatchConstraints.SKILL_AND_LEVEL, TechnicianDispatchConstraints.SUPPORT_WINDOW,
                TechnicianDispatchConstraints.HOME_OVERLOADED,
                TechnicianDispatchConstraints.OVERLAPPING_TRIPS, TechnicianDispatchConstraints.HOME_UNDERSTAFFED,
                TechnicianDispatchConstraints.UNASSIGNED, TechnicianDispatchConstraints.TRIP_COST,
                TechnicianDispatchConstraints.OVER_QUALIFICATION, TechnicianDispatchConstraints.TECHNICIAN_FAIRNESS,
                TechnicianDispatchConstraints.STORE_FAIRNESS);
    }

    /**
     * The objective a dispatcher with weight overrides uses to choose between greedy and search and to polish is
     * the score its search optimizes: on random dispatches under random weights, the two agree exactly.
     */
    @Test
    void objectiveUnderOverriddenWeightsEqualsTimefoldScoreOnRandomDispatches() {
        SplittableRandom random = new SplittableRandom(17L);
        for (long seed = 1; seed <= 3; seed++) {
            DispatchProblem problem = DispatchFixtures.adversarial(seed);
            for (int i = 0; i < 20; i++) {
                Map<String, Weight> overrides = new LinkedHashMap<>();
                for (String rule : DispatchRules.NAMES) {
                    if (random.nextBoolean()) {
                        overrides.put(rule, new Weight(random.nextInt(3), random.nextInt(3), random.nextInt(500)));
                    }
                }
                DispatchObjective objective = DispatchObjective.of(problem.settings(), overrides);
                Dispatch dispatch = DispatchFixtures.randomDispatch(problem, random, 0.1 + 0.3 * random.nextDouble());
                DispatchSchedule schedule = ScheduleAssembler.assemble(dispatch);
                schedule.setConstraintWeightOverrides(TechnicianDispatchConstraints.weightsFor(objective.weights()));
                DispatchScore expected = objective.score(dispatch);

                assertThat(SOLUTIONS.update(schedule)).as("seed %d, dispatch %d, weights %s", seed, i, overrides)
                        .isEqualTo(HardMediumSoftLongScore.of(-expected.hard(), -expected.medium(), -expected.soft()));
            }
        }
    }

    @Test
    void objectiveWithoutOverridesIsDispatchScore() {
        DispatchProblem problem = DispatchFixtures.adversarial(5L);
        SplittableRandom random = new SplittableRandom(5L);
        DispatchObjective objective = DispatchObjective.of(problem.settings(), Map.of());
        for (int i = 0; i < 20; i++) {
            Dispatch dispatch = DispatchFixtures.randomDispatch(problem, random, 0.3);
            assertThat(objective.score(dispatch)).as("dispatch %d", i).isEqualTo(dispatch.score());
        }
    }

    @Test
    void anUnsolvedScheduleScoresEveryRequestAsUnassigned() {
        DispatchProblem problem = DispatchFixtures.small(40, 3L);
        DispatchSchedule schedule = ScheduleAssembler.assemble(problem);
        Dispatch dispatch = schedule.toDispatch(problem);
        DispatchScore expected = dispatch.score();

        assertThat(SOLUTIONS.update(schedule))
                .isEqualTo(HardMediumSoftLongScore.of(-expected.hard(), -expected.medium(), -expected.soft()));
    }
}
