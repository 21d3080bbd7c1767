package dev.tandem.sample;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.tandem.divert.Job;
import dev.tandem.divert.JobId;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * Generates the day's jobs of a network for customer diversion (SOP 3), deterministic for a seed.
 *
 * <ul>
 *   <li>Stores get jobs in proportion to today's booked capacity (stores without a capacity row count their daily
 *       capacity), and each store's jobs book {@code surge × booked × 2} bay-hours: with a surge of 1 the day is
 *       as busy as the snapshot says, above 1 a rush day.</li>
 *   <li>Durations split a store's hours at random, in quarter hours from 0.5 to 8 h.</li>
 *   <li>The skill is a technician's drawn uniformly from the network; 60 % are booked at a whole hour from 10:00
 *       to 17:00 today, the others walk in; the longest drive accepted is 30, 45, 60 or 90 minutes; 10 % are
 *       VIPs.</li>
 * </ul>
 * Ids are {@code J00001}, {@code J00002}, ... in store order.
 */
public final class JobGenerator {

    private static final int[] MAX_DRIVES = {30, 45, 60, 90};

    private JobGenerator() {
    }

    /**
     * @param network a network with at least one technician when {@code count > 0}
     * @param count the number of jobs, 0 or more
     * @param surge the day's load against the snapshot's booked capacity, more than 0
     */
    public static List<Job> generate(NetworkSnapshot network, int count, double surge, long seed) {
        Objects.requireNonNull(network, "network");
        checkArgument(count >= 0, "The number of jobs (%s) must be 0 or more.", count);
        checkArgument(surge > 0, "The surge (%s) must be more than 0.", surge);
        checkArgument(count == 0 || network.technicianCount() > 0,
                "The network has no technicians to draw the skills of %s jobs from.", count);
        SplittableRandom random = new SplittableRandom(seed);
        int stores = network.storeCount();
        double[] booked = new double[stores];
        double total = 0;
        for (int s = 0; s < stores; s++) {
            Store store = network.storeAt(s);
            booked[s] = network.capacity(store.id(), network.today()).map(CapacityDay::booked)
                    .orElse(store.dailyCapacity());
            total += booked[s];
        }
        List<Job> jobs = new ArrayList<>(count);
        double carried = 0;
        int made = 0;
        OffsetDateTime day = network.today().atStartOfDay().atOffset(network.asOf().getOffset());
        for (int s = 0; s < stores && made < count; s++) {
            carried += total == 0 ? (double) count / stores : count * booked[s] / total;
            int here = s == stores - 1 ? count - made : Math.min(count - made, (int) Math.round(carried) - made);
            if (here <= 0) {
                continue;
            }
            double hours = surge * booked[s] * 2;
            double[] shares = new double[here];
            double sum = 0;
            for (int k = 0; k < here; k++) {
                shares[k] = 0.5 + random.nextDouble();
                sum += shares[k];
            }
            for (int k = 0; k < here; k++) {
                double raw = hours * shares[k] / sum;
                long quarters = Math.max(2, Math.min(32, Math.round(raw * 4)));
                Skill skill = pickSkill(network, random);
                Optional<OffsetDateTime> at = random.nextDouble() < 0.6
                        ? Optional.of(day.plusHours(random.nextInt(10, 18))) : Optional.empty();
                jobs.add(new Job(JobId.of(String.format("J%05d", made + 1)), network.storeAt(s).id(),
                        Duration.ofMinutes(quarters * 15), skill, at,
                        Duration.ofMinutes(MAX_DRIVES[random.nextInt(MAX_DRIVES.length)]), random.nextDouble() < 0.1));
                made++;
            }
        }
        return jobs;
    }

    private static Skill pickSkill(NetworkSnapshot network, SplittableRandom random) {
        List<Skill> skills = List.copyOf(network.technicianAt(random.nextInt(network.technicianCount())).skills());
        return skills.get(random.nextInt(skills.size()));
    }
}
