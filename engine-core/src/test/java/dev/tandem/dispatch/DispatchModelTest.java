package dev.tandem.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.io.request.RequestJson;
import dev.tandem.travel.DriveIndex;
import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.TechnicianId;
import dev.tandem.network.InvalidInputException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;
import dev.tandem.model.PlanValidation;
import dev.tandem.sample.SampleNetworks;

/** The dispatch problem, its objective, plans, explanations and validator on the South China sample. */
class DispatchModelTest {

    private static final NetworkSnapshot SOUTH_CHINA = SampleNetworks.southChina();
    /** Shenzhen's battery fault on Wednesday: the playbook's case. */
    private static final SupportRequest BATTERY = SupportRequest.of("R1", "SZ", Skill.HV_SYSTEM, Level.T3,
            LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 2), Duration.ofHours(4), 5);

    private static DispatchProblem problem(List<SupportRequest> requests) {
        return DispatchProblem.of(SOUTH_CHINA, requests, DispatchSettings.DEFAULT, DriveIndex.of(SOUTH_CHINA));
    }

    private static DispatchPlanValidator validator() {
        DispatchSettings settings = DispatchSettings.DEFAULT;
        return new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(), settings.thresholds());
    }

    @Test
    void candidatesAreQualifiedTechniciansOfOtherStoresNearestFirst() {
        DispatchProblem problem = problem(List.of(BATTERY));

        int[] candidates = problem.candidates(0);

        assertThat(candidates).isNotEmpty();
        for (int t : candidates) {
            assertThat(SOUTH_CHINA.technicianAt(t).isQualifiedFor(Skill.HV_SYSTEM, Level.T3)).isTrue();
            assertThat(SOUTH_CHINA.technicianAt(t).store().value()).isNotEqualTo("SZ");
        }
        assertThat(problem.starts(0)).isNotEmpty().allSatisfy(start -> {
            assertThat(start.toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 2));
            assertThat(start.getHour()).isBetween(8, 14);
        });
    }

    @Test
    void leadTimeRemovesStartsUnlessUrgent() {
        SupportRequest tomorrow = SupportRequest.of("R2", "SZ", Skill.HV_SYSTEM, Level.T2, LocalDate.of(2026, 11, 28),
                LocalDate.of(2026, 11, 28), Duration.ofHours(2), 3);

        assertThat(problem(List.of(tomorrow)).starts(0)).isEmpty();
        assertThat(problem(List.of(tomorrow.asUrgent())).starts(0)).isNotEmpty();
    }

    @Test
    void aFeasibleTripScoresItsCostAndValidatesAndAnUnassignedRequestExplainsItself() {
        DispatchProblem problem = problem(List.of(BATTERY));
        int cao = SOUTH_CHINA.technicianIndex(TechnicianId.of("T031"));
        OffsetDateTime elevenOClock = OffsetDateTime.parse("2026-12-02T11:00:00+08:00");

        Dispatch assigned = new Dispatch(problem, new int[] {cao}, new OffsetDateTime[] {elevenOClock});
        Dispatch empty = new Dispatch(problem, new int[] {Dispatch.UNASSIGNED}, new OffsetDateTime[] {null});

        assertThat(assigned.score()).isEqualTo(new DispatchScore(0, 0, problem.tripCost(0, cao)
                + 2 * DispatchSettings.DEFAULT.fairnessPerTrip().cents()));
        assertThat(empty.score()).isEqualTo(new DispatchScore(0, 5, 0));
        DispatchPlan plan = DispatchPlans.of("hand", assigned);
        assertThat(plan.trips()).singleElement().satisfies(trip -> {
            assertThat(trip.reason()).startsWith("Cao Rui (T3, the level asked for) from Jiangmen Pengjiang: ");
            assertThat(trip.departure()).isBefore(trip.start());
        });
        assertThat(validator().validate(SOUTH_CHINA, List.of(BATTERY), plan).violations()).isEmpty();
        assertThat(DispatchPlans.of("hand", empty).unassigned()).singleElement()
                .satisfies(unassigned -> assertThat(unassigned.blockedBy()).isNotEmpty());
    }

    @Test
    void theValidatorAndTheScoreCatchATripOutsideTheSupportWindow() {
        DispatchProblem problem = problem(List.of(BATTERY));
        int cao = SOUTH_CHINA.technicianIndex(TechnicianId.of("T031"));
        OffsetDateTime tooEarly = OffsetDateTime.parse("2026-12-02T08:00:00+08:00");

        Dispatch dispatch = new Dispatch(problem, new int[] {cao}, new OffsetDateTime[] {tooEarly});
        PlanValidation validation = validator().validate(SOUTH_CHINA, List.of(BATTERY),
                DispatchPlans.of("hand", dispatch));

        assertThat(dispatch.score().hard()).isEqualTo(1);
        assertThat(validation.violations()).singleElement().asString().contains("no support window covers");
    }

    @Test
    void requestsRoundTripThroughJsonAndBadOnesAreListedWithTheirPlace() {
        List<SupportRequest> requests = List.of(BATTERY, BATTERY.withPinnedTechnician(TechnicianId.of("T031")));
        List<SupportRequest> renamed = List.of(requests.get(0), new SupportRequest(
                dev.tandem.model.RequestId.of("R2"), BATTERY.store(), BATTERY.skill(), BATTERY.minimumLevel(),
                BATTERY.earliest(), BATTERY.latest(), BATTERY.duration(), BATTERY.priority(),
                requests.get(1).pinnedTechnician(), BATTERY.pinnedDate(), true));

        String json = RequestJson.toJson(renamed);

        assertThat(RequestJson.read(json.getBytes(StandardCharsets.UTF_8), "requests.json", SOUTH_CHINA))
                .isEqualTo(renamed);
        String bad = json.replace("\"store\": \"SZ\"", "\"store\": \"XX\"").replace("\"priority\": 5", "\"priority\": 9")
                .replace("\"pinnedTechnician\": \"T031\"", "\"pinnedTechnician\": \"T999\"");
        assertThatThrownBy(() -> RequestJson.read(bad.getBytes(StandardCharsets.UTF_8), "bad.json", SOUTH_CHINA))
                .hasMessageStartingWith("The request file (bad.json) has 5 problems:")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InputError::toString).contains("requests[0].store: unknown store \"XX\"",
                                "requests[1].pinnedTechnician: unknown technician \"T999\"",
                                "requests[0].priority: 9 must be from 1 to 5"));
    }
}
