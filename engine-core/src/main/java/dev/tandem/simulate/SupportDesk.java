package dev.tandem.simulate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.RequestId;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.Trip;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;

/**
 * The network policy's support desk: faults beyond a store's own technicians wait for the week's dispatch, which
 * books qualified technicians of other stores from the lead time on. A request the dispatch cannot place loses
 * the customer.
 */
final class SupportDesk {

    /** Priority of a simulated support request: every customer alike. */
    private static final int PRIORITY = 3;
    /** Days after the lead time a request may be served. */
    private static final int WINDOW_DAYS = 6;

    private final NetworkSnapshot network;
    private final SimulationEngines engines;
    private final LocalDate firstDay;
    private final Map<RequestId, CustomerJob> pending = new HashMap<>();
    private final List<RequestId> order = new ArrayList<>();

    SupportDesk(NetworkSnapshot network, SimulationEngines engines) {
        this.network = network;
        this.engines = engines;
        this.firstDay = network.today();
    }

    void raise(CustomerJob job) {
        RequestId id = RequestId.of("C" + job.id());
        pending.put(id, job);
        order.add(id);
    }

    int pendingCount() {
        return pending.size();
    }

    /**
     * Dispatches every pending request from {@code week}, a snapshot at the start of a week with its expected
     * bookings, and clears them: trips take their technicians away from home for the day.
     */
    void dispatch(NetworkSnapshot week, DriveIndex drives, Workshop[] workshops, Tally tally, long seed,
            SimulationListener listener) {
        if (pending.isEmpty()) {
            return;
        }
        DispatchSettings settings = DispatchSettings.DEFAULT;
        LocalDate earliest = week.today().plusDays(settings.leadDays());
        List<SupportRequest> requests = new ArrayList<>();
        for (RequestId id : order) {
            CustomerJob job = pending.get(id);
            requests.add(new SupportRequest(id, network.storeAt(job.store()).id(), job.skill(), job.level(),
                    earliest, earliest.plusDays(WINDOW_DAYS), Duration.ofMinutes(Math.max(30,
                            Math.round(job.hours() * 60))), PRIORITY, java.util.Optional.empty(),
                    java.util.Optional.empty(), false));
        }
        DispatchProblem problem = DispatchProblem.of(week, requests, settings, drives);
        DispatchPlan plan = DispatchPlans.of(engines.dispatcher().name(),
                engines.dispatcher().solve(problem, engines.dispatchLimit(), seed));
        for (Trip trip : plan.trips()) {
            CustomerJob job = pending.get(trip.request());
            int technician = network.technicianIndex(trip.technician());
            int day = (int) ChronoUnit.DAYS.between(firstDay, trip.start().toLocalDate());
            double hours = Duration.between(trip.departure(), trip.back()).toMinutes() / 60.0;
            workshops[network.storeIndex(trip.home())].sendAway(technician, day, hours);
            tally.served++;
            tally.supportTrips++;
            tally.subsidies = tally.subsidies.plus(trip.cost());
            tally.points += Points.SUPPORT_TRIP;
            listener.collaborated(new CollaborationEvent.SupportTrip(week.asOf(), firstDay.plusDays(job.day()), trip));
        }
        tally.lost += plan.unassigned().size();
        pending.clear();
        order.clear();
    }
}
