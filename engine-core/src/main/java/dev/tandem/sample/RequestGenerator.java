package dev.tandem.sample;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

import dev.tandem.model.Level;
import dev.tandem.model.RequestId;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;

/**
 * Generates realistic technician support requests (SOP 2) for a network, deterministic for a seed.
 *
 * <ul>
 *   <li>Requests come from stores in proportion to their daily capacity: busy stores meet more complex faults.</li>
 *   <li>The skill is that of a randomly drawn working technician of the network, so common skills are asked for
 *       often and a skill nobody has never is; the minimum level is T1 (50 %), T2 (35 %) or T3 (15 %).</li>
 *   <li>The earliest day is 1 to 10 days after today (within the horizon), the latest 0 to 4 days after the
 *       earliest (within the horizon); the work takes 2 to 8 whole hours; the priority is 1 to 5.</li>
 *   <li>About 10 % are urgent (no booking lead time). About 3 % were already agreed between the stores: they
 *       name the nearest qualified technician of another store who has a support window long enough on an
 *       allowed day, and that day; a request for which no such technician exists is left unpinned.</li>
 * </ul>
 *
 * <p>Ids are {@code R00001}, {@code R00002}, ... in generation order.
 */
public final class RequestGenerator {

    private static final double URGENT_SHARE = 0.10;
    private static final double PINNED_SHARE = 0.03;
    private static final int LEAD_DAYS = 3;

    private final NetworkSnapshot network;
    private final int horizonDays;
    private final SplittableRandom random;
    private final double[] cumulativeCapacity;
    private final List<Technician> working;

    private RequestGenerator(NetworkSnapshot network, long seed, int horizonDays) {
        this.network = network;
        this.horizonDays = horizonDays;
        this.random = new SplittableRandom(seed);
        this.cumulativeCapacity = new double[network.storeCount()];
        double total = 0;
        for (int s = 0; s < network.storeCount(); s++) {
            total += network.storeAt(s).dailyCapacity();
            cumulativeCapacity[s] = total;
        }
        this.working = network.technicians().stream()
                .filter(technician -> technician.status() != TechnicianStatus.LEAVE).toList();
    }

    /**
     * Generates {@code count} requests for {@code network}.
     *
     * @param horizonDays the days after today that requests may fall on, 1 or more
     * @throws IllegalArgumentException if {@code count} is negative, the horizon is not positive, or requests are
     *     asked of a network without working technicians
     */
    public static List<SupportRequest> generate(NetworkSnapshot network, int count, long seed, int horizonDays) {
        Objects.requireNonNull(network, "network");
        checkArgument(count >= 0, "The count (%s) of requests must be 0 or more.", count);
        checkArgument(horizonDays >= 1, "The horizonDays (%s) must be 1 or more.", horizonDays);
        RequestGenerator generator = new RequestGenerator(network, seed, horizonDays);
        checkArgument(count == 0 || !generator.working.isEmpty(),
                "The network has no working technician to draw request skills from.%n"
                        + "Maybe generate a network with technicians.");
        List<SupportRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(generator.next(i));
        }
        return List.copyOf(requests);
    }

    private SupportRequest next(int i) {
        Store store = network.storeAt(pickStore());
        Technician sample = working.get(random.nextInt(working.size()));
        List<Skill> skills = List.copyOf(sample.skills());
        Skill skill = skills.get(random.nextInt(skills.size()));
        double levelRoll = random.nextDouble();
        Level minimum = levelRoll < 0.50 ? Level.T1 : levelRoll < 0.85 ? Level.T2 : Level.T3;
        LocalDate today = network.today();
        LocalDate earliest = today.plusDays(1 + random.nextInt(Math.min(10, horizonDays)));
        LocalDate last = today.plusDays(horizonDays);
        LocalDate latest = earliest.plusDays(random.nextInt(5));
        if (latest.isAfter(last)) {
            latest = last;
        }
        Duration duration = Duration.ofHours(2 + random.nextInt(7));
        int priority = 1 + random.nextInt(5);
        boolean urgent = random.nextDouble() < URGENT_SHARE;
        boolean pinned = random.nextDouble() < PINNED_SHARE;
        SupportRequest request = new SupportRequest(RequestId.of(String.format("R%05d", i + 1)), store.id(), skill,
                minimum, earliest, latest, duration, priority, Optional.empty(), Optional.empty(), urgent);
        return pinned ? pin(request) : request;
    }

    private int pickStore() {
        double roll = random.nextDouble(cumulativeCapacity[cumulativeCapacity.length - 1]);
        for (int s = 0; s < cumulativeCapacity.length; s++) {
            if (roll < cumulativeCapacity[s]) {
                return s;
            }
        }
        return cumulativeCapacity.length - 1;
    }

    /** Names the nearest qualified technician with a long enough window on an allowed day, if any. */
    private SupportRequest pin(SupportRequest request) {
        LocalDate first = request.urgent() ? request.earliest() : max(request.earliest(),
                network.today().plusDays(LEAD_DAYS));
        Technician best = null;
        LocalDate bestDay = null;
        double bestMinutes = Double.POSITIVE_INFINITY;
        for (Technician technician : working) {
            if (technician.store().equals(request.store())
                    || !technician.isQualifiedFor(request.skill(), request.minimumLevel())) {
                continue;
            }
            double minutes = network.leg(technician.store(), request.store()).driveMinutes();
            if (minutes >= bestMinutes) {
                continue;
            }
            Duration needed = request.duration().plusMinutes(Math.round(2 * minutes) + 60);
            for (TimeWindow window : technician.supportWindows()) {
                LocalDate day = window.from().toLocalDate();
                if (!day.isBefore(first) && !day.isAfter(request.latest())
                        && window.duration().compareTo(needed) >= 0) {
                    best = technician;
                    bestDay = day;
                    bestMinutes = minutes;
                    break;
                }
            }
        }
        return best == null ? request : request.withPinnedTechnician(best.id()).withPinnedDate(bestDay);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
