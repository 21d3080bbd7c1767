package dev.tandem.simulate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.tandem.advise.AdviceSettings;
import dev.tandem.advise.CustomerAdvisor;
import dev.tandem.advise.Option;
import dev.tandem.advise.Queues;
import dev.tandem.advise.Remedy;
import dev.tandem.advise.StuckCustomer;
import dev.tandem.dispatch.Trip;
import dev.tandem.match.LiveNetwork;
import dev.tandem.match.MatchSettings;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.SubsidyBand;
import dev.tandem.model.SubsidyPolicy;
import dev.tandem.model.Technician;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.travel.DriveIndex;

/**
 * One run of one policy over the customer stream of one seed. Each day: warehouse deliveries arrive; the network
 * may steer the day's bookings and lend technicians first; customers come in order of arrival. A customer the
 * store can serve within patience is served; a stuck one (part missing, skill missing, queue too long) gets the
 * {@link CustomerAdvisor}'s pick among the remedies of the levers pulled, and the store-alone fallback (wait, or
 * escalate to the factory) when none is pulled or the customer declines: both policies run this same code, the
 * isolated one with no lever. Stores reorder in the evening. Each week starts on a Monday (the first on the first
 * day) from a fresh snapshot, where the network may rebalance stock.
 */
final class NetworkSimulation {

    /** The remedies of the advisor each lever brings. */
    private static final Map<Lever, Remedy> REMEDIES = Map.of(Lever.EMERGENCY_TRANSFERS, Remedy.TRANSFER,
            Lever.SUPPORT_VISITS, Remedy.TECHNICIAN_VISIT, Lever.DIVERSION, Remedy.DIVERSION);

    private final NetworkSnapshot network;
    private final SimulationSettings settings;
    private final SimulationEngines engines;
    private final Policy policy;
    private final Set<Lever> levers;
    private final long seed;
    private final SimulationListener listener;
    private final DemandStream demand;
    private final StockRoom stock;
    private final Workshop[] workshops;
    private final Tally tally = new Tally();
    private final AdviceSettings adviceSettings;
    private final Map<Integer, List<CustomerJob>> steeredToDay = new HashMap<>();
    private final List<BookedTrip> trips = new ArrayList<>();
    /** The booking-time steering, when its lever is pulled; else null. */
    private final BookingSteering steering;
    private int weeksStarted;
    private CustomerAdvisor advisor;

    private record BookedTrip(Technician technician, TimeWindow window) {
    }

    NetworkSimulation(NetworkSnapshot network, SimulationSettings settings, SimulationEngines engines, Policy policy,
            long seed, SimulationListener listener) {
        this.network = StockRoom.deepened(network, settings.model().stockDepth());
        this.settings = settings;
        this.engines = engines;
        this.policy = policy;
        this.levers = policy == Policy.ISOLATED || settings.levers().isEmpty() ? EnumSet.noneOf(Lever.class)
                : EnumSet.copyOf(settings.levers());
        this.seed = seed;
        this.listener = listener;
        this.demand = new DemandStream(this.network, settings, seed);
        this.stock = new StockRoom(this.network, settings);
        this.workshops = new Workshop[this.network.storeCount()];
        for (int s = 0; s < workshops.length; s++) {
            List<Technician> working = this.network.techniciansOf(this.network.storeAt(s).id()).stream()
                    .filter(Workshop::isWorking).toList();
            workshops[s] = new Workshop(working, working.stream()
                    .mapToInt(t -> this.network.technicianIndex(t.id())).toArray(), settings.openHour(),
                    settings.closeHour());
        }
        this.steering = levers.contains(Lever.BOOKING_STEERING)
                ? new BookingSteering(this.network, settings, demand, workshops) : null;
        EnumSet<Remedy> remedies = EnumSet.noneOf(Remedy.class);
        REMEDIES.forEach((lever, remedy) -> {
            if (levers.contains(lever)) {
                remedies.add(remedy);
            }
        });
        this.adviceSettings = AdviceSettings.of(settings.behaviour()).withRemedies(remedies)
                .withTimes(settings.urgentLeadDays() * 24.0, settings.escalationDays(), settings.maxDiversionDrive())
                .withMoney(settings.customerLifetimeValue(), settings.coupon(), settings.ridePerKm());
    }

    PolicyOutcome run() {
        int days = settings.days();
        for (int day = 0; day < days; day++) {
            if (day == 0 || network.today().plusDays(day).getDayOfWeek() == DayOfWeek.MONDAY) {
                startWeek(day);
            }
            stock.receiveDeliveries(day);
            List<CustomerJob> jobs = today(day);
            SkillLoad load = levers.contains(Lever.BOOKING_STEERING) || levers.contains(Lever.SAME_DAY_LENDING)
                    ? new SkillLoad(workshops, demand, settings, jobs) : null;
            if (steering != null) {
                jobs = steer(jobs, day, load);
                steering.record(day, jobs);
            }
            if (levers.contains(Lever.SAME_DAY_LENDING)) {
                lend(day, load);
            }
            for (CustomerJob job : jobs) {
                serve(job);
            }
            stock.reorder(day);
            double[] utilization = new double[workshops.length];
            for (int s = 0; s < workshops.length; s++) {
                utilization[s] = workshops[s].utilization(day, settings.workingHours());
            }
            listener.dayEnded(network.today().plusDays(day), utilization);
        }
        double worked = 0;
        double available = 0;
        for (Workshop workshop : workshops) {
            worked += workshop.busyHours();
            available += (double) workshop.size() * settings.workingHours() * days;
        }
        return tally.outcome(policy, seed, settings.weeks(), Math.min(worked, available), available,
                stock.deadStockValue(days), settings.behaviour().patienceHours());
    }

    private List<CustomerJob> today(int day) {
        List<CustomerJob> jobs = demand.day(day);
        List<CustomerJob> steered = steeredToDay.remove(day);
        if (steered == null) {
            return jobs;
        }
        List<CustomerJob> merged = new ArrayList<>(jobs);
        merged.addAll(steered);
        merged.sort(Comparator.comparingDouble(CustomerJob::arrival).thenComparingLong(CustomerJob::id));
        return merged;
    }

    private void startWeek(int day) {
        NetworkSnapshot week = WeekSnapshot.build(network, stock, day, morning(day), settings, seed);
        LiveNetwork live = LiveNetwork.of(week);
        stock.rebase(live);
        listener.weekStarted(weeksStarted++, week);
        if (levers.isEmpty()) {
            return;
        }
        for (BookedTrip trip : trips) {
            if (trip.window().to().isAfter(week.asOf())) {
                live.bookTrip(trip.technician().id(), trip.window());
            }
        }
        trips.removeIf(trip -> !trip.window().to().isAfter(week.asOf()));
        advisor = new CustomerAdvisor(live, adviceSettings);
        if (levers.contains(Lever.REBALANCING)) {
            rebalance(week, day);
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
        tally.customers++;
        boolean partMissing = false;
        if (job.part().isPresent()) {
            tally.partNeeds++;
            if (stock.onShelf(job.store(), job.part().get())) {
                tally.partsOnTime++;
            } else {
                partMissing = true;
            }
        }
        double readyAt = job.arrival() + (partMissing ? settings.urgentLeadDays() * 24.0 : 0);
        Optional<Workshop.Slot> here =
                workshops[job.store()].earliest(readyAt, job.hours(), job.skill(), job.level());
        if (here.isPresent() && !partMissing && !settings.behaviour().isLongWait(here.get().start() - job.arrival())) {
            serveAt(job.store(), here.get(), job);
            return;
        }
        take(job, decide(job, partMissing, here), here);
    }

    /** The advisor's pick for a stuck customer; the store-alone fallback when no remedy of the network is on. */
    private Option decide(CustomerJob job, boolean partMissing, Optional<Workshop.Slot> here) {
        if (adviceSettings.remedies().isEmpty()) {
            if (here.isPresent()) {
                double wait = here.get().start() - job.arrival();
                return new Option.Wait(wait, settings.behaviour().lossOnWait(wait), Money.ZERO, partMissing);
            }
            double days = settings.escalationDays();
            return new Option.Escalation(Money.ZERO, days * 24, settings.behaviour().lossOnDeferral(days), Money.ZERO);
        }
        StuckCustomer customer = new StuckCustomer(network.storeAt(job.store()).id(), time(job.arrival()),
                job.hours(), job.skill(), job.level(), job.part());
        Queues queues = (store, stuck, readyAfter) -> workshops[network.storeIndex(store)]
                .earliest(job.arrival() + readyAfter, job.hours(), job.skill(), job.level())
                .map(slot -> slot.start() - job.arrival()).orElse(Queues.NEVER);
        return advisor.advise(customer, queues).pick();
    }

    /** Carries out {@code option} for the customer, who may still leave on a long wait or a later date. */
    private void take(CustomerJob job, Option option, Optional<Workshop.Slot> here) {
        CustomerBehaviour behaviour = settings.behaviour();
        if (option instanceof Option.Wait wait) {
            Workshop.Slot slot = here.orElseThrow();
            if (wait.partByWarehouse() && behaviour.isLongWait(slot.start() - job.arrival())) {
                tally.partWaits++;
            }
            if (leavesAfterWait(job, slot.start() - job.arrival())) {
                return;
            }
            serveAt(job.store(), slot, job);
        } else if (option instanceof Option.Transfer transfer) {
            Workshop.Slot slot = workshops[job.store()].earliest(job.arrival() + transfer.source().etaMinutes() / 60,
                    job.hours(), job.skill(), job.level()).orElseThrow();
            tally.partsOnTime++;
            if (leavesAfterWait(job, slot.start() - job.arrival())) {
                return;
            }
            transfer(job, transfer);
            serveAt(job.store(), slot, job);
        } else if (option instanceof Option.Visit visit) {
            tally.longWaits++;
            tally.deferrals++;
            if (job.patienceDraw() < behaviour.lossOnDeferral(visit.hoursToService() / 24)) {
                tally.lost++;
                return;
            }
            visit(job, visit);
        } else if (option instanceof Option.Diversion diversion) {
            if (!divert(job, diversion, partMissing(job))) {
                take(job, diversion.fallback(), here);
            }
        } else {
            tally.longWaits++;
            tally.deferrals++;
            if (job.patienceDraw() < behaviour.lossOnDeferral(settings.escalationDays())) {
                tally.lost++;
            } else {
                tally.served++;
            }
        }
    }

    /** Counts a long wait and whether the customer leaves on it; true if they leave. */
    private boolean leavesAfterWait(CustomerJob job, double wait) {
        CustomerBehaviour behaviour = settings.behaviour();
        if (!behaviour.isLongWait(wait)) {
            return false;
        }
        tally.longWaits++;
        if (job.patienceDraw() < behaviour.churn(wait)) {
            tally.lost++;
            return true;
        }
        return false;
    }

    private void serveAt(int store, Workshop.Slot slot, CustomerJob job) {
        workshops[store].book(slot, job.hours());
        stock.live().book(network.storeAt(store).id(), network.today().plusDays(job.day()), 1);
        if (job.part().isPresent() && stock.onShelf(store, job.part().get())) {
            stock.use(store, job.part().get(), job.day());
        }
        tally.served++;
    }

    private void transfer(CustomerJob job, Option.Transfer option) {
        PartNumber part = job.part().orElseThrow();
        int from = network.storeIndex(option.source().source().id());
        stock.transfer(from, job.store(), part, 1, job.day());
        tally.emergencyTransfers++;
        tally.points += Points.TRANSFER_OUT;
        tally.freight = tally.freight.plus(option.cost());
        listener.collaborated(new CollaborationEvent.EmergencyTransfer(time(job.arrival()),
                option.source().source().id(), network.storeAt(job.store()).id(), part, option.source().eta(),
                option.cost(), network.part(part).unitCost()));
    }

    private void visit(CustomerJob job, Option.Visit option) {
        Technician technician = option.technician().technician();
        double driveHours = option.technician().driveMinutes() / 60;
        OffsetDateTime start = option.start();
        OffsetDateTime end = start.plusMinutes(Math.max(30, Math.round(job.hours() * 60)));
        OffsetDateTime departure = start.minusMinutes(Math.round(driveHours * 60));
        OffsetDateTime back = end.plusMinutes(Math.round(driveHours * 60));
        int home = network.storeIndex(option.technician().home().id());
        workshops[home].sendOnTrip(network.technicianIndex(technician.id()), hoursOf(departure), hoursOf(back));
        TimeWindow window = TimeWindow.of(start, end);
        stock.live().bookTrip(technician.id(), window);
        trips.add(new BookedTrip(technician, window));
        tally.served++;
        tally.supportTrips++;
        tally.subsidies = tally.subsidies.plus(option.cost());
        tally.points += Points.SUPPORT_TRIP;
        Trip trip = new Trip(RequestId.of("C" + job.id()), network.storeAt(job.store()).id(), technician.id(),
                option.technician().home().id(), departure, start, end, back, option.technician().distanceKm(),
                option.technician().band(), option.cost(), option.reason());
        listener.collaborated(new CollaborationEvent.SupportTrip(time(job.arrival()), network.today()
                .plusDays(job.day()), trip));
    }

    /** Whether the job needs a part its own store does not have on the shelf. */
    private boolean partMissing(CustomerJob job) {
        return job.part().isPresent() && !stock.onShelf(job.store(), job.part().get());
    }

    /**
     * Offers the diversion; true if the customer takes it and is served there. A customer whose part is missing at
     * home and who drives to a store that has it counts as a part on time, as a transfer within the promise does.
     */
    private boolean divert(CustomerJob job, Option.Diversion option, boolean partMissing) {
        int to = network.storeIndex(option.store().store().id());
        double drive = option.store().driveMinutes() / 60;
        Optional<Workshop.Slot> slot = workshops[to].earliest(job.arrival() + drive, job.hours(), job.skill(),
                job.level());
        tally.diversionOffers++;
        boolean accepted = slot.isPresent() && job.offerDraw() < option.acceptance();
        listener.collaborated(new CollaborationEvent.Diversion(time(job.arrival()), network.storeAt(job.store()).id(),
                option.store().store().id(), option.store().driveMinutes(),
                Math.max(0, option.fallback().hoursToService() - option.hoursToService()), accepted,
                accepted ? option.compensation() : Money.ZERO));
        if (!accepted) {
            return false;
        }
        tally.diversionsAccepted++;
        tally.points += Points.DIVERSION_RECEIVED;
        tally.compensation = tally.compensation.plus(option.compensation());
        if (partMissing) {
            tally.partsOnTime++;
        }
        if (!leavesAfterWait(job, slot.get().start() - job.arrival())) {
            serveAt(to, slot.get(), job);
        }
        return true;
    }

    /**
     * Booking-time steering: the capacity forecast and the diversion planner choose, the evening before, which
     * bookings of the stores warned of overload to offer a nearby store or the next day ({@link BookingSteering});
     * each customer takes or declines the offer, and one who declines keeps the booking.
     */
    private List<CustomerJob> steer(List<CustomerJob> jobs, int day, SkillLoad load) {
        List<BookingSteering.Decision> decisions = steering.plan(day, jobs, stock.live().drives());
        if (decisions.isEmpty()) {
            return jobs;
        }
        Map<Long, CustomerJob> moved = new HashMap<>();
        for (BookingSteering.Decision decision : decisions) {
            CustomerJob job = decision.job();
            if (decision.nextDay()) {
                if (offeredAnotherDay(job)) {
                    load.move(job, -1);
                    moved.put(job.id(), null);
                    steeredToDay.computeIfAbsent(day + 1, d -> new ArrayList<>())
                            .add(job.movedTo(job.store(), job.arrival() + 24));
                }
            } else if (offered(job, job.store(), decision.to(), decision.driveMinutes(), decision.compensation())) {
                load.move(job, decision.to());
                moved.put(job.id(), job.movedTo(decision.to(), job.arrival()));
            }
        }
        List<CustomerJob> kept = new ArrayList<>(jobs.size());
        for (CustomerJob job : jobs) {
            if (!moved.containsKey(job.id())) {
                kept.add(job);
            } else if (moved.get(job.id()) != null) {
                kept.add(moved.get(job.id()));
            }
        }
        return kept;
    }

    /** A booking offered the next day at its own store, without a coupon; true if taken. */
    private boolean offeredAnotherDay(CustomerJob job) {
        tally.bookingOffers++;
        boolean accepted = job.offerDraw() < settings.behaviour().acceptance(0, 0);
        tally.bookingsSteered += accepted ? 1 : 0;
        return accepted;
    }

    /** A booking offered another store with a coupon and a ride; true if taken. */
    private boolean offered(CustomerJob job, int from, int to, double minutes, Money compensation) {
        double acceptance = settings.behaviour().acceptance(minutes, settings.coupon().toYuan().doubleValue());
        boolean accepted = job.offerDraw() < acceptance;
        tally.diversionOffers++;
        tally.bookingOffers++;
        listener.collaborated(new CollaborationEvent.Diversion(time(job.arrival() - 12), network.storeAt(from).id(),
                network.storeAt(to).id(), minutes, 0, accepted, accepted ? compensation : Money.ZERO));
        if (accepted) {
            tally.diversionsAccepted++;
            tally.bookingsSteered++;
            tally.points += Points.DIVERSION_RECEIVED;
            tally.compensation = tally.compensation.plus(compensation);
        }
        return accepted;
    }

    /**
     * Same-day lending: each store the forecast sees overloaded, most loaded first, borrows for the day a
     * technician of the nearest idle store within the drive limit, who does general work there.
     */
    private void lend(int day, SkillLoad load) {
        LoadThresholds thresholds = MatchSettings.DEFAULT.thresholds();
        DriveIndex drives = stock.live().drives();
        Integer[] order = new Integer[workshops.length];
        for (int s = 0; s < order.length; s++) {
            order[s] = s;
        }
        double[] total = new double[workshops.length];
        for (int s = 0; s < total.length; s++) {
            total[s] = load.total(s);
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer s) -> -total[s]).thenComparingInt(s -> s));
        double maxMinutes = settings.maxDiversionDrive().toMinutes();
        for (int to : order) {
            if (load.total(to) < thresholds.overloadedAt()) {
                break;
            }
            for (int rank = 0; rank < drives.neighbourCount(); rank++) {
                int from = drives.nearest(to, rank);
                if (drives.minutes(from, to) > maxMinutes) {
                    break;
                }
                if (load.total(from) >= thresholds.idleBelow()) {
                    continue;
                }
                Optional<Technician> lent = lendable(from, day);
                if (lent.isPresent() && lendFor(lent.get(), from, to, day, drives)) {
                    load.lend(from, to, settings.workingHours());
                    break;
                }
            }
        }
    }

    /**
     * The technician a store can spare today, if two or more are in: the highest level whose skills another
     * technician there also has, so the store keeps every skill.
     */
    private Optional<Technician> lendable(int store, int day) {
        Workshop workshop = workshops[store];
        List<Technician> in = new ArrayList<>();
        for (int t = 0; t < workshop.size(); t++) {
            if (!workshop.isAway(t, day)) {
                in.add(workshop.technicians().get(t));
            }
        }
        if (in.size() < 2) {
            return Optional.empty();
        }
        Technician best = null;
        for (Technician technician : in) {
            boolean covered = technician.skills().stream().allMatch(skill -> in.stream()
                    .anyMatch(other -> other != technician && other.skills().contains(skill)));
            if (covered && (best == null || technician.level().compareTo(best.level()) > 0)) {
                best = technician;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean lendFor(Technician technician, int from, int to, int day, DriveIndex drives) {
        OffsetDateTime open = morning(day).withHour(settings.openHour());
        OffsetDateTime close = morning(day).withHour(settings.closeHour());
        TimeWindow window = TimeWindow.of(open.minusMinutes(Math.round(drives.minutes(from, to))), close);
        LiveNetwork live = stock.live();
        try {
            live.bookTrip(technician.id(), window);
        } catch (IllegalStateException alreadyAway) {
            return false;
        }
        if (!workshops[to].host(technician, day, day * 24.0 + settings.openHour())) {
            live.cancelTrip(technician.id(), window);
            return false;
        }
        trips.add(new BookedTrip(technician, window));
        workshops[from].sendAway(network.technicianIndex(technician.id()), day, 0);
        double km = drives.kilometres(from, to);
        SubsidyBand band = SubsidyPolicy.DEFAULT.band(km);
        Money cost = SubsidyPolicy.DEFAULT.subsidy(band);
        tally.technicianLoans++;
        tally.subsidies = tally.subsidies.plus(cost);
        tally.points += Points.SUPPORT_TRIP;
        Trip trip = new Trip(RequestId.of("L" + day + "-" + technician.id().value()), network.storeAt(to).id(),
                technician.id(), network.storeAt(from).id(), window.from(), open, close, close.plusMinutes(
                        Math.round(drives.minutes(from, to))), km, band, cost, technician.name() + " lent for the day");
        listener.collaborated(new CollaborationEvent.SupportTrip(morning(day).minusHours(12), network.today()
                .plusDays(day), trip));
        return true;
    }

    /** Hours since the start of the simulation. */
    private double hoursOf(OffsetDateTime time) {
        return Duration.between(time(0), time).toMinutes() / 60.0;
    }

    private OffsetDateTime morning(int day) {
        return OffsetDateTime.of(network.today().plusDays(day), LocalTime.of(8, 0), network.asOf().getOffset());
    }

    private OffsetDateTime time(double hours) {
        return OffsetDateTime.of(network.today(), LocalTime.MIDNIGHT, network.asOf().getOffset())
                .plus(Duration.ofSeconds(Math.round(hours * 3600)));
    }
}
