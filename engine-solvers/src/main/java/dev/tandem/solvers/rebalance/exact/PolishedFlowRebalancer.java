package dev.tandem.solvers.rebalance.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.solvers.rebalance.FlowRebalancer;

/**
 * The flow rebalancer's plan, then, under per-run freight, a {@link NeighbourhoodPolish}: the per-part flow cannot
 * share a run between parts, the polish re-solves neighbourhoods of a few stores exactly with every part at once.
 * Under per-part freight the parts are independent and the flow's plan is kept as it is.
 *
 * <p>The polish runs for at most its step budget, and within the solve's time limit (what the flow left of it, less
 * a reserve for pricing the final plan);
 * {@link #solve(RebalanceProblem)} gives it {@code defaultTime}. Deterministic for the limits' seed when it ends by
 * its step budget. Thread-safe.
 */
public final class PolishedFlowRebalancer implements RebalanceSolver {

    /** The name in plans and reports. */
    public static final String NAME = "or-tools-min-cost-flow + polish";

    private static final Duration YEAR = Duration.ofDays(365);

    private final FlowRebalancer flow;
    private final NeighbourhoodPolish polish;
    private final int stepBudget;
    private final Duration defaultTime;

    /** The default flow and polish, 200 steps, 10 seconds when no limit is given. */
    public PolishedFlowRebalancer() {
        this(new FlowRebalancer(), new NeighbourhoodPolish(), 200, Duration.ofSeconds(10));
    }

    /**
     * @param stepBudget the most neighbourhoods the polish solves, not negative
     * @param defaultTime the polish's time when the solve has no limits, positive
     */
    PolishedFlowRebalancer(FlowRebalancer flow, NeighbourhoodPolish polish, int stepBudget,
            Duration defaultTime) {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(polish, "polish");
        Objects.requireNonNull(defaultTime, "defaultTime");
        checkArgument(stepBudget >= 0, "The stepBudget (%s) must not be negative.", stepBudget);
        checkArgument(defaultTime.compareTo(Duration.ZERO) > 0, "The defaultTime (%s) must be positive.",
                defaultTime);
        this.flow = flow;
        this.polish = polish;
        this.stepBudget = stepBudget;
        this.defaultTime = defaultTime;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RebalancePlan solve(RebalanceProblem problem) {
        return solve(problem, SolveLimits.of(defaultTime), SolveControl.none());
    }

    @Override
    public RebalancePlan solve(RebalanceProblem problem, SolveLimits limits, SolveControl control) {
        return polished(problem, limits, control).plan();
    }

    /** The polished plan with what the polish did (no step under per-part freight). */
    NeighbourhoodPolish.Polished polished(RebalanceProblem problem, SolveLimits limits,
            SolveControl control) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(control, "control");
        long started = System.nanoTime();
        RebalancePlan start = flow.solve(problem, limits, control);
        long flowTime = System.nanoTime() - started;
        // The polish stops early enough to price the final plan within the limit: a sixth of it, or half the
        // flow's time (most of which is pricing), whichever is more.
        if (problem.settings().freightMode() != FreightMode.PER_RUN) {
            return new NeighbourhoodPolish.Polished(start, 0, 0);
        }
        // A limit beyond a year is no limit; capped, the deadline cannot overflow System.nanoTime()'s range.
        long limit = limits.timeLimit().compareTo(YEAR) > 0 ? YEAR.toNanos() : limits.timeLimit().toNanos();
        long deadline = started + limit - Math.max(limit / 6, flowTime / 2);
        NeighbourhoodPolish.Polished polished = polish.polish(NAME, problem, start, limits.seed(), stepBudget,
                deadline, control::stopRequested);
        control.improved("neighbourhood polish", String.format(Locale.ROOT, "net %s after %d steps, %d better",
                polished.plan().net(), polished.steps(), polished.improvements()));
        return polished;
    }
}
