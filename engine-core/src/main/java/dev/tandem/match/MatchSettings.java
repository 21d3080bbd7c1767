package dev.tandem.match;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

import dev.tandem.model.FreightRates;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.SubsidyPolicy;

/**
 * The policies the matchers apply. Defaults from the playbook.
 *
 * @param handlingMinutes time at the source before a transfer leaves: the call (5 min) and the approval (10 min)
 * @param freight what a transfer trip costs
 * @param thresholds when a store counts as overloaded
 * @param subsidy HQ's subsidy for a support trip by distance
 * @param hoursPerJob workshop hours one job of daily capacity stands for, to turn job hours into jobs
 * @param explainNearest how many of the nearest candidates a miss explains
 */
public record MatchSettings(double handlingMinutes, FreightRates freight, LoadThresholds thresholds,
        SubsidyPolicy subsidy, double hoursPerJob, int explainNearest) {

    public static final MatchSettings DEFAULT = new MatchSettings(15, FreightRates.DEFAULT, LoadThresholds.DEFAULT,
            SubsidyPolicy.DEFAULT, 2.0, 5);

    public MatchSettings {
        checkArgument(handlingMinutes >= 0 && Double.isFinite(handlingMinutes),
                "The handlingMinutes (%s) must be 0 or more.", handlingMinutes);
        Objects.requireNonNull(freight, "freight");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(subsidy, "subsidy");
        checkArgument(hoursPerJob > 0 && Double.isFinite(hoursPerJob), "The hoursPerJob (%s) must be positive.",
                hoursPerJob);
        checkArgument(explainNearest >= 1, "The explainNearest (%s) must be 1 or more.", explainNearest);
    }

    public MatchSettings withHandlingMinutes(double minutes) {
        return new MatchSettings(minutes, freight, thresholds, subsidy, hoursPerJob, explainNearest);
    }

    public MatchSettings withThresholds(LoadThresholds newThresholds) {
        return new MatchSettings(handlingMinutes, freight, newThresholds, subsidy, hoursPerJob, explainNearest);
    }

    /** Jobs of daily capacity that {@code jobHours} of work take, at least one. */
    int jobsFor(double jobHours) {
        return Math.max(1, (int) Math.ceil(jobHours / hoursPerJob - 1e-9));
    }
}
