package dev.tandem.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;

class WorkshopTest {

    private static final Technician BODY = Technician.of("T1", "Body", "SZ", Level.T2, Set.of(Skill.BODY_PAINT),
            TechnicianStatus.ON_DUTY, List.of());
    private static final Technician EXPERT = Technician.of("T2", "Expert", "SZ", Level.T3, Set.of(Skill.HV_SYSTEM),
            TechnicianStatus.ON_DUTY, List.of());

    private final Workshop workshop = new Workshop(List.of(BODY, EXPERT), new int[] {10, 11}, 9, 18);

    @Test
    void aSpecialistJobWaitsForTheOnlyTechnicianWithTheSkill() {
        Workshop.Slot first = workshop.earliest(10.0, 3, Skill.HV_SYSTEM, Level.T3).orElseThrow();
        assertThat(first).isEqualTo(new Workshop.Slot(1, 10.0));
        workshop.book(first, 3);
        assertThat(workshop.earliest(10.5, 1, Skill.HV_SYSTEM, Level.T2).orElseThrow().start()).isEqualTo(13.0);
        assertThat(workshop.earliest(10.5, 1, Skill.ADAS, Level.T1)).isEmpty();
        assertThat(workshop.canServe(Skill.BODY_PAINT, Level.T3)).isFalse();
    }

    @Test
    void everyoneDoesGeneralWorkAtTheirLevel() {
        assertThat(workshop.canServe(Skill.GENERAL, Level.T3)).isTrue();
        assertThat(workshop.earliest(10.0, 1, Skill.GENERAL, Level.T3).orElseThrow().technician()).isEqualTo(1);
        assertThat(workshop.earliest(10.0, 1, Skill.GENERAL, Level.T1).orElseThrow().technician()).isZero();
    }

    @Test
    void workStartsInOpeningHoursMayRunLateAndSkipsDaysAway() {
        assertThat(workshop.earliest(6.0, 2, Skill.BODY_PAINT, Level.T1).orElseThrow().start()).isEqualTo(9.0);
        workshop.book(new Workshop.Slot(0, 17.5), 2);
        assertThat(workshop.earliest(17.6, 1, Skill.BODY_PAINT, Level.T1).orElseThrow().start())
                .isEqualTo(24 + 9.0);
        workshop.sendAway(10, 1, 10);
        assertThat(workshop.earliest(17.6, 1, Skill.BODY_PAINT, Level.T1).orElseThrow().start())
                .isEqualTo(48 + 9.0);
        assertThat(workshop.busyHours()).isEqualTo(12.0);
    }
}
