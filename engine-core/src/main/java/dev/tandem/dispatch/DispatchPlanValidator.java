package dev.tandem.dispatch;

import dev.tandem.model.PlanValidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.LoadState;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/**
 * Checks a {@link DispatchPlan} against the snapshot and requests it was made for, independently of the solvers:
 * every request appears once, as a trip or unassigned; each trip sends a qualified technician of another store,
 * not on leave, inside one of their support windows for the drive there and the work, on an allowed day after the
 * booking lead time (unless urgent), for the request's duration, honouring pins; no technician is in two places;
 * no lending store is overloaded that day or left with fewer than the minimum on duty.
 */
public final class DispatchPlanValidator {

    private final int leadDays;
    private final int minOnDutyAtHome;
    private final LoadThresholds thresholds;

    public DispatchPlanValidator(int leadDays, int minOnDutyAtHome, LoadThresholds thresholds) {
        this.leadDays = leadDays;
        this.minOnDutyAtHome = minOnDutyAtHome;
        this.thresholds = thresholds;
    }

    public PlanValidation validate(NetworkSnapshot network, List<SupportRequest> requests, DispatchPlan plan) {
        List<String> violations = new ArrayList<>();
        Map<RequestId, SupportRequest> byId = new HashMap<>();
        requests.forEach(request -> byId.put(request.id(), request));
        Set<RequestId> seen = new HashSet<>();
        plan.trips().forEach(trip -> checkOnce(trip.request(), seen, violations));
        plan.unassigned().forEach(unassigned -> checkOnce(unassigned.request(), seen, violations));
        requests.stream().filter(request -> !seen.contains(request.id()))
                .forEach(request -> violations.add("request " + request.id() + " is neither assigned nor unassigned"));
        Map<TechnicianId, List<Trip>> byTechnician = new LinkedHashMap<>();
        Map<List<Object>, Set<TechnicianId>> lentOnDuty = new HashMap<>();
        for (Trip trip : plan.trips()) {
            SupportRequest request = byId.get(trip.request());
            Optional<Technician> found = network.findTechnician(trip.technician());
            if (request == null || found.isEmpty()) {
                violations.add("trip for " + trip.request() + " names an unknown request or technician");
                continue;
            }
            Technician technician = found.get();
            checkTrip(network, request, technician, trip, violations);
            byTechnician.computeIfAbsent(technician.id(), key -> new ArrayList<>()).add(trip);
            if (technician.status() == TechnicianStatus.ON_DUTY) {
                lentOnDuty.computeIfAbsent(List.of(technician.store(), trip.start().toLocalDate()),
                        key -> new HashSet<>()).add(technician.id());
            }
        }
        byTechnician.forEach((technician, trips) -> {
            for (int a = 0; a < trips.size(); a++) {
                for (int b = a + 1; b < trips.size(); b++) {
                    Trip one = trips.get(a);
                    Trip two = trips.get(b);
                    if (one.departure().isBefore(two.back()) && two.departure().isBefore(one.back())) {
                        violations.add(technician + " is on trips " + one.request() + " and " + two.request()
                                + " at once");
                    }
                }
            }
        });
        lentOnDuty.forEach((key, away) -> {
            // Technicians away, not trips: one technician making two trips on a day is one fewer at home.
            int lent = away.size();
            long onDuty = network.techniciansOf((StoreId) key.get(0)).stream()
                    .filter(technician -> technician.status() == TechnicianStatus.ON_DUTY).count();
            if (onDuty - lent < minOnDutyAtHome) {
                violations.add("store " + key.get(0) + " lends " + lent + " of its " + onDuty + " on duty on "
                        + key.get(1) + ", keeping fewer than " + minOnDutyAtHome);
            }
        });
        return new PlanValidation(violations);
    }

    private static void checkOnce(RequestId request, Set<RequestId> seen, List<String> violations) {
        if (!seen.add(request)) {
            violations.add("request " + request + " appears more than once");
        }
    }

    private void checkTrip(NetworkSnapshot network, SupportRequest request, Technician technician, Trip trip,
            List<String> violations) {
        String where = "trip " + trip.request() + " (" + technician.id() + ")";
        LocalDate day = trip.start().toLocalDate();
        if (!technician.isQualifiedFor(request.skill(), request.minimumLevel())) {
            violations.add(where + ": lacks " + request.skill() + " at " + request.minimumLevel());
        }
        if (technician.status() == TechnicianStatus.LEAVE) {
            violations.add(where + ": the technician is on leave");
        }
        if (technician.store().equals(request.store())) {
            violations.add(where + ": the technician works at the requesting store");
        }
        if (day.isBefore(request.earliest()) || day.isAfter(request.latest())) {
            violations.add(where + ": " + day + " is outside " + request.earliest() + " to " + request.latest());
        }
        if (!request.urgent() && day.isBefore(network.today().plusDays(leadDays))) {
            violations.add(where + ": " + day + " is less than " + leadDays + " days ahead and not urgent");
        }
        request.pinnedTechnician().filter(pinned -> !pinned.equals(technician.id()))
                .ifPresent(pinned -> violations.add(where + ": the request is pinned to " + pinned));
        request.pinnedDate().filter(pinned -> !pinned.equals(day))
                .ifPresent(pinned -> violations.add(where + ": the request is pinned to " + pinned));
        if (!trip.end().equals(trip.start().plus(request.duration()))) {
            violations.add(where + ": the work does not last the request's " + request.duration());
        }
        if (trip.departure().isAfter(trip.start()) || trip.back().isBefore(trip.end())) {
            violations.add(where + ": leaves after the work starts or is back before it ends");
        }
        if (!technician.canSupportDuring(TimeWindow.of(trip.departure(), trip.end()))) {
            violations.add(where + ": no support window covers " + trip.departure() + " to " + trip.end());
        }
        boolean overloaded = network.capacity(technician.store(), day).map(CapacityDay::utilization)
                .map(thresholds::classify).map(state -> state == LoadState.OVERLOADED).orElse(false);
        if (overloaded) {
            violations.add(where + ": the lending store " + technician.store() + " is overloaded on " + day);
        }
    }
}
