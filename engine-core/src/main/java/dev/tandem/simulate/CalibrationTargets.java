package dev.tandem.simulate;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The observed figures of a network before collaboration, which the isolated model is fitted to. Immutable.
 *
 * @param fillRate share of part needs met from the shelf, 0.82 for 82 %
 * @param longWaitShare share of customers who wait over 2 hours, the complaint proxy
 * @param utilization share of technicians' working hours spent on jobs
 * @param transferResponse the mean response of a part transfer, where stores made them by phone; recorded, not
 *     fitted: isolated stores in the model make no transfers
 */
public record CalibrationTargets(double fillRate, double longWaitShare, double utilization,
        Optional<Duration> transferResponse) {

    /** The playbook's before: fill rate 82 %, complaints 35 %, utilization 58 %, transfer response 2 h. */
    public static final CalibrationTargets PLAYBOOK_BEFORE =
            new CalibrationTargets(0.82, 0.35, 0.58, Optional.of(Duration.ofHours(2)));

    public CalibrationTargets {
        checkArgument(fillRate > 0 && fillRate <= 1, "The fillRate (%s) must be within (0, 1].", fillRate);
        checkArgument(longWaitShare >= 0 && longWaitShare < 1, "The longWaitShare (%s) must be within [0, 1).",
                longWaitShare);
        checkArgument(utilization > 0 && utilization <= 1, "The utilization (%s) must be within (0, 1].",
                utilization);
        Objects.requireNonNull(transferResponse, "transferResponse");
    }
}
