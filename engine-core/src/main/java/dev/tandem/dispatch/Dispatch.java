package dev.tandem.dispatch;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;

/**
 * A solver's answer to a {@link DispatchProblem}: for each request a technician and a start, or none. Plain
 * dense indexes, for solvers; {@link DispatchPlans} turns it into a plan people read. Scoring it
 * ({@link #score()}) is the single definition of the objective all dispatch solvers share. Immutable.
 */
public final class Dispatch {

    /** Marks a request left unassigned. */
    public static final int UNASSIGNED = -1;

    private final DispatchProblem problem;
    private final int[] technicians;
    private final OffsetDateTime[] starts;

    /**
     * @param technicians per request, the technician index or {@link #UNASSIGNED}
     * @param starts per request, the start of work, or {@code null} when unassigned
     */
    public Dispatch(DispatchProblem problem, int[] technicians, OffsetDateTime[] starts) {
        this.problem = Objects.requireNonNull(problem, "problem");
        checkArgument(technicians.length == problem.requests().size() && starts.length == technicians.length,
                "A dispatch needs one technician and one start per request (%s), not %s and %s.",
                problem.requests().size(), technicians.length, starts.length);
        this.technicians = technicians.clone();
        this.starts = starts.clone();
        for (int r = 0; r < technicians.length; r++) {
            checkArgument((technicians[r] == UNASSIGNED) == (starts[r] == null),
                    "Request %s needs both a technician and a start, or neither.", r);
        }
    }

    public DispatchProblem problem() {
        return problem;
    }

    public int technician(int r) {
        return technicians[r];
    }

    public OffsetDateTime start(int r) {
        return starts[r];
    }

    public boolean isAssigned(int r) {
        return technicians[r] != UNASSIGNED;
    }

    public int assignedCount() {
        return (int) Arrays.stream(technicians).filter(t -> t != UNASSIGNED).count();
    }

    /** The score under the problem's rules; see {@link DispatchScore} for the levels. */
    public DispatchScore score() {
        return penalties().score(problem.settings());
    }

    /** What this dispatch is charged for, rule by rule, before the rules are weighed. */
    public DispatchPenalties penalties() {
        long skillAndLevel = 0;
        long supportWindow = 0;
        long leadTime = 0;
        long homeOverloaded = 0;
        long homeUnderstaffed = 0;
        long unassignedPriority = 0;
        long tripCost = 0;
        long overQualificationLevels = 0;
        int requests = technicians.length;
        Map<Integer, Integer> tripsByTechnician = new HashMap<>();
        Map<Integer, Integer> tripsByStore = new HashMap<>();
        Map<List<Object>, Set<Integer>> lentOnDuty = new HashMap<>();
        for (int r = 0; r < requests; r++) {
            SupportRequest request = problem.requests().get(r);
            int t = technicians[r];
            if (t == UNASSIGNED) {
                unassignedPriority += request.priority();
                continue;
            }
            OffsetDateTime start = starts[r];
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
        return new DispatchPenalties(skillAndLevel, supportWindow, leadTime, homeOverloaded, overlaps(),
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
    private long overlaps() {
        Map<Integer, List<Integer>> tripsOf = new HashMap<>();
        for (int r = 0; r < technicians.length; r++) {
            if (technicians[r] != UNASSIGNED) {
                tripsOf.computeIfAbsent(technicians[r], t -> new ArrayList<>()).add(r);
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
                    if (problem.departure(a, t, starts[a]).isBefore(problem.back(b, t, starts[b]))
                            && problem.departure(b, t, starts[b]).isBefore(problem.back(a, t, starts[a]))) {
                        count++;
                    }
                }
            }
        }
        return count;
    }
}
