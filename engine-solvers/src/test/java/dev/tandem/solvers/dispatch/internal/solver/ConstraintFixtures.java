package dev.tandem.solvers.dispatch.internal.solver;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Skill;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.solvers.dispatch.internal.domain.Candidate;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.LendingStore;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;
import dev.tandem.solvers.dispatch.internal.domain.StartSlot;

/**
 * Small hand-made facts and requests for the constraint tests. Today is Friday 2026-11-27; with the 3-day lead
 * time the first day booked far enough ahead is Monday 2026-11-30; technicians have a support window on Tuesday
 * 2026-12-01 from 08:00 to 18:00 unless a test gives others.
 */
final class ConstraintFixtures {

    static final ZoneOffset CST = ZoneOffset.ofHours(8);
    static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    /** Every start a test may use, 08:00 to 17:00 from Saturday to Wednesday, one instance per moment. */
    private static final Map<OffsetDateTime, StartSlot> SLOTS = new LinkedHashMap<>();

    static {
        for (LocalDate day = SATURDAY; !day.isAfter(WEDNESDAY); day = day.plusDays(1)) {
            for (int hour = 8; hour <= 17; hour++) {
                OffsetDateTime time = day.atTime(hour, 0).atOffset(CST);
                SLOTS.put(time, new StartSlot(time));
            }
        }
    }

    private ConstraintFixtures() {
    }

    /** Store {@code n} ({@code S<n>}, "Store n") with its technicians on duty and minimum at home. */
    static LendingStore store(int n, int onDuty, int minimum, LocalDate... overloaded) {
        return new LendingStore(n, dev.tandem.model.StoreId.of("S" + n), "Store " + n, onDuty, minimum,
                Arrays.asList(overloaded));
    }

    static DispatchTechnician technician(int n, String name, LendingStore home, Level level) {
        return technician(n, name, home, level, TechnicianStatus.ON_DUTY, window(TUESDAY, 8, 18));
    }

    static DispatchTechnician technician(int n, String name, LendingStore home, Level level, TechnicianStatus status,
            TimeWindow... windows) {
        Technician technician = Technician.of(String.format("T%03d", n), name, home.getId().value(), level,
                Set.of(Skill.HV_SYSTEM), status, List.of(windows));
        return new DispatchTechnician(n, technician, home);
    }

    static TimeWindow window(LocalDate day, int fromHour, int toHour) {
        return TimeWindow.of(day.atTime(fromHour, 0).atOffset(CST), day.atTime(toHour, 0).atOffset(CST));
    }

    static StartSlot at(LocalDate day, int hour) {
        return SLOTS.get(day.atTime(hour, 0).atOffset(CST));
    }

    /**
     * A candidate with a 30 min, 25 km drive, a 300 CNY trip, the level needed.
     */
    static Candidate candidate(DispatchTechnician technician) {
        return new Candidate(technician, 0, 30 * 60, 25.0, Money.ofYuan(300).cents(), 0, true);
    }

    static Candidate candidate(DispatchTechnician technician, int rank, int driveMinutes, double driveKm,
            long costYuan, int levelsAbove, boolean qualified) {
        return new Candidate(technician, rank, driveMinutes * 60L, driveKm, Money.ofYuan(costYuan).cents(),
                levelsAbove, qualified);
    }

    /** Request {@code id} at Store 9: HV_SYSTEM at T2, 4 hours, priority 3, not urgent, Monday to Wednesday. */
    static RequestBuilder request(String id) {
        return new RequestBuilder(id);
    }

    /** Builds a {@link RequestAssignment} for a test. */
    static final class RequestBuilder {

        private final String id;
        private int priority = 3;
        private Level minimum = Level.T2;
        private int hours = 4;
        private boolean urgent;
        private final List<Candidate> candidates = new ArrayList<>();

        private RequestBuilder(String id) {
            this.id = id;
        }

        RequestBuilder priority(int priority) {
            this.priority = priority;
            return this;
        }

        RequestBuilder minimum(Level minimum) {
            this.minimum = minimum;
            return this;
        }

        RequestBuilder hours(int hours) {
            this.hours = hours;
            return this;
        }

        RequestBuilder urgent() {
            this.urgent = true;
            return this;
        }

        RequestBuilder candidates(Candidate... candidates) {
            this.candidates.addAll(List.of(candidates));
            return this;
        }

        RequestBuilder candidates(DispatchTechnician... technicians) {
            for (DispatchTechnician technician : technicians) {
                candidates.add(candidate(technician));
            }
            return this;
        }

        RequestAssignment unassigned() {
            SupportRequest request = SupportRequest.of(id, "S9", Skill.HV_SYSTEM, minimum, MONDAY, WEDNESDAY,
                    Duration.ofHours(hours), priority);
            if (urgent) {
                request = request.asUrgent();
            }
            return new RequestAssignment(0, request, "Store 9", candidates, List.copyOf(SLOTS.values()), MONDAY);
        }

        /** Assigned to its first candidate at {@code hour} on {@code day}. */
        RequestAssignment at(LocalDate day, int hour) {
            return unassigned().assign(candidates.get(0).technician(), ConstraintFixtures.at(day, hour));
        }
    }
}
