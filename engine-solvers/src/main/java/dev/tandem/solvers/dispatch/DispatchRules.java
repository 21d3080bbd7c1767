package dev.tandem.solvers.dispatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.internal.DispatchPenalties;

/**
 * The names of the dispatch rules, for weight overrides ({@link TimefoldDispatcher.Options#withWeights(Map)}) and
 * explanations, and their default weights. Each rule weighs one count of {@link DispatchPenalties}; with the
 * weights of {@link #defaultWeights(DispatchSettings)} the weighted sum is {@link dev.tandem.dispatch.Dispatch#score()}.
 */
public final class DispatchRules {

    public static final String SKILL_AND_LEVEL = "Skill and level";
    public static final String SUPPORT_WINDOW = "Inside a support window";
    public static final String LEAD_TIME = "Booking lead time";
    public static final String HOME_OVERLOADED = "Home store overloaded";
    public static final String OVERLAPPING_TRIPS = "Overlapping trips";
    public static final String HOME_UNDERSTAFFED = "Home store understaffed";
    public static final String UNASSIGNED = "Unassigned request";
    public static final String TRIP_COST = "Trip cost";
    public static final String OVER_QUALIFICATION = "Over-qualification";
    public static final String TECHNICIAN_FAIRNESS = "Trips per technician";
    public static final String STORE_FAIRNESS = "Trips per lending store";
    public static final String MOVED = "Moved from the published plan";

    /** Every rule, hard first, then medium, then soft. */
    public static final List<String> NAMES = List.of(SKILL_AND_LEVEL, SUPPORT_WINDOW, LEAD_TIME, HOME_OVERLOADED,
            OVERLAPPING_TRIPS, HOME_UNDERSTAFFED, UNASSIGNED, TRIP_COST, OVER_QUALIFICATION, TECHNICIAN_FAIRNESS,
            STORE_FAIRNESS, MOVED);

    /** The default price of changing a published assignment when replanning: 1,000 CNY, more than most trips cost. */
    public static final Weight MOVED_WEIGHT = Weight.ofSoft(100_000);

    private DispatchRules() {
    }

    /**
     * The weight of every rule under {@code settings}: one hard point per hard violation, the priority at the
     * medium level for an unassigned request, and at the soft level the trip cost in fen, the settings' prices of a
     * level of over-qualification and of fairness, and {@link #MOVED_WEIGHT}. In the order of {@link #NAMES}.
     */
    public static Map<String, Weight> defaultWeights(DispatchSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Map<String, Weight> weights = new LinkedHashMap<>();
        for (String hard : NAMES.subList(0, 6)) {
            weights.put(hard, Weight.ofHard(1));
        }
        weights.put(UNASSIGNED, Weight.ofMedium(1));
        weights.put(TRIP_COST, Weight.ofSoft(1));
        weights.put(OVER_QUALIFICATION, Weight.ofSoft(settings.overQualificationPerLevel().cents()));
        weights.put(TECHNICIAN_FAIRNESS, Weight.ofSoft(settings.fairnessPerTrip().cents()));
        weights.put(STORE_FAIRNESS, Weight.ofSoft(settings.fairnessPerTrip().cents()));
        weights.put(MOVED, MOVED_WEIGHT);
        return weights;
    }
}
