package dev.tandem.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * The customers of each day, drawn from the seed alone, so every policy meets the same ones.
 *
 * <p>A store's daily demand is its daily capacity times its load in the snapshot (booked over capacity, averaged
 * over the days given; {@link SimulationSettings#defaultLoad()} where none are), drawn toward the network's mean
 * load by {@link ModelParameters#loadSpread()}. Each stock row sends a Poisson
 * number of jobs that need its part, at the row's average daily demand; the rest of the demand comes as jobs
 * without parts. Job hours average the store's technician hours over its daily capacity, so a store that books
 * its capacity keeps its technicians busy, times {@link ModelParameters#jobHoursScale()}, and vary by
 * {@link ModelParameters#repairSpread()}. Customers with a booking ({@link ModelParameters#appointmentShare()}) come
 * spread evenly over the opening hours; walk-ins come in the first two hours with
 * {@link ModelParameters#morningShare()}, over the rest of the day otherwise. Every customer takes the same random
 * numbers whatever the parameters, so runs of nearby parameters meet nearly the same customers.
 */
final class DemandStream {

    /** Hours after opening that count as the morning rush. */
    private static final double MORNING_HOURS = 2;

    private final NetworkSnapshot network;
    private final SimulationSettings settings;
    private final long seed;
    private final double[] jobsPerDay;
    private final double[] meanHours;
    private final List<List<StockLevel>> rowsByStore;
    private final List<Map.Entry<Skill, Double>> skills;
    private final List<Map.Entry<Level, Double>> levels;

    DemandStream(NetworkSnapshot network, SimulationSettings settings, long seed) {
        this.network = network;
        this.settings = settings;
        this.seed = seed;
        int stores = network.storeCount();
        this.jobsPerDay = new double[stores];
        this.meanHours = new double[stores];
        this.rowsByStore = new ArrayList<>();
        this.skills = settings.jobMix().skillsInOrder();
        this.levels = settings.jobMix().levelsInOrder();
        double[] loads = new double[stores];
        double meanLoad = 0;
        for (int s = 0; s < stores; s++) {
            loads[s] = load(network.storeAt(s));
            meanLoad += loads[s] / stores;
        }
        for (int s = 0; s < stores; s++) {
            Store store = network.storeAt(s);
            double load = Math.max(0, meanLoad + settings.model().loadSpread() * (loads[s] - meanLoad));
            jobsPerDay[s] = store.dailyCapacity() * load;
            long working = network.techniciansOf(store.id()).stream().filter(Workshop::isWorking).count();
            meanHours[s] = settings.model().jobHoursScale() * Math.max(0.5, Math.min(settings.workingHours(),
                    working * settings.workingHours() / (double) Math.max(1, store.dailyCapacity())));
            rowsByStore.add(network.stockOfStore(store.id()));
        }
    }

    /** Expected jobs a day at store {@code s}. */
    double jobsPerDay(int s) {
        return jobsPerDay[s];
    }

    /** Mean workshop hours of a job at store {@code s}. */
    double meanHours(int s) {
        return meanHours[s];
    }

    /** The customers of {@code day}, in order of arrival. */
    List<CustomerJob> day(int day) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + day);
        List<CustomerJob> jobs = new ArrayList<>();
        for (int s = 0; s < network.storeCount(); s++) {
            double partDemand = 0;
            for (StockLevel row : rowsByStore.get(s)) {
                partDemand += row.avgDailyDemand();
                int count = poisson(random, row.avgDailyDemand());
                for (int i = 0; i < count; i++) {
                    jobs.add(job(random, s, day, Optional.of(row.part())));
                }
            }
            int plain = poisson(random, Math.max(0, jobsPerDay[s] - partDemand));
            for (int i = 0; i < plain; i++) {
                jobs.add(job(random, s, day, Optional.empty()));
            }
        }
        jobs.sort(Comparator.comparingDouble(CustomerJob::arrival).thenComparingInt(CustomerJob::store));
        List<CustomerJob> numbered = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            CustomerJob job = jobs.get(i);
            numbered.add(new CustomerJob((long) day * 100_000 + i, job.store(), job.arrival(), job.hours(),
                    job.skill(), job.level(), job.part(), job.offerDraw(), job.patienceDraw(), job.appointment()));
        }
        return numbered;
    }

    private CustomerJob job(SplittableRandom random, int store, int day, Optional<PartNumber> part) {
        ModelParameters model = settings.model();
        double window = Math.max(1, settings.workingHours() - 1);
        double morning = Math.min(MORNING_HOURS, window);
        boolean appointment = random.nextDouble() < model.appointmentShare();
        boolean early = random.nextDouble() < model.morningShare();
        double u = random.nextDouble();
        double offset = appointment ? u * window : early ? u * morning : morning + u * (window - morning);
        double arrival = day * 24.0 + settings.openHour() + offset;
        double hours = meanHours[store] * (1 - model.repairSpread() + 2 * model.repairSpread() * random.nextDouble());
        return new CustomerJob(0, store, arrival, hours, JobMix.draw(skills, random),
                JobMix.draw(levels, random), part, random.nextDouble(), random.nextDouble(), appointment);
    }

    private double load(Store store) {
        return network.capacityOf(store.id()).values().stream()
                .filter(day -> day.capacity() > 0)
                .mapToDouble(CapacityDay::utilization)
                .average()
                .orElse(settings.defaultLoad());
    }

    /** Knuth's method: exact and fast for the small means of one store's day. */
    static int poisson(SplittableRandom random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 500) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
