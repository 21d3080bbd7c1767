package dev.tandem.solvers.dispatch;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.internal.DispatchPenalties;

/**
 * The objective of one dispatcher on one problem: each rule's count in {@link DispatchPenalties#of(Dispatch)} times
 * its weight, summed level by level; lower is better. With no overrides it equals {@link Dispatch#score()}; with
 * overrides it is the score the Timefold search optimizes, so the choice between greedy and search and the ejection
 * chains after it pursue the same objective as the search. Replanning's {@value DispatchRules#MOVED} has no count
 * here: a plain dispatch moves nothing.
 */
final class DispatchObjective {

    private final Map<String, Weight> weights;

    private DispatchObjective(Map<String, Weight> weights) {
        this.weights = weights;
    }

    /** The settings' weights with {@code overrides} on top. */
    static DispatchObjective of(DispatchSettings settings, Map<String, Weight> overrides) {
        Map<String, Weight> weights = new LinkedHashMap<>(DispatchRules.defaultWeights(settings));
        weights.putAll(overrides);
        return new DispatchObjective(Map.copyOf(weights));
    }

    /** Every rule's weight, by name. */
    Map<String, Weight> weights() {
        return weights;
    }

    DispatchScore score(Dispatch dispatch) {
        DispatchPenalties penalties = DispatchPenalties.of(dispatch);
        long[] levels = new long[3];
        add(levels, DispatchRules.SKILL_AND_LEVEL, penalties.skillAndLevel());
        add(levels, DispatchRules.SUPPORT_WINDOW, penalties.supportWindow());
        add(levels, DispatchRules.LEAD_TIME, penalties.leadTime());
        add(levels, DispatchRules.HOME_OVERLOADED, penalties.homeOverloaded());
        add(levels, DispatchRules.OVERLAPPING_TRIPS, penalties.overlappingTrips());
        add(levels, DispatchRules.HOME_UNDERSTAFFED, penalties.homeUnderstaffed());
        add(levels, DispatchRules.UNASSIGNED, penalties.unassignedPriority());
        add(levels, DispatchRules.TRIP_COST, penalties.tripCost());
        add(levels, DispatchRules.OVER_QUALIFICATION, penalties.overQualificationLevels());
        add(levels, DispatchRules.TECHNICIAN_FAIRNESS, penalties.technicianTripsSquared());
        add(levels, DispatchRules.STORE_FAIRNESS, penalties.storeTripsSquared());
        return new DispatchScore(levels[0], levels[1], levels[2]);
    }

    /** Better (lower) first. */
    Comparator<Dispatch> order() {
        return Comparator.comparing(this::score);
    }

    private void add(long[] levels, String rule, long count) {
        Weight weight = Objects.requireNonNull(weights.get(rule), rule);
        levels[0] = Math.addExact(levels[0], Math.multiplyExact(weight.hard(), count));
        levels[1] = Math.addExact(levels[1], Math.multiplyExact(weight.medium(), count));
        levels[2] = Math.addExact(levels[2], Math.multiplyExact(weight.soft(), count));
    }
}
