package dev.tandem.solvers.dispatch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;

/**
 * The hard rules of {@link Dispatch#score()} seen from one request and one candidate technician, with every other
 * assignment of a dispatch in place: which rules sending the technician at a start would break. Built once per
 * dispatch: the trips of each technician and the on-duty technicians each store lends per day.
 */
final class CandidateRules {

    private final Dispatch dispatch;
    private final DispatchProblem problem;
    private final Map<Integer, List<Integer>> tripsByTechnician = new HashMap<>();
    /** Per (home store, day), the trips of each on-duty technician it lends: technicians count, not trips. */
    private final Map<List<Object>, Map<Integer, Integer>> lentOnDuty = new HashMap<>();

    CandidateRules(Dispatch dispatch) {
        this.dispatch = dispatch;
        this.problem = dispatch.problem();
        for (int r = 0; r < problem.requests().size(); r++) {
            if (!dispatch.isAssigned(r)) {
                continue;
            }
            int t = dispatch.technician(r);
            tripsByTechnician.computeIfAbsent(t, any -> new ArrayList<>()).add(r);
            if (problem.network().technicianAt(t).status() == TechnicianStatus.ON_DUTY) {
                lentOnDuty.computeIfAbsent(List.of(problem.home(t), dispatch.start(r).toLocalDate()),
                        key -> new HashMap<>()).merge(t, 1, Integer::sum);
            }
        }
    }

    /** The best start of technician {@code t} for request {@code r}: the one that breaks the fewest rules. */
    Verdict best(int r, int t) {
        List<OffsetDateTime> starts = problem.starts(r);
        if (starts.isEmpty()) {
            return new Verdict(t, null, EnumSet.of(BlockingRule.NO_START), List.of());
        }
        Verdict best = null;
        for (OffsetDateTime start : starts) {
            Verdict verdict = at(r, t, start);
            if (best == null || verdict.rules().size() < best.rules().size()) {
                best = verdict;
                if (best.rules().isEmpty()) {
                    break;
                }
            }
        }
        return best;
    }

    /** The rules sending technician {@code t} to request {@code r} at {@code start} would break. */
    Verdict at(int r, int t, OffsetDateTime start) {
        SupportRequest request = problem.requests().get(r);
        Technician technician = problem.network().technicianAt(t);
        Set<BlockingRule> rules = EnumSet.noneOf(BlockingRule.class);
        if (!technician.isQualifiedFor(request.skill(), request.minimumLevel())) {
            rules.add(BlockingRule.SKILL_AND_LEVEL);
        }
        if (technician.status() == TechnicianStatus.LEAVE) {
            rules.add(BlockingRule.ON_LEAVE);
        }
        if (!problem.isInsideSupportWindow(r, t, start)) {
            rules.add(BlockingRule.SUPPORT_WINDOW);
        }
        if (!problem.respectsLeadTime(r, start)) {
            rules.add(BlockingRule.LEAD_TIME);
        }
        LocalDate day = start.toLocalDate();
        if (problem.isHomeOverloaded(t, day)) {
            rules.add(BlockingRule.HOME_OVERLOADED);
        }
        List<Integer> overlapping = new ArrayList<>();
        for (int other : tripsByTechnician.getOrDefault(t, List.of())) {
            if (other != r && problem.departure(r, t, start).isBefore(problem.back(other, t, dispatch.start(other)))
                    && problem.departure(other, t, dispatch.start(other)).isBefore(problem.back(r, t, start))) {
                overlapping.add(other);
            }
        }
        if (!overlapping.isEmpty()) {
            rules.add(BlockingRule.OVERLAP);
        }
        if (technician.status() == TechnicianStatus.ON_DUTY) {
            int home = problem.home(t);
            if (problem.onDutyAtHome(home) - lentWith(r, t, home, day) < problem.settings().minOnDutyAtHome()) {
                rules.add(BlockingRule.HOME_UNDERSTAFFED);
            }
        }
        return new Verdict(t, start, rules, List.copyOf(overlapping));
    }

    /**
     * The on-duty technicians {@code home} lends on {@code day} when request {@code r} goes to technician {@code t}
     * instead of where it is: the request's own trip is taken out first, and a technician away on another trip
     * that day is lent already.
     */
    private int lentWith(int r, int t, int home, LocalDate day) {
        Map<Integer, Integer> trips = lentOnDuty.getOrDefault(List.of(home, day), Map.of());
        int current = dispatch.isAssigned(r) && dispatch.start(r).toLocalDate().equals(day)
                ? dispatch.technician(r) : Dispatch.UNASSIGNED;
        boolean awayOnlyForThis = trips.getOrDefault(current, 0) == 1;
        int lent = trips.size() - (awayOnlyForThis ? 1 : 0);
        boolean awayAnyway = trips.containsKey(t) && !(t == current && awayOnlyForThis);
        return awayAnyway ? lent : lent + 1;
    }

    /**
     * What sending one technician at one start would break.
     *
     * @param start the start, {@code null} when the request has none
     * @param overlapping the requests the technician is away for at that start
     */
    record Verdict(int technician, OffsetDateTime start, Set<BlockingRule> rules, List<Integer> overlapping) {
    }
}
