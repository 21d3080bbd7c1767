package dev.tandem.dispatch.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;

/**
 * What a dispatch is charged for, rule by rule, before the rules are weighed: {@link #of(Dispatch)} counts them,
 * {@link #score(DispatchSettings)} weighs them as the playbook does ({@link Dispatch#score()}), and a solver that weighs the rules otherwise (a zero weight to switch a rule
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

    /** What {@code dispatch} is charged for, rule by rule, before the rules are weighed. */
    public static DispatchPenalties of(Dispatch dispatch) {
        DispatchProblem problem = dispatch.problem();
        long skillAndLevel = 0;
        long supportWindow = 0;
        long leadTime = 0;
        long homeOverloaded = 0;
        long homeUnderstaffed = 0;
        long unassignedPriority = 0;
        long tripCost = 0;
        long overQualificationLevels = 0;
        int requests = problem.requests().size();
        Map<Integer, Integer> tripsByTechnician = new HashMap<>();
        Map<Integer, Integer> tripsByStore = new HashMap<>();
        Map<List<Object>, Set<Integer>> lentOnDuty = new HashMap<>();
        for (int r = 0; r < requests; r++) {
            SupportRequest request = problem.requests().get(r);
            int t = dispatch.technician(r);
            if (t == Dispatch.UNASSIGNED) {
                unassignedPriority += request.priority();
                continue;
            }
            OffsetDateTime start = dispatch.start(r);
            LocalDate day = start.toLocalDate();
            Technician technician = problem.network().technicianAt(t);
            if (!technician.isQualifiedFor(request.skill(), request.minimumLevel())) {
                skillAndLevel++;
            }
            if (!problem.isInsideSupportWindow(r, t, start)) {
                supportWindow++;
            }
            if (!problem.respectsLeadTime(r, start)) {
                leadTime++;
            }
            if (problem.isHomeOverloaded(t, day)) {
                homeOverloaded++;
            }
            int home = problem.home(t);
            if (technician.status() == TechnicianStatus.ON_DUTY) {
                lentOnDuty.computeIfAbsent(List.of(home, day), key -> new HashSet<>()).add(t);
            }
            tripCost += problem.tripCost(r, t);
            overQualificationLevels += Math.max(0,
                    technician.level().ordinal() - request.minimumLevel().ordinal());
            tripsByTechnician.merge(t, 1, Integer::sum);
            tripsByStore.merge(home, 1, Integer::sum);
        }
        int minimum = problem.settings().minOnDutyAtHome();
        for (Map.Entry<List<Object>, Set<Integer>> entry : lentOnDuty.entrySet()) {
            // Technicians away, not trips: one technician making two trips on a day is one fewer at home.
            int lent = entry.getValue().size();
            int left = problem.onDutyAtHome((Integer) entry.getKey().get(0)) - lent;
            if (left < minimum) {
                homeUnderstaffed += Math.min(lent, minimum - left);
            }
        }
        return new DispatchPenalties(skillAndLevel, supportWindow, leadTime, homeOverloaded, overlaps(dispatch),
                homeUnderstaffed, unassignedPriority, tripCost, overQualificationLevels,
                sumOfSquares(tripsByTechnician), sumOfSquares(tripsByStore));
    }

    private static long sumOfSquares(Map<Integer, Integer> trips) {
        long sum = 0;
        for (int count : trips.values()) {
            sum += (long) count * count;
        }
        return sum;
    }

    /**
     * Pairs of trips of one technician whose time away from home (drive there, work, drive back) overlaps; trips
     * are grouped by technician first, so the work is the sum of the squares of each technician's trips, not of all
     * requests.
     */
    private static long overlaps(Dispatch dispatch) {
        DispatchProblem problem = dispatch.problem();
        Map<Integer, List<Integer>> tripsOf = new HashMap<>();
        for (int r = 0; r < problem.requests().size(); r++) {
            if (dispatch.isAssigned(r)) {
                tripsOf.computeIfAbsent(dispatch.technician(r), t -> new ArrayList<>()).add(r);
            }
        }
        long count = 0;
        for (Map.Entry<Integer, List<Integer>> entry : tripsOf.entrySet()) {
            int t = entry.getKey();
            List<Integer> trips = entry.getValue();
            for (int i = 0; i < trips.size(); i++) {
                for (int k = i + 1; k < trips.size(); k++) {
                    int a = trips.get(i);
                    int b = trips.get(k);
                    if (problem.departure(a, t, dispatch.start(a)).isBefore(problem.back(b, t, dispatch.start(b)))
                            && problem.departure(b, t, dispatch.start(b)).isBefore(problem.back(a, t, dispatch.start(a)))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
