package dev.tandem.simulate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.tandem.match.IndexedReceivingStoreMatcher;
import dev.tandem.match.IndexedTransferAdvisor;
import dev.tandem.match.LiveNetwork;
import dev.tandem.match.MatchSettings;
import dev.tandem.match.ReceivingOption;
import dev.tandem.match.ReceivingRequest;
import dev.tandem.match.TransferOption;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Technician;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;

/**
 * One run of one policy over the customer stream of one seed. Each day: warehouse deliveries arrive, customers
 * come in order of arrival and are served, leave or (network) are helped by another store, and stores reorder in
 * the evening. Each week starts on a Monday (the first on the first day) from a fresh snapshot: the network policy
 * rebalances stock and dispatches the support requests of the days before.
 */
final class NetworkSimulation {

    private final NetworkSnapshot network;
    private final SimulationSettings settings;
    private final SimulationEngines engines;
    private final Policy policy;
    private final long seed;
    private final SimulationListener listener;
    private final DemandStream demand;
    private final StockRoom stock;
    private final Workshop[] workshops;
    private final SupportDesk supportDesk;
    private final Tally tally = new Tally();
    private int weeksStarted;
    private IndexedTransferAdvisor advisor;
    private IndexedReceivingStoreMatcher receivers;

    NetworkSimulation(NetworkSnapshot network, SimulationSettings settings, SimulationEngines engines, Policy policy,
            long seed, SimulationListener listener) {
        this.network = network;
        this.settings = settings;
        this.engines = engines;
        this.policy = policy;
        this.seed = seed;
        this.listener = listener;
        this.demand = new DemandStream(network, settings, seed);
        this.stock = new StockRoom(network, settings);
        this.workshops = new Workshop[network.storeCount()];
        for (int s = 0; s < workshops.length; s++) {
            List<Technician> working = network.techniciansOf(network.storeAt(s).id()).stream()
                    .filter(Workshop::isWorking).toList();
            workshops[s] = new Workshop(working, working.stream().mapToInt(t -> network.technicianIndex(t.id()))
                    .toArray(), settings.openHour(), settings.closeHour());
        }
        this.supportDesk = new SupportDesk(network, engines);
    }

    PolicyOutcome run() {
        int days = settings.days();
        for (int day = 0; day < days; day++) {
            if (day == 0 || network.today().plusDays(day).getDayOfWeek() == DayOfWeek.MONDAY) {
                startWeek(day);
            }
            stock.receiveDeliveries(day);
            for (CustomerJob job : demand.day(day)) {
                tally.customers++;
                serve(job);
            }
            stock.reorder(day);
            double[] utilization = new double[workshops.length];
            for (int s = 0; s < workshops.length; s++) {
                utilization[s] = workshops[s].utilization(day, settings.workingHours());
            }
            listener.dayEnded(network.today().plusDays(day), utilization);
        }
        if (policy == Policy.NETWORK && supportDesk.pendingCount() > 0) {
            NetworkSnapshot last = WeekSnapshot.build(network, stock, days, morning(days), settings, seed,
                    expectedJobs());
            supportDesk.dispatch(last, stock.live().drives(), workshops, tally, seed + days, listener);
        }
        double worked = 0;
        double available = 0;
        for (Workshop workshop : workshops) {
            worked += workshop.busyHours();
            available += (double) workshop.size() * settings.workingHours() * days;
        }
        return tally.outcome(policy, seed, settings.weeks(), Math.min(worked, available), available,
                stock.deadStockValue(days));
    }

    private void startWeek(int day) {
        NetworkSnapshot week = WeekSnapshot.build(network, stock, day, morning(day), settings, seed, null);
        LiveNetwork live = LiveNetwork.of(week);
        stock.rebase(live);
        listener.weekStarted(weeksStarted++, week);
        if (policy == Policy.ISOLATED) {
            return;
        }
        advisor = new IndexedTransferAdvisor(live, MatchSettings.DEFAULT);
        receivers = new IndexedReceivingStoreMatcher(live, MatchSettings.DEFAULT);
        rebalance(week, day);
        if (supportDesk.pendingCount() > 0) {
            NetworkSnapshot booked = WeekSnapshot.build(network, stock, day, morning(day), settings, seed,
                    expectedJobs());
            supportDesk.dispatch(booked, live.drives(), workshops, tally, seed + day, listener);
        }
    }

    private void rebalance(NetworkSnapshot week, int day) {
        RebalancePlan plan = engines.rebalancer().solve(
                RebalanceProblem.of(week, RebalanceSettings.DEFAULT, stock.live().drives()));
        for (Move move : plan.moves()) {
            stock.transfer(network.storeIndex(move.from()), network.storeIndex(move.to()), move.part(),
                    move.quantity(), day);
            tally.unitsRebalanced += move.quantity();
            tally.deadStockRevived += move.revivesDeadStock() ? move.quantity() : 0;
            tally.freight = tally.freight.plus(move.freight());
            listener.collaborated(new CollaborationEvent.Rebalanced(week.asOf(), move));
        }
        tally.points += plan.incentivePoints();
    }

    private void serve(CustomerJob job) {
        Workshop home = workshops[job.store()];
        if (!home.canServe(job.skill(), job.level())) {
            beyondTheStore(job);
            return;
        }
        PartSource source = partSource(job);
        Workshop.Slot slot = home.earliest(source.readyAt(), job.hours(), job.skill(), job.level()).orElseThrow();
        double wait = slot.start() - job.arrival();
        CustomerBehaviour behaviour = settings.behaviour();
        if (policy == Policy.NETWORK && behaviour.isLongWait(wait) && job.part().isEmpty() && divert(job, wait)) {
            return;
        }
        if (behaviour.isLongWait(wait)) {
            tally.longWaits++;
            if (job.patienceDraw() < behaviour.churn(wait)) {
                tally.lost++;
                return;
            }
        }
        home.book(slot, job.hours());
        book(job.store(), job);
        tally.served++;
        source.take(job);
    }

    /** A fault nobody at the store can fix: the factory's expert days later, or a support trip of the network. */
    private void beyondTheStore(CustomerJob job) {
        if (policy == Policy.NETWORK) {
            supportDesk.raise(job);
            return;
        }
        double wait = settings.escalationDays() * 24.0;
        tally.longWaits++;
        if (job.patienceDraw() < settings.behaviour().churn(wait)) {
            tally.lost++;
        } else {
            tally.served++;
        }
    }

    /** Where the part of a job comes from, when it is ready, and taking it once the customer stays. */
    private interface PartSource {
        double readyAt();

        void take(CustomerJob job);
    }

    private PartSource partSource(CustomerJob job) {
        if (job.part().isEmpty()) {
            return ready(job.arrival(), j -> { });
        }
        PartNumber part = job.part().get();
        tally.partNeeds++;
        if (stock.onShelf(job.store(), part)) {
            tally.partsOnTime++;
            return ready(job.arrival(), j -> stock.use(j.store(), part, j.day()));
        }
        if (policy == Policy.NETWORK) {
            Optional<TransferOption> option = advisor.advise(TransferRequest.of(network.storeAt(job.store()).id(),
                    part, 1)).best().filter(TransferOption::meetsPromise);
            if (option.isPresent()) {
                tally.partsOnTime++;
                TransferOption best = option.get();
                return ready(job.arrival() + best.etaMinutes() / 60, j -> {
                    int from = network.storeIndex(best.source().id());
                    stock.transfer(from, j.store(), part, 1, j.day());
                    stock.use(j.store(), part, j.day());
                    tally.emergencyTransfers++;
                    tally.points += Points.TRANSFER_OUT;
                    tally.freight = tally.freight.plus(best.freight());
                    listener.collaborated(new CollaborationEvent.EmergencyTransfer(time(j.arrival()), best.source().id(),
                            network.storeAt(j.store()).id(), part, best.eta(), best.freight(),
                            network.part(part).unitCost()));
                });
            }
        }
        double delivered = (job.day() + settings.urgentLeadDays()) * 24.0 + settings.openHour();
        return ready(delivered, j -> { });
    }

    private static PartSource ready(double at, Consumer<CustomerJob> take) {
        return new PartSource() {
            @Override
            public double readyAt() {
                return at;
            }

            @Override
            public void take(CustomerJob job) {
                take.accept(job);
            }
        };
    }

    /** Offers the customer the first nearby store where drive and wait stay within patience; true if taken. */
    private boolean divert(CustomerJob job, double waitHere) {
        ReceivingRequest request = ReceivingRequest.of(network.storeAt(job.store()).id(), job.hours(), job.skill(),
                network.today().plusDays(job.day())).withMaxDrive(settings.maxDiversionDrive());
        for (ReceivingOption option : receivers.match(request).options()) {
            int to = network.storeIndex(option.store().id());
            double driveHours = option.driveMinutes() / 60;
            Optional<Workshop.Slot> slot =
                    workshops[to].earliest(job.arrival() + driveHours, job.hours(), job.skill(), job.level());
            if (slot.isEmpty()) {
                continue;
            }
            double waitThere = slot.get().start() - job.arrival();
            if (settings.behaviour().isLongWait(waitThere) || waitThere >= waitHere) {
                continue;
            }
            tally.diversionOffers++;
            boolean accepted = job.offerDraw()
                    < settings.behaviour().acceptance(option.driveMinutes(), settings.coupon().toYuan().doubleValue());
            Money compensation = accepted
                    ? settings.coupon().plus(settings.ridePerKm().times(Math.round(2 * option.distanceKm())))
                    : Money.ZERO;
            listener.collaborated(new CollaborationEvent.Diversion(time(job.arrival()), network.storeAt(job.store()).id(),
                    option.store().id(), option.driveMinutes(), waitHere - waitThere, accepted, compensation));
            if (!accepted) {
                return false;
            }
            workshops[to].book(slot.get(), job.hours());
            book(to, job);
            tally.served++;
            tally.diversionsAccepted++;
            tally.points += Points.DIVERSION_RECEIVED;
            tally.compensation = tally.compensation.plus(compensation);
            return true;
        }
        return false;
    }

    /** Books the job on the store's capacity for the day, so the matching core sees how full the store is. */
    private void book(int store, CustomerJob job) {
        stock.live().book(network.storeAt(store).id(), network.today().plusDays(job.day()), 1);
    }

    private double[] expectedJobs() {
        double[] expected = new double[network.storeCount()];
        for (int s = 0; s < expected.length; s++) {
            expected[s] = demand.jobsPerDay(s);
        }
        return expected;
    }

    private OffsetDateTime morning(int day) {
        return OffsetDateTime.of(network.today().plusDays(day), LocalTime.of(8, 0), network.asOf().getOffset());
    }

    private OffsetDateTime time(double hours) {
        return OffsetDateTime.of(network.today(), LocalTime.MIDNIGHT, network.asOf().getOffset())
                .plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }
}
