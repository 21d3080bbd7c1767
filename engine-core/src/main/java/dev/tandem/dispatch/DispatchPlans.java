package dev.tandem.dispatch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.tandem.model.Money;
import dev.tandem.model.Store;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * Turns a solver's {@link Dispatch} into a {@link DispatchPlan} people read: each trip with why this technician,
 * each unassigned request with the rule that blocked each of its nearest candidates.
 */
public final class DispatchPlans {

    private static final int EXPLAINED_CANDIDATES = 5;

    private DispatchPlans() {
    }

    public static DispatchPlan of(String solver, Dispatch dispatch) {
        DispatchProblem problem = dispatch.problem();
        NetworkSnapshot network = problem.network();
        List<Trip> trips = new ArrayList<>();
        List<UnassignedRequest> unassigned = new ArrayList<>();
        for (int r = 0; r < problem.requests().size(); r++) {
            SupportRequest request = problem.requests().get(r);
            if (!dispatch.isAssigned(r)) {
                unassigned.add(new UnassignedRequest(request.id(), request.priority(), blockedBy(dispatch, r)));
                continue;
            }
            int t = dispatch.technician(r);
            OffsetDateTime start = dispatch.start(r);
            Technician technician = network.technicianAt(t);
            trips.add(new Trip(request.id(), request.store(), technician.id(), technician.store(),
                    problem.departure(r, t, start), start, problem.end(r, start), problem.back(r, t, start),
                    problem.driveKm(r, t), problem.band(r, t), Money.ofCents(problem.tripCost(r, t)),
                    reason(problem, r, t)));
        }
        DispatchScore score = dispatch.score();
        return new DispatchPlan(solver, trips, unassigned, score.hard(), score.soft());
    }

    private static String reason(DispatchProblem problem, int r, int t) {
        NetworkSnapshot network = problem.network();
        Technician technician = network.technicianAt(t);
        Store home = network.store(technician.store());
        int rank = 1;
        for (int candidate : problem.candidates(r)) {
            if (candidate == t) {
                break;
            }
            rank++;
        }
        long minutes = Math.round(problem.driveMinutes(r, t));
        String levelNote = problem.overQualificationCost(r, t) > 0 ? ", above the " + problem.requests().get(r)
                .minimumLevel() + " asked for" : ", the level asked for";
        return String.format(Locale.ROOT, "%s (%s%s) from %s: %s qualified by drive, %d h %02d min away (%d km), "
                + "%s band, HQ pays %s", technician.name(), technician.level(), levelNote, home.name(), ordinal(rank),
                minutes / 60, minutes % 60, Math.round(problem.driveKm(r, t)), problem.band(r, t),
                Money.ofCents(problem.tripCost(r, t)));
    }

    /** For each of the nearest candidates, the first rule that blocks every start. */
    static List<String> blockedBy(Dispatch dispatch, int r) {
        DispatchProblem problem = dispatch.problem();
        NetworkSnapshot network = problem.network();
        List<String> lines = new ArrayList<>();
        int[] candidates = problem.candidates(r);
        if (candidates.length == 0) {
            lines.add("no qualified technician of another store, not on leave, has "
                    + problem.requests().get(r).skill() + " at " + problem.requests().get(r).minimumLevel());
            return lines;
        }
        if (problem.starts(r).isEmpty()) {
            lines.add("no start fits the working day on the allowed days after the "
                    + problem.settings().leadDays() + "-day booking lead time");
            return lines;
        }
        Map<List<Object>, Set<Integer>> lent = lentOnDuty(dispatch);
        for (int i = 0; i < Math.min(EXPLAINED_CANDIDATES, candidates.length); i++) {
            int t = candidates[i];
            lines.add(network.technicianAt(t).name() + ": " + firstBlock(dispatch, r, t, lent));
        }
        return lines;
    }

    private static String firstBlock(Dispatch dispatch, int r, int t, Map<List<Object>, Set<Integer>> lent) {
        DispatchProblem problem = dispatch.problem();
        List<OffsetDateTime> inWindow = problem.starts(r).stream()
                .filter(start -> problem.isInsideSupportWindow(r, t, start)).toList();
        if (inWindow.isEmpty()) {
            return "no support window covers the drive and the work on the allowed days";
        }
        List<OffsetDateTime> homeFree = inWindow.stream()
                .filter(start -> !problem.isHomeOverloaded(t, start.toLocalDate())).toList();
        if (homeFree.isEmpty()) {
            return "the home store is overloaded on those days";
        }
        List<OffsetDateTime> notBusy = homeFree.stream().filter(start -> !overlapsAssigned(dispatch, r, t, start))
                .toList();
        if (notBusy.isEmpty()) {
            return "already on another trip then";
        }
        boolean onDuty = problem.network().technicianAt(t).status() == TechnicianStatus.ON_DUTY;
        int home = problem.home(t);
        boolean staffed = notBusy.stream().anyMatch(start -> {
            Set<Integer> away = lent.getOrDefault(List.of(home, start.toLocalDate()), Set.of());
            // A technician already away that day is lent already: another trip takes nobody more from home.
            return !onDuty || away.contains(t)
                    || problem.onDutyAtHome(home) - away.size() - 1 >= problem.settings().minOnDutyAtHome();
        });
        if (!staffed) {
            return "the home store would keep fewer than " + problem.settings().minOnDutyAtHome() + " on duty";
        }
        return "could go; the solver used the time or budget better elsewhere";
    }

    private static boolean overlapsAssigned(Dispatch dispatch, int r, int t, OffsetDateTime start) {
        DispatchProblem problem = dispatch.problem();
        for (int other = 0; other < problem.requests().size(); other++) {
            if (other != r && dispatch.technician(other) == t
                    && problem.departure(r, t, start).isBefore(problem.back(other, t, dispatch.start(other)))
                    && problem.departure(other, t, dispatch.start(other)).isBefore(problem.back(r, t, start))) {
                return true;
            }
        }
        return false;
    }

    /** The on-duty technicians each store lends per day: technicians, not trips. */
    private static Map<List<Object>, Set<Integer>> lentOnDuty(Dispatch dispatch) {
        DispatchProblem problem = dispatch.problem();
        Map<List<Object>, Set<Integer>> lent = new HashMap<>();
        for (int r = 0; r < problem.requests().size(); r++) {
            int t = dispatch.technician(r);
            if (t != Dispatch.UNASSIGNED
                    && problem.network().technicianAt(t).status() == TechnicianStatus.ON_DUTY) {
                LocalDate day = dispatch.start(r).toLocalDate();
                lent.computeIfAbsent(List.of(problem.home(t), day), key -> new HashSet<>()).add(t);
            }
        }
        return lent;
    }

    private static String ordinal(int rank) {
        return switch (rank) {
            case 1 -> "the nearest";
            case 2 -> "2nd nearest";
            case 3 -> "3rd nearest";
            default -> rank + "th nearest";
        };
    }
}
