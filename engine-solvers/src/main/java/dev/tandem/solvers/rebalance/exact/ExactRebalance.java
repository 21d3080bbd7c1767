package dev.tandem.solvers.rebalance.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import dev.tandem.rebalance.RebalancePlan;

/**
 * What {@link CpSatRebalancer} found and how sure it is.
 *
 * @param plan the best plan found; it passes the validator
 * @param status whether it is proven optimal
 * @param netBound a proven upper bound, in fen, on the net of any plan of the problem, every pair of stores
 *     allowed; the plan's own net when {@link Status#OPTIMAL}; empty when CP-SAT gave none
 * @param wallTime the time spent building and solving
 */
public record ExactRebalance(RebalancePlan plan, Status status, OptionalLong netBound, Duration wallTime) {

    /** How far the search got within its time limit. */
    public enum Status {
        /** Proven: no plan earns more. */
        OPTIMAL,
        /** The best plan found, at least as good as the starting plans, without a proof that it is the best. */
        FEASIBLE,
        /** CP-SAT found nothing in time; the plan is the best starting plan. */
        UNKNOWN
    }

    public ExactRebalance {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(netBound, "netBound");
        Objects.requireNonNull(wallTime, "wallTime");
        long net = plan.net().cents();
        checkArgument(status != Status.OPTIMAL || netBound.equals(OptionalLong.of(net)),
                "An optimal plan's bound (%s) must be its net (%s).", netBound, net);
        checkArgument(netBound.orElse(Long.MAX_VALUE) >= net, "The bound (%s) must not be below the net found (%s).",
                netBound, net);
    }

    /**
     * How far {@code other}'s net falls short of the reference, as a share of the reference: the optimum when proven,
     * else the bound (an over-estimate of the true gap); empty when there is no bound.
     */
    public OptionalDouble gapOf(RebalancePlan other) {
        if (netBound.isEmpty()) {
            return OptionalDouble.empty();
        }
        long reference = netBound.getAsLong();
        return OptionalDouble.of(((double) reference - other.net().cents()) / Math.max(1, Math.abs(
                (double) reference)));
    }

    /** Such as {@code proven optimal}, {@code best found, bound 12,150.00 CNY (gap 0.40 %)} or {@code best found}. */
    public String describe() {
        if (status == Status.OPTIMAL) {
            return "proven optimal";
        }
        if (netBound.isEmpty()) {
            return "best found, no bound";
        }
        return String.format(Locale.ROOT, "best found, bound %,.2f CNY (gap %.2f %%)", netBound.getAsLong() / 100.0,
                100 * gapOf(plan).orElseThrow());
    }
}
