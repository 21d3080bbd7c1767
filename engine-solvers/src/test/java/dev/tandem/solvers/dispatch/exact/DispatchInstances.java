package dev.tandem.solvers.dispatch.exact;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.RequestId;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;

/** Dispatch problems for the exact model's tests, deterministic for a seed. */
final class DispatchInstances {

    static final OffsetDateTime AS_OF = GeneratorSpec.DEFAULT_AS_OF;
    private static final List<Skill> SKILLS = List.of(Skill.GENERAL, Skill.HV_SYSTEM);

    private DispatchInstances() {
    }

    static DispatchProblem problem(NetworkSnapshot network, List<SupportRequest> requests, DispatchSettings settings) {
        return DispatchProblem.of(network, requests, settings, DriveIndex.of(network));
    }

    /**
     * A generated network of 15 stores and 60 technicians, and generated requests; the support windows fall in
     * the coming week, where most requests are, so technicians are in demand.
     */
    static DispatchProblem small(long seed, int requests) {
        NetworkSnapshot network = NetworkGenerator.generate(new GeneratorSpec(15, 10, 60, 7, seed, AS_OF));
        return problem(network, RequestGenerator.generate(network, requests, seed), DispatchSettings.DEFAULT);
    }

    /**
     * A tiny network where every rule binds: 4 stores up to about 60 km apart, 8 technicians with support windows
     * on most days, some of them off duty, stores overloaded on some days, a 5-hour working day and one-day
     * requests of 2 to 5 hours on two days, so each has at most 4 candidates and 4 starts; some urgent (one a day
     * early), some pinned to any technician, qualified or not.
     */
    static DispatchProblem tiny(long seed, int requestCount) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = AS_OF.toLocalDate();
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(AS_OF);
        int stores = 4;
        for (int s = 1; s <= stores; s++) {
            builder.addStore(Store.of("S" + s, "Store " + s, "R1", 23.0 + random.nextDouble(0.3),
                    113.0 + random.nextDouble(0.3), 10));
            for (int day = 2; day <= 4; day++) {
                builder.addCapacity(new CapacityDay(StoreId.of("S" + s), today.plusDays(day), 10,
                        random.nextDouble() < 0.15 ? 10 : 8));
            }
        }
        List<Technician> technicians = new ArrayList<>();
        for (int t = 1; t <= 8; t++) {
            TreeSet<Skill> skills = new TreeSet<>();
            skills.add(SKILLS.get(random.nextInt(SKILLS.size())));
            if (random.nextDouble() < 0.5) {
                skills.addAll(SKILLS);
            }
            List<TimeWindow> windows = new ArrayList<>();
            for (int day = 2; day <= 4; day++) {
                if (random.nextDouble() < 0.9) {
                    LocalDate date = today.plusDays(day);
                    windows.add(TimeWindow.of(date.atTime(6 + random.nextInt(4), 0).atOffset(AS_OF.getOffset()),
                            date.atTime(18, 0).atOffset(AS_OF.getOffset())));
                }
            }
            technicians.add(new Technician(TechnicianId.of("T" + t), "Technician " + t,
                    StoreId.of("S" + (1 + random.nextInt(stores))), Level.values()[random.nextInt(3)], skills,
                    random.nextDouble() < 0.75 ? TechnicianStatus.ON_DUTY : TechnicianStatus.OFF, windows));
        }
        NetworkSnapshot network = builder.addTechnicians(technicians).build();
        List<SupportRequest> requests = new ArrayList<>();
        for (int r = 1; r <= requestCount; r++) {
            boolean urgent = random.nextDouble() < 0.3;
            LocalDate day = today.plusDays((urgent ? 2 : 3) + random.nextInt(2));
            Optional<TechnicianId> pinned = random.nextDouble() < 0.1
                    ? Optional.of(technicians.get(random.nextInt(technicians.size())).id()) : Optional.empty();
            requests.add(new SupportRequest(RequestId.of("R" + r), StoreId.of("S" + (1 + random.nextInt(stores))),
                    SKILLS.get(random.nextInt(SKILLS.size())), random.nextDouble() < 0.8 ? Level.T1 : Level.T2, day,
                    day, Duration.ofHours(2 + random.nextInt(4)), 1 + random.nextInt(5), pinned, Optional.empty(),
                    urgent));
        }
        DispatchSettings d = DispatchSettings.DEFAULT;
        DispatchSettings settings = new DispatchSettings(d.leadDays(), 1, LocalTime.of(8, 0), LocalTime.of(13, 0), 4,
                d.subsidy(), d.travelPerKm(), d.lodgingPerNight(), d.overQualificationPerLevel(), d.fairnessPerTrip(),
                d.thresholds());
        return problem(network, requests, settings);
    }
}
