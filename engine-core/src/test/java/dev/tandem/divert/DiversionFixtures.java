package dev.tandem.divert;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * Five stores on a line of latitude: Shenzhen (SZ) overloaded, 26 bay-hours booked on 20, 2 bays, so a 3 h wait;
 * Dongguan (DG) 18 min east with 6 bay-hours free and body-paint on duty; Guangzhou (GZ) 27 min west with 4 free
 * and body-paint; Foshan (FS) 53 min east with 10 free but no body-paint; Huizhou (HZ) far east with room.
 * Shenzhen's jobs: 11 battery jobs (nobody near has the skill) and 2 body-paint jobs, 2 h each, walk-ins.
 */
final class DiversionFixtures {

    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");

    private DiversionFixtures() {
    }

    static NetworkSnapshot network() {
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(AS_OF);
        store(builder, "SZ", "Shenzhen", 114.0, Skill.HV_SYSTEM);
        store(builder, "DG", "Dongguan", 114.1, Skill.BODY_PAINT);
        store(builder, "GZ", "Guangzhou", 113.85, Skill.BODY_PAINT);
        store(builder, "FS", "Foshan", 114.3, Skill.GENERAL);
        store(builder, "HZ", "Huizhou", 115.5, Skill.BODY_PAINT);
        return builder.build();
    }

    private static void store(NetworkSnapshot.Builder builder, String id, String name, double lon, Skill skill) {
        builder.addStore(Store.of(id, name, "PRD", 23.0, lon, 10));
        builder.addTechnician(Technician.of("T-" + id, "Tech " + id, id, Level.T2, Set.of(skill),
                TechnicianStatus.ON_DUTY, List.of()));
        builder.addCapacity(new CapacityDay(StoreId.of(id), LocalDate.of(2026, 11, 27), 10, 0));
    }

    static List<Job> jobs() {
        List<Job> jobs = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            jobs.add(Job.walkIn(String.format("SZ-HV%02d", i), "SZ", 2, Skill.HV_SYSTEM));
        }
        jobs.add(Job.walkIn("SZ-BP1", "SZ", 2, Skill.BODY_PAINT));
        jobs.add(Job.walkIn("SZ-BP2", "SZ", 2, Skill.BODY_PAINT));
        for (int i = 1; i <= 7; i++) {
            jobs.add(Job.walkIn("DG" + i, "DG", 2, Skill.GENERAL));
        }
        for (int i = 1; i <= 8; i++) {
            jobs.add(Job.walkIn("GZ" + i, "GZ", 2, Skill.GENERAL));
        }
        for (int i = 1; i <= 5; i++) {
            jobs.add(Job.walkIn("FS" + i, "FS", 2, Skill.GENERAL));
        }
        return jobs;
    }

    static DiversionProblem problem(DiversionSettings settings) {
        NetworkSnapshot network = network();
        return DiversionProblem.of(network, jobs(), settings, DriveIndex.of(network));
    }
}
