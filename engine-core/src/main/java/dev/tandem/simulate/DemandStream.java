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
 * over the days given; {@link SimulationSettings#defaultLoad()} where none are). Each stock row sends a Poisson
 * number of jobs that need its part, at the row's average daily demand; the rest of the demand comes as jobs
 * without parts. Job hours average the store's technician hours over its daily capacity, so a store that books
 * its capacity keeps its technicians busy. Arrivals are spread over the opening hours.
 */
final class DemandStream {

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
        for (int s = 0; s < stores; s++) {
            Store store = network.storeAt(s);
            jobsPerDay[s] = store.dailyCapacity() * load(store);
            long working = network.techniciansOf(store.id()).stream().filter(Workshop::isWorking).count();
            meanHours[s] = Math.max(0.5, Math.min(settings.workingHours(),
                    working * settings.workingHours() / (double) Math.max(1, store.dailyCapacity())));
            rowsByStore.add(network.stockOfStore(store.id()));
        }
    }

    /** Expected jobs a day at store {@code s}. */
    double jobsPerDay(int s) {
        return jobsPerDay[s];
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
                    job.skill(), job.level(), job.part(), job.offerDraw(), job.patienceDraw()));
        }
        return numbered;
    }

    private CustomerJob job(SplittableRandom random, int store, int day, Optional<PartNumber> part) {
        double arrival = day * 24.0 + settings.openHour() + random.nextDouble() * (settings.workingHours() - 1);
        double hours = meanHours[store] * (0.5 + random.nextDouble());
        return new CustomerJob(0, store, arrival, hours, JobMix.draw(skills, random),
                JobMix.draw(levels, random), part, random.nextDouble(), random.nextDouble());
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
