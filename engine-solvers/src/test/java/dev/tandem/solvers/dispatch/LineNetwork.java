package dev.tandem.solvers.dispatch;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;

/**
 * A hand-made network on a line of longitude, the requesting store R at 0 km and lenders A (10 km), B (20 km) and
 * C (40 km), on Friday 2026-11-27; the work is on Tuesday 2026-12-01.
 *
 * <ul>
 *   <li>A: Tech A1 (T2, HV_SYSTEM, free on Tuesday 08:00-18:00), Tech A2 and Tech A3 (T1, GENERAL).</li>
 *   <li>B: Tech B1 (T3, HV_SYSTEM, free on Tuesday), Tech B2 (T1, GENERAL); B is overloaded on Tuesday.</li>
 *   <li>C: Tech C1 (T2, HV_SYSTEM, no support window), Tech C2 (T1, GENERAL).</li>
 * </ul>
 *
 * Requests R1 and R2 at R need HV_SYSTEM at T2 for 7 hours on Tuesday: one technician cannot do both.
 */
final class LineNetwork {

    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private LineNetwork() {
    }

    static NetworkSnapshot network(Technician... extra) {
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(AS_OF)
                .addStore(store("R", 0)).addStore(store("A", 10)).addStore(store("B", 20))
                .addStore(store("C", 40))
                .addPart(Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)))
                .addTechnician(technician("A1", "A", Level.T2, Skill.HV_SYSTEM, tuesday()))
                .addTechnician(technician("A2", "A", Level.T1, Skill.GENERAL))
                .addTechnician(technician("A3", "A", Level.T1, Skill.GENERAL))
                .addTechnician(technician("B1", "B", Level.T3, Skill.HV_SYSTEM, tuesday()))
                .addTechnician(technician("B2", "B", Level.T1, Skill.GENERAL))
                .addTechnician(technician("C1", "C", Level.T2, Skill.HV_SYSTEM))
                .addTechnician(technician("C2", "C", Level.T1, Skill.GENERAL))
                .addCapacity(new CapacityDay(dev.tandem.model.StoreId.of("B"), TUESDAY, 20, 26));
        for (Technician technician : extra) {
            builder.addTechnician(technician);
        }
        return builder.build();
    }

    static DispatchProblem problem(NetworkSnapshot network) {
        return DispatchProblem.of(network, List.of(request("R1", 3), request("R2", 5)), DispatchSettings.DEFAULT,
                DriveIndex.of(network));
    }

    /**
     * Store B lends to R (10 km) and has two on duty, B1 (free on Tuesday) and B2 (no support window), and keeps
     * one: two 3-hour requests on Tuesday fit B1 one after the other.
     */
    static DispatchProblem twoOnDutyOneLendable() {
        NetworkSnapshot network = NetworkSnapshot.builder().asOf(AS_OF)
                .addStore(store("R", 0)).addStore(store("B", 10))
                .addTechnician(technician("B1", "B", Level.T2, Skill.HV_SYSTEM, tuesday()))
                .addTechnician(technician("B2", "B", Level.T2, Skill.HV_SYSTEM))
                .build();
        List<SupportRequest> requests = List.of(
                SupportRequest.of("R1", "R", Skill.HV_SYSTEM, Level.T2, TUESDAY, TUESDAY, Duration.ofHours(3), 3),
                SupportRequest.of("R2", "R", Skill.HV_SYSTEM, Level.T2, TUESDAY, TUESDAY, Duration.ofHours(3), 2));
        return DispatchProblem.of(network, requests, DispatchSettings.DEFAULT, DriveIndex.of(network));
    }

    static SupportRequest request(String id, int priority) {
        return SupportRequest.of(id, "R", Skill.HV_SYSTEM, Level.T2, TUESDAY, TUESDAY, Duration.ofHours(7),
                priority);
    }

    static Technician technician(String id, String store, Level level, Skill skill, TimeWindow... windows) {
        return Technician.of(id, "Tech " + id, store, level, Set.of(skill), TechnicianStatus.ON_DUTY,
                List.of(windows));
    }

    static TimeWindow tuesday() {
        return TimeWindow.of(TUESDAY.atTime(8, 0).atOffset(AS_OF.getOffset()),
                TUESDAY.atTime(18, 0).atOffset(AS_OF.getOffset()));
    }

    static OffsetDateTime tuesdayAt(int hour) {
        return TUESDAY.atTime(hour, 0).atOffset(AS_OF.getOffset());
    }

    private static Store store(String id, double kmEast) {
        double lon = 113.0 + kmEast / (111.32 * Math.cos(Math.toRadians(23.0)));
        return Store.of(id, "Store " + id, "PRD", 23.0, lon, 20);
    }
}
