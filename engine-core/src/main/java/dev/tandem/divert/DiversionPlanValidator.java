package dev.tandem.divert;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.model.PlanValidation;
import dev.tandem.travel.Leg;

/**
 * Checks a {@link DiversionPlan} against the snapshot and jobs it was made for, independently of the planner: it
 * recomputes each store's bay-hours, booked hours and expected wait itself, then checks that every customer of a
 * diverting store who may move gets an offer or a stay, once; that each offer goes from a diverting store to
 * another that is not diverting, within the customer's maximum drive (by the snapshot's travel model), with a
 * technician with the skill on duty, at the settings' coupon and ride voucher; and that no receiving store is
 * promised more bay-hours than it has free, counting offers and fallbacks alike. Stateless and thread-safe.
 */
public final class DiversionPlanValidator {

    /** Drive times of the drive index are single precision; a drive this close to the limit is within it. */
    private static final double DRIVE_TOLERANCE_MINUTES = 0.01;

    private final DiversionSettings settings;

    public DiversionPlanValidator(DiversionSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public PlanValidation validate(NetworkSnapshot network, List<Job> jobs, DiversionPlan plan) {
        List<String> violations = new ArrayList<>();
        Map<JobId, Job> byId = new HashMap<>();
        jobs.forEach(job -> byId.put(job.id(), job));
        Map<StoreId, Double> freeMinutes = new HashMap<>();
        Set<StoreId> diverting = new HashSet<>();
        Map<StoreId, Double> booked = new HashMap<>();
        for (Job job : jobs) {
            booked.merge(plan.committed().getOrDefault(job.id(), job.store()), (double) job.bayMinutes(), Double::sum);
        }
        for (Store store : network.stores()) {
            double capacity = bayMinutes(network, store);
            double load = booked.getOrDefault(store.id(), 0.0);
            double bays = Math.max(1, capacity / 60 / settings.workingDay());
            if (Math.max(0, load - capacity) / bays > settings.waitThreshold().toMinutes()) {
                diverting.add(store.id());
            }
            freeMinutes.put(store.id(), Math.max(0, capacity - load));
        }
        Set<JobId> seen = new HashSet<>();
        Map<StoreId, Long> promised = new HashMap<>();
        for (Offer offer : plan.offers()) {
            Job job = byId.get(offer.job());
            if (!seen.add(offer.job())) {
                violations.add("job " + offer.job() + " appears more than once");
            }
            if (job == null) {
                violations.add("offer for " + offer.job() + " names an unknown job");
                continue;
            }
            checkOffer(network, job, offer, diverting, violations);
            promised.merge(offer.to(), job.bayMinutes(), Long::sum);
            offer.fallback().ifPresent(fallback -> {
                checkReceiver(network, job, fallback.to(), "fallback of " + job.id(), diverting, violations);
                promised.merge(fallback.to(), job.bayMinutes(), Long::sum);
            });
        }
        for (Stay stay : plan.stays()) {
            if (!seen.add(stay.job())) {
                violations.add("job " + stay.job() + " appears more than once");
            }
        }
        for (Job job : jobs) {
            boolean started = job.booked().map(at -> at.isBefore(network.asOf())).orElse(false);
            if (diverting.contains(job.store()) && !started && !plan.committed().containsKey(job.id())
                    && !seen.contains(job.id())) {
                violations.add("job " + job.id() + " waits at " + job.store() + " with neither an offer nor a stay");
            }
        }
        promised.forEach((store, minutes) -> {
            double free = freeMinutes.getOrDefault(store, 0.0);
            if (minutes > free) {
                violations.add(String.format("store %s is promised %d bay-minutes, more than its %.0f free", store,
                        minutes, free));
            }
        });
        return new PlanValidation(violations);
    }

    private void checkOffer(NetworkSnapshot network, Job job, Offer offer, Set<StoreId> diverting,
            List<String> violations) {
        String where = "offer " + job.id();
        if (!offer.from().equals(job.store())) {
            violations.add(where + ": comes from " + offer.from() + ", not the job's store " + job.store());
        }
        if (!diverting.contains(job.store())) {
            violations.add(where + ": " + job.store() + " does not expect a wait beyond " + settings.waitThreshold());
        }
        checkReceiver(network, job, offer.to(), where, diverting, violations);
        if (!offer.coupon().equals(settings.coupon())) {
            violations.add(where + ": a coupon of " + offer.coupon() + ", not " + settings.coupon());
        }
        if (network.findStore(offer.to()).isPresent()) {
            Leg leg = network.leg(job.store(), offer.to());
            long ride = settings.ride(leg.distanceKm()).cents();
            if (Math.abs(offer.ride().cents() - ride) > 1) {
                violations.add(where + ": a ride voucher of " + offer.ride() + ", not " + settings.ride(leg.distanceKm()));
            }
        }
        if (offer.acceptance() < 0 || offer.acceptance() > 1) {
            violations.add(where + ": a chance of acceptance of " + offer.acceptance());
        }
    }

    private void checkReceiver(NetworkSnapshot network, Job job, StoreId to, String where, Set<StoreId> diverting,
            List<String> violations) {
        if (network.findStore(to).isEmpty()) {
            violations.add(where + ": unknown store " + to);
            return;
        }
        if (to.equals(job.store())) {
            violations.add(where + ": sends the customer to their own store");
        }
        if (diverting.contains(to)) {
            violations.add(where + ": " + to + " expects a wait beyond " + settings.waitThreshold() + " itself");
        }
        double minutes = network.leg(job.store(), to).driveMinutes();
        if (minutes > job.maxDrive().toMinutes() + DRIVE_TOLERANCE_MINUTES) {
            violations.add(String.format("%s: %s is %.0f min away, beyond the customer's %d", where, to, minutes,
                    job.maxDrive().toMinutes()));
        }
        boolean skilled = network.techniciansOf(to).stream()
                .anyMatch(t -> t.status() == TechnicianStatus.ON_DUTY && t.hasSkill(job.skill()));
        if (!skilled) {
            violations.add(where + ": " + to + " has nobody with " + job.skill() + " on duty");
        }
    }

    private double bayMinutes(NetworkSnapshot network, Store store) {
        if (store.bayHours().isPresent()) {
            return store.bayHours().getAsDouble() * 60;
        }
        int jobs = network.capacity(store.id(), network.today()).map(CapacityDay::capacity)
                .orElse(store.dailyCapacity());
        return jobs * settings.hoursPerJob() * 60;
    }
}
