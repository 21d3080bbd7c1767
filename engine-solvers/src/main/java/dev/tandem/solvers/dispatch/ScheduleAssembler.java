package dev.tandem.solvers.dispatch;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.solvers.dispatch.internal.domain.Candidate;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.LendingStore;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.internal.domain.StartSlot;
import dev.tandem.solvers.dispatch.internal.solver.TechnicianDispatchConstraints;

/**
 * Turns a {@link DispatchProblem} into the planning solution: facts with dense indexes and every number the
 * constraints need computed once through the problem's own methods, so the Timefold score and
 * {@link Dispatch#score()} cannot disagree on a drive, a cost or a day.
 *
 * <p>A request that names both a technician and a day is pinned at the first start of that day that breaks no
 * hard rule of its own and does not overlap an earlier pinned trip of the technician; with no such start it is
 * pinned unassigned, and the explanation says which rule blocked it.
 */
final class ScheduleAssembler {

    private ScheduleAssembler() {
    }

    /** The problem with the weights of its settings and every request unassigned but the pinned ones. */
    static DispatchSchedule assemble(DispatchProblem problem) {
        return assemble(problem, TechnicianDispatchConstraints.weightsFor(problem.settings()));
    }

    static DispatchSchedule assemble(DispatchProblem problem,
            ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        NetworkSnapshot network = problem.network();
        List<SupportRequest> requests = problem.requests();
        Map<Long, StartSlot> slots = new TreeMap<>();
        TreeSet<LocalDate> days = new TreeSet<>();
        TreeSet<Integer> technicianIndexes = new TreeSet<>();
        for (int r = 0; r < requests.size(); r++) {
            for (OffsetDateTime start : problem.starts(r)) {
                slots.computeIfAbsent(start.toEpochSecond(), second -> new StartSlot(start));
                days.add(start.toLocalDate());
            }
            for (int t : problem.candidates(r)) {
                technicianIndexes.add(t);
            }
        }
        Map<Integer, LendingStore> stores = new TreeMap<>();
        Map<Integer, DispatchTechnician> technicians = new TreeMap<>();
        for (int t : technicianIndexes) {
            int home = problem.home(t);
            LendingStore store = stores.computeIfAbsent(home, s -> lendingStore(problem, t, s, days));
            technicians.put(t, new DispatchTechnician(t, network.technicianAt(t), store));
        }
        LocalDate firstDayAfterLeadTime = network.today().plusDays(problem.settings().leadDays());
        List<RequestAssignment> assignments = new ArrayList<>(requests.size());
        for (int r = 0; r < requests.size(); r++) {
            SupportRequest request = requests.get(r);
            int[] candidateIndexes = problem.candidates(r);
            List<Candidate> candidates = new ArrayList<>(candidateIndexes.length);
            for (int rank = 0; rank < candidateIndexes.length; rank++) {
                candidates.add(candidate(problem, r, technicians.get(candidateIndexes[rank]), rank));
            }
            List<StartSlot> starts = problem.starts(r).stream().map(start -> slots.get(start.toEpochSecond()))
                    .toList();
            assignments.add(new RequestAssignment(r, request, network.store(request.store()).name(), candidates,
                    starts, firstDayAfterLeadTime));
        }
        pin(problem, assignments);
        DispatchSchedule schedule = new DispatchSchedule(List.copyOf(stores.values()),
                List.copyOf(technicians.values()), List.copyOf(slots.values()), assignments);
        schedule.setConstraintWeightOverrides(weights);
        return schedule;
    }

    /** The problem of {@code dispatch}, assigned as it is. */
    static DispatchSchedule assemble(Dispatch dispatch) {
        DispatchSchedule schedule = assemble(dispatch.problem());
        schedule.assignAs(dispatch);
        return schedule;
    }

    private static LendingStore lendingStore(DispatchProblem problem, int technician, int store,
            TreeSet<LocalDate> days) {
        List<LocalDate> overloaded = days.stream().filter(day -> problem.isHomeOverloaded(technician, day)).toList();
        return new LendingStore(store, problem.network().storeAt(store).id(), problem.network().storeAt(store).name(),
                problem.onDutyAtHome(store), problem.settings().minOnDutyAtHome(), overloaded);
    }

    private static Candidate candidate(DispatchProblem problem, int r, DispatchTechnician technician, int rank) {
        int t = technician.getIndex();
        SupportRequest request = problem.requests().get(r);
        Technician model = problem.network().technicianAt(t);
        int levelsAbove = Math.max(0, model.level().ordinal() - request.minimumLevel().ordinal());
        return new Candidate(technician, rank, Math.round(problem.driveMinutes(r, t) * 60), problem.driveKm(r, t),
                problem.tripCost(r, t), levelsAbove, model.isQualifiedFor(request.skill(), request.minimumLevel()));
    }

    private static void pin(DispatchProblem problem, List<RequestAssignment> assignments) {
        List<RequestAssignment> pinned = new ArrayList<>();
        for (RequestAssignment assignment : assignments) {
            SupportRequest request = assignment.getRequest();
            if (request.pinnedTechnician().isEmpty() || request.pinnedDate().isEmpty()) {
                continue;
            }
            DispatchTechnician technician = assignment.getCandidateTechnicians().get(0);
            for (StartSlot start : assignment.getStarts()) {
                assignment.assign(technician, start);
                if (assignment.isInsideSupportWindow() && assignment.respectsLeadTime()
                        && !assignment.isHomeOverloaded() && pinned.stream().noneMatch(other -> overlap(assignment,
                                other))) {
                    break;
                }
                assignment.assign(null, null);
            }
            assignment.setPinned(true);
            if (assignment.isAssigned()) {
                pinned.add(assignment);
            }
        }
    }

    static boolean overlap(RequestAssignment a, RequestAssignment b) {
        return a.getTechnician() == b.getTechnician() && a.departure() < b.back() && b.departure() < a.back();
    }
}
