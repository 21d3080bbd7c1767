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
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * Generates realistic support requests (SOP 2) for a network, deterministic for a seed.
 *
 * <ul>
 *   <li>The requesting store is drawn uniformly; the skill is one of a technician's drawn uniformly from the
 *       network, so common skills are asked for often and every skill asked for exists somewhere.</li>
 *   <li>Minimum level T1, T2, T3 with weights 40, 40, 20 %.</li>
 *   <li>The earliest day is 1 to 10 days after the snapshot's date; the latest is 0 to 4 days after the earliest.</li>
 *   <li>Work of 2 to 8 whole hours; priority 1 to 5, uniform.</li>
 *   <li>10 % are urgent (no booking lead time); 3 % pin a technician, a qualified one (not on leave) of another
 *       store, when there is one.</li>
 * </ul>
 *
 * <p>Ids are {@code R0001}, {@code R0002}, ... in the order generated. {@code O(count + technicians)} plus, for the
 * pinned few, a scan of the technicians each.
 */
public final class RequestGenerator {

    private static final double URGENT_SHARE = 0.10;
    private static final double PINNED_SHARE = 0.03;

    private RequestGenerator() {
    }

    /**
     * @param network a network with at least one store and one technician
     * @param count the number of requests, 0 or more
     * @param seed the random seed; the same network, count and seed always give the same requests
     */
    public static List<SupportRequest> generate(NetworkSnapshot network, int count, long seed) {
        Objects.requireNonNull(network, "network");
        checkArgument(count >= 0, "The number of requests (%s) must be 0 or more.", count);
        checkArgument(count == 0 || network.technicianCount() > 0,
                "The network has no technicians to draw the skills of %s requests from.\n"
                        + "Maybe generate the network with technicians.", count);
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = network.today();
        List<SupportRequest> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Store store = network.storeAt(random.nextInt(network.storeCount()));
            Technician source = network.technicianAt(random.nextInt(network.technicianCount()));
            List<Skill> skills = List.copyOf(source.skills());
            Skill skill = skills.get(random.nextInt(skills.size()));
            double levelRoll = random.nextDouble();
            Level level = levelRoll < 0.4 ? Level.T1 : levelRoll < 0.8 ? Level.T2 : Level.T3;
            LocalDate earliest = today.plusDays(1 + random.nextInt(10));
            LocalDate latest = earliest.plusDays(random.nextInt(5));
            Duration duration = Duration.ofHours(2 + random.nextInt(7));
            int priority = 1 + random.nextInt(5);
            boolean urgent = random.nextDouble() < URGENT_SHARE;
            Optional<TechnicianId> pinned = random.nextDouble() < PINNED_SHARE
                    ? pinnable(network, store, skill, level, random) : Optional.empty();
            requests.add(new SupportRequest(RequestId.of(String.format("R%04d", i + 1)), store.id(), skill, level,
                    earliest, latest, duration, priority, pinned, Optional.empty(), urgent));
        }
        return requests;
    }

    /** A qualified technician of another store, not on leave, drawn uniformly; empty when there is none. */
    private static Optional<TechnicianId> pinnable(NetworkSnapshot network, Store store, Skill skill, Level level,
            SplittableRandom random) {
        List<TechnicianId> qualified = new ArrayList<>();
        for (Technician technician : network.technicians()) {
            if (technician.isQualifiedFor(skill, level) && technician.status() != TechnicianStatus.LEAVE
                    && !technician.store().equals(store.id())) {
                qualified.add(technician.id());
            }
        }
        return qualified.isEmpty() ? Optional.empty() : Optional.of(qualified.get(random.nextInt(qualified.size())));
    }
}
