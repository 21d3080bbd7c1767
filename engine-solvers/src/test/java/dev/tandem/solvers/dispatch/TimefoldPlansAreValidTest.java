package dev.tandem.solvers.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.DispatchPlanValidator;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.GreedyDispatcher;

/**
 * Every Timefold plan passes the independent validator, and the search on its own, before the pick of the better of
 * it and greedy, beats greedy on instances where greedy leaves room.
 */
class TimefoldPlansAreValidTest {

    @Test
    void plansOfGeneratedInstancesPassTheIndependentValidator() {
        DispatchSettings settings = DispatchSettings.DEFAULT;
        DispatchPlanValidator validator = new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(),
                settings.thresholds());
        for (long seed = 1; seed <= 3; seed++) {
            DispatchProblem problem = DispatchFixtures.small(40, seed);

            Dispatch dispatch = new TimefoldDispatcher().solve(problem, Duration.ofSeconds(1), seed);
            DispatchPlan plan = DispatchPlans.of("timefold", dispatch);

            assertThat(validator.validate(problem.network(), problem.requests(), plan).violations())
                    .as("seed %s", seed).isEmpty();
            assertThat(plan.hardViolations()).isZero();
        }
    }

    @Test
    void theSearchAloneBeatsGreedyWhereGreedyLeavesRoom() {
        for (long seed = 1; seed <= 3; seed++) {
            DispatchProblem problem = DispatchFixtures.small(40, seed);

            // A move budget, not the clock; run() is the search alone, without greedy's safety net.
            DispatchRun run = new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withMoveCountLimit(100_000))
                    .run(problem, Duration.ofSeconds(60), seed);
            Dispatch greedy = new GreedyDispatcher().solve(problem, Duration.ofSeconds(1), seed);

            // Measured: 2, 1 and 0 fewer unassigned priority points, the last 5,000 fen cheaper. At 30,000 moves
            // the first equals greedy: over 12 such instances the search alone was better than greedy on 8 at
            // 30,000 moves and on 10 (worse on none) at 100,000.
            assertThat(run.dispatch().score()).as("seed %s", seed).isLessThan(greedy.score());
        }
    }
}
