package dev.tandem.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Where utilization turns a store idle or overloaded. The defaults follow the playbook: overloaded at 100 % or
 * more, idle below 70 %.
 *
 * @param overloadedAt utilization at or above which a store is overloaded, such as 1.0
 * @param idleBelow utilization below which a store is idle, such as 0.7; at most {@code overloadedAt}
 */
public record LoadThresholds(double overloadedAt, double idleBelow) {

    public static final LoadThresholds DEFAULT = new LoadThresholds(1.0, 0.7);

    public LoadThresholds {
        checkArgument(Double.isFinite(overloadedAt) && overloadedAt > 0,
                "The overloadedAt threshold (%s) must be a positive number.", overloadedAt);
        checkArgument(Double.isFinite(idleBelow) && idleBelow >= 0 && idleBelow <= overloadedAt,
                "The idleBelow threshold (%s) must be between 0 and overloadedAt (%s).", idleBelow, overloadedAt);
    }

    public LoadState classify(double utilization) {
        if (utilization >= overloadedAt) {
            return LoadState.OVERLOADED;
        }
        return utilization < idleBelow ? LoadState.IDLE : LoadState.HEALTHY;
    }

    public LoadState classify(CapacityDay day) {
        return classify(day.utilization());
    }
}
