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

/** Every Timefold plan passes the independent validator and is never worse than the greedy baseline. */
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
            assertThat(dispatch.score()).isLessThanOrEqualTo(
                    new GreedyDispatcher().solve(problem, Duration.ofSeconds(1), seed).score());
        }
    }
}
