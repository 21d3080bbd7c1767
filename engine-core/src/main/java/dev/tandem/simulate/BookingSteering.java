package dev.tandem.simulate;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.DiversionPlanner;
import dev.tandem.divert.DiversionProblem;
import dev.tandem.divert.DiversionSettings;
import dev.tandem.divert.Job;
import dev.tandem.divert.JobId;
import dev.tandem.divert.Offer;
import dev.tandem.divert.Stay;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.forecast.CapacityForecaster;
import dev.tandem.forecast.ForecastDay;
import dev.tandem.forecast.ForecastSettings;
import dev.tandem.forecast.OverloadWarning;
import dev.tandem.forecast.StoreForecast;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Money;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.travel.DriveIndex;

/**
 * Booking-time steering with the library's own engines, the evening before a day.
 *
 * <p>The capacity forecast ({@link CapacityForecaster}, Holt-Winters on each store's customers of the last four
 * weeks, floored at the bookings already known) warns of the stores overloaded tomorrow. For those stores the
 * diversion planner ({@link DiversionPlanner#greedy()}) takes tomorrow's bookings as its jobs and chooses which to
 * offer which nearby store: a store's bay-hours are its technicians' hours less the walk-ins it expects, and a
 * store not warned of lends the planner only the bay-hours its own bookings leave free. Offers go out, latest
 * booking first, until the warned store's hours over its bay-hours are covered; a booking the plan keeps is then
 * offered the day after, at its own store, when the forecast sees that day healthy.
 *
 * <p>History before the first simulated day is the model's mean demand of each store (two weeks), then the
 * customers each store actually received. Deterministic: the greedy assigner and the forecast are. Not
 * thread-safe; one per simulation run.
 */
final class BookingSteering {

    /** Days of history the forecast reads: four weeks. */
    private static final int HISTORY_DAYS = 28;
    /** Days of mean demand before the first simulated day, so the forecast has the two weeks it needs. */
    private static final int PRIMED_DAYS = 14;
    /** Below this share of the overload threshold, a day is healthy enough to take a booking moved to it. */
    private static final double HEALTHY = 0.85;
    /** The bay-hours of a store with none to spare: a snapshot's bay-hours are positive, and this holds no job. */
    private static final double LEAST_BAY_HOURS = 0.01;

    /** A booking offered another store, or the next day at its own store (to below 0). */
    record Decision(CustomerJob job, int to, double driveMinutes, Money compensation) {

        boolean nextDay() {
            return to < 0;
        }
    }

    private final NetworkSnapshot network;
    private final SimulationSettings settings;
    private final DemandStream demand;
    private final Workshop[] workshops;
    private final int[][] customers;
    private final CapacityForecaster forecaster;
    private final DiversionPlanner planner = DiversionPlanner.greedy();
    private final DiversionSettings diversion;

    BookingSteering(NetworkSnapshot network, SimulationSettings settings, DemandStream demand,
            Workshop[] workshops) {
        this.network = network;
        this.settings = settings;
        this.demand = demand;
        this.workshops = workshops;
        this.customers = new int[network.storeCount()][PRIMED_DAYS + settings.days()];
        for (int s = 0; s < customers.length; s++) {
            for (int d = 0; d < PRIMED_DAYS; d++) {
                customers[s][d] = (int) Math.round(demand.jobsPerDay(s));
            }
        }
        this.forecaster = new CapacityForecaster(ForecastSettings.DEFAULT.withDays(2).withBacktestWeeks(1));
        CustomerBehaviour behaviour = settings.behaviour();
        this.diversion = new DiversionSettings(Duration.ZERO, settings.coupon(), settings.ridePerKm(), Money.ZERO,
                settings.customerLifetimeValue(), behaviour.churnPerHour(), 1, 1, settings.workingHours(), 10,
                behaviour.acceptanceBase(), behaviour.acceptancePerDriveMinute() * 10,
                behaviour.acceptancePerCouponYuan() * 100, 1, 2);
    }

    /** The customers each store received on {@code day}, for the forecasts of the days after. */
    void record(int day, List<CustomerJob> jobs) {
        for (CustomerJob job : jobs) {
            customers[job.store()][PRIMED_DAYS + day]++;
        }
    }

    /**
     * The offers to make the evening before {@code day}, given the day's customers (the bookings among them are
     * known): other stores first, then the next day.
     */
    List<Decision> plan(int day, List<CustomerJob> jobs, DriveIndex drives) {
        LocalDate date = network.today().plusDays(day);
        int stores = network.storeCount();
        int[] booked = new int[stores];
        double[] bookedHours = new double[stores];
        for (CustomerJob job : jobs) {
            if (job.appointment()) {
                booked[job.store()]++;
                bookedHours[job.store()] += job.hours();
            }
        }
        CapacityForecast forecast = forecaster.forecast(evening(day, booked, null, bookedHours), history(day));
        boolean[] warned = new boolean[stores];
        for (OverloadWarning warning : forecast.warnings()) {
            if (warning.date().equals(date)) {
                warned[network.storeIndex(warning.store().id())] = true;
            }
        }
        double[] bayHours = new double[stores];
        double[] excess = new double[stores];
        boolean any = false;
        for (int s = 0; s < stores; s++) {
            bayHours[s] = Math.max(LEAST_BAY_HOURS, technicianHours(s, day) - expectedWalkInHours(s));
            excess[s] = warned[s] ? bookedHours[s] - bayHours[s] : 0;
            any |= excess[s] > 0;
        }
        if (!any) {
            return List.of();
        }
        for (int s = 0; s < stores; s++) {
            if (!warned[s]) {
                bayHours[s] = Math.max(LEAST_BAY_HOURS, bayHours[s] - bookedHours[s]);
            }
        }
        Map<JobId, CustomerJob> byId = new HashMap<>();
        List<Job> planned = new ArrayList<>();
        for (CustomerJob job : jobs) {
            if (job.appointment() && excess[job.store()] > 0) {
                Job asked = new Job(JobId.of("C" + job.id()), network.storeAt(job.store()).id(),
                        Duration.ofMinutes(Math.max(1, Math.round(job.hours() * 60))), job.skill(),
                        Optional.of(at(job.arrival())), settings.maxDiversionDrive(), false);
                planned.add(asked);
                byId.put(asked.id(), job);
            }
        }
        NetworkSnapshot evening = evening(day, booked, bayHours, bookedHours);
        DiversionPlan plan = planner.plan(DiversionProblem.of(evening, planned, diversion, drives), Duration.ZERO,
                day);
        List<Decision> decisions = new ArrayList<>();
        List<Offer> offers = new ArrayList<>(plan.offers());
        offers.sort(Comparator.comparingDouble((Offer offer) -> -byId.get(offer.job()).arrival())
                .thenComparingLong(offer -> byId.get(offer.job()).id()));
        for (Offer offer : offers) {
            CustomerJob job = byId.get(offer.job());
            int to = network.storeIndex(offer.to());
            if (excess[job.store()] > 0 && workshops[to].canServe(job.skill(), job.level())) {
                excess[job.store()] -= job.hours();
                decisions.add(new Decision(job, to, offer.driveMinutes(), offer.compensation()));
            }
        }
        if (day + 1 < settings.days()) {
            nextDay(forecast, date.plusDays(1), plan.stays(), byId, excess, decisions);
        }
        return decisions;
    }

    /** Bookings the plan keeps at a warned store, latest first, offered the next day while that day stays healthy. */
    private void nextDay(CapacityForecast forecast, LocalDate next, List<Stay> stays, Map<JobId, CustomerJob> byId,
            double[] excess, List<Decision> decisions) {
        Map<StoreId, ForecastDay> nextDays = new HashMap<>();
        for (StoreForecast store : forecast.stores()) {
            store.days().stream().filter(day -> day.date().equals(next)).findFirst()
                    .ifPresent(day -> nextDays.put(store.store().id(), day));
        }
        List<CustomerJob> kept = new ArrayList<>();
        for (Stay stay : stays) {
            kept.add(byId.get(stay.job()));
        }
        kept.sort(Comparator.comparingDouble((CustomerJob job) -> -job.arrival()).thenComparingLong(CustomerJob::id));
        int[] moved = new int[network.storeCount()];
        double healthy = HEALTHY * forecast.settings().thresholds().overloadedAt();
        for (CustomerJob job : kept) {
            ForecastDay day = nextDays.get(network.storeAt(job.store()).id());
            if (excess[job.store()] <= 0 || day == null) {
                continue;
            }
            double expected = day.expectedBooked() + moved[job.store()] + 1;
            if (expected / day.capacity() < healthy) {
                moved[job.store()]++;
                excess[job.store()] -= job.hours();
                decisions.add(new Decision(job, -1, 0, Money.ZERO));
            }
        }
    }

    /** Each store's customers of the four weeks before {@code day} (and its capacity in jobs). */
    private BookingHistory history(int day) {
        List<CapacityDay> days = new ArrayList<>();
        int first = Math.max(-PRIMED_DAYS, day - HISTORY_DAYS);
        for (int s = 0; s < customers.length; s++) {
            Store store = network.storeAt(s);
            int capacity = Math.max(1, store.dailyCapacity());
            for (int d = first; d < day; d++) {
                days.add(new CapacityDay(store.id(), network.today().plusDays(d), capacity,
                        customers[s][PRIMED_DAYS + d]));
            }
        }
        return BookingHistory.of(days);
    }

    /**
     * The network the evening before {@code day}: its stores with their bay-hours for the planner (or none, for
     * the forecast), the technicians in that day (each does general work), and the bookings known for the day.
     */
    private NetworkSnapshot evening(int day, int[] booked, double[] bayHours, double[] bookedHours) {
        LocalDate date = network.today().plusDays(day);
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder()
                .asOf(OffsetDateTime.of(date, LocalTime.MIDNIGHT, network.asOf().getOffset()).minusHours(4));
        for (int s = 0; s < network.storeCount(); s++) {
            Store store = network.storeAt(s);
            builder.addStore(bayHours == null ? store : new Store(store.id(), store.name(), store.region(),
                    store.location(), store.dailyCapacity(), OptionalDouble.of(bayHours[s])));
            builder.addCapacity(new CapacityDay(store.id(), date, Math.max(1, store.dailyCapacity()), booked[s]));
            Workshop workshop = workshops[s];
            for (int t = 0; t < workshop.size(); t++) {
                Technician technician = workshop.technicians().get(t);
                SortedSet<Skill> skills = new TreeSet<>(technician.skills());
                skills.add(Skill.GENERAL);
                builder.addTechnician(new Technician(technician.id(), technician.name(), technician.store(),
                        technician.level(), skills, workshop.isAway(t, day)
                                ? TechnicianStatus.LEAVE : TechnicianStatus.ON_DUTY, List.of()));
            }
        }
        return builder.build();
    }

    private double technicianHours(int store, int day) {
        Workshop workshop = workshops[store];
        int in = 0;
        for (int t = 0; t < workshop.size(); t++) {
            in += workshop.isAway(t, day) ? 0 : 1;
        }
        return in * (double) settings.workingHours();
    }

    private double expectedWalkInHours(int store) {
        return (1 - settings.model().appointmentShare()) * demand.jobsPerDay(store) * demand.meanHours(store);
    }

    private OffsetDateTime at(double hours) {
        return OffsetDateTime.of(network.today(), LocalTime.MIDNIGHT, network.asOf().getOffset())
                .plusSeconds(Math.round(hours * 3600));
    }
}
