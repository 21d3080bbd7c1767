package dev.tandem.dispatch;

import java.util.Objects;

/**
 * What a dispatch is charged for, rule by rule, before the rules are weighed: {@link #score(DispatchSettings)}
 * weighs them as the playbook does, and a solver that weighs the rules otherwise (a zero weight to switch a rule
 * off, a bigger one to stress it) weighs these same counts.
 *
 * @param skillAndLevel trips whose technician lacks the skill or the level
 * @param supportWindow trips outside every support window of their technician
 * @param leadTime trips booked closer than the lead time and not urgent
 * @param homeOverloaded trips from a lending store that is overloaded that day
 * @param overlappingTrips pairs of one technician's trips whose time away overlaps
 * @param homeUnderstaffed technicians a lending store lacks below its minimum on duty, per store and day
 * @param unassignedPriority the priorities of the requests left unassigned
 * @param tripCost subsidies, travel and lodging, in fen
 * @param overQualificationLevels levels above the minimum sent, summed over trips
 * @param technicianTripsSquared the squares of each technician's trip count, summed
 * @param storeTripsSquared the squares of each lending store's trip count, summed
 */
public record DispatchPenalties(long skillAndLevel, long supportWindow, long leadTime, long homeOverloaded,
        long overlappingTrips, long homeUnderstaffed, long unassignedPriority, long tripCost,
        long overQualificationLevels, long technicianTripsSquared, long storeTripsSquared) {

    /** The broken hard rules, one per violation, as {@link DispatchScore#hard()} counts them. */
    public long hard() {
        return skillAndLevel + supportWindow + leadTime + homeOverloaded + overlappingTrips + homeUnderstaffed;
    }

    /** The score under {@code settings}'s prices of a level of over-qualification and of fairness. */
    public DispatchScore score(DispatchSettings settings) {
        Objects.requireNonNull(settings, "settings");
        long fairness = settings.fairnessPerTrip().cents();
        long soft = tripCost + overQualificationLevels * settings.overQualificationPerLevel().cents()
                + fairness * (technicianTripsSquared + storeTripsSquared);
        return new DispatchScore(hard(), unassignedPriority, soft);
    }
}
