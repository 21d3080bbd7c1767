package dev.tandem.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Level;
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
import dev.tandem.travel.HaversineTravel;

class GreedyDispatcherTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");
    /** The first day a request booked today may be served: today plus the 3-day lead time. */
    private static final LocalDate DAY = AS_OF.toLocalDate().plusDays(3);
    private static final Duration NO_LIMIT = Duration.ofSeconds(10);
    /** One minute a kilometre on straight lines, so drive minutes equal kilometres. */
    private static final HaversineTravel TRAVEL = new HaversineTravel(1.0, 60);

    private final GreedyDispatcher greedy = new GreedyDispatcher();

    /** The requesting store A; B about 10 km away, C about 31 km, D about 102 km (a regional trip). */
    private static NetworkSnapshot.Builder network() {
        return NetworkSnapshot.builder().asOf(AS_OF).travel(TRAVEL)
                .addStore(Store.of("A", "Requester", "R1", 23.0, 113.0, 20))
                .addStore(Store.of("B", "Near", "R1", 23.0, 113.1, 20))
                .addStore(Store.of("C", "Farther", "R1", 23.0, 113.3, 20))
                .addStore(Store.of("D", "Regional", "R2", 23.0, 114.0, 20));
    }

    private static Technician technician(String id, String store, Level level, TechnicianStatus status,
            TimeWindow... windows) {
        return Technician.of(id, "Technician " + id, store, level, Set.of(Skill.HV_SYSTEM), status, List.of(windows));
    }

    private static Technician onDuty(String id, String store, TimeWindow... windows) {
        return technician(id, store, Level.T2, TechnicianStatus.ON_DUTY, windows);
    }

    private static TimeWindow window(LocalDate day, int fromHour, int toHour) {
        return TimeWindow.of(day.atTime(fromHour, 0).atOffset(AS_OF.getOffset()),
                day.atTime(toHour, 0).atOffset(AS_OF.getOffset()));
    }

    private static TimeWindow allDay(LocalDate day) {
        return window(day, 0, 23);
    }

    private static SupportRequest request(String id, int hours, int priority) {
        return request(id, DAY, DAY, hours, priority);
    }

    private static SupportRequest request(String id, LocalDate earliest, LocalDate latest, int hours, int priority) {
        return SupportRequest.of(id, "A", Skill.HV_SYSTEM, Level.T2, earliest, latest, Duration.ofHours(hours),
                priority);
    }

    private static DispatchProblem problem(NetworkSnapshot network, List<SupportRequest> requests) {
        return problem(network, requests, DispatchSettings.DEFAULT);
    }

    private static DispatchProblem problem(NetworkSnapshot network, List<SupportRequest> requests,
            DispatchSettings settings) {
        return DispatchProblem.of(network, requests, settings, DriveIndex.of(network));
    }

    private static DispatchSettings minOnDuty(int minimum) {
        DispatchSettings d = DispatchSettings.DEFAULT;
        return new DispatchSettings(d.leadDays(), minimum, d.dayStart(), d.dayEnd(), d.candidatesPerRequest(),
                d.subsidy(), d.travelPerKm(), d.lodgingPerNight(), d.overQualificationPerLevel(), d.fairnessPerTrip(),
                d.thresholds());
    }

    private static String technicianOf(Dispatch dispatch, int r) {
        return dispatch.problem().network().technicianAt(dispatch.technician(r)).id().value();
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atOffset(AS_OF.getOffset());
    }

    @Test
    void sendsTheCheapestTechnicianAtTheEarliestStartTheSupportWindowAllows() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("TD", "D", allDay(DAY)))
                .addTechnician(onDuty("TC", "C", window(DAY, 13, 18)))
                .addTechnician(onDuty("B1", "B")).addTechnician(onDuty("C1", "C")).addTechnician(onDuty("D1", "D"))
                .build();

        Dispatch dispatch = greedy.solve(problem(network, List.of(request("R1", 3, 3))), NO_LIMIT, 1);

        assertThat(technicianOf(dispatch, 0)).as("a near trip (300 CNY) beats a regional one").isEqualTo("TC");
        assertThat(dispatch.start(0)).as("the 13:00 window leaves room for the 31-minute drive from 14:00")
                .isEqualTo(at(DAY, 14));
        assertThat(dispatch.score().hard()).isZero();
    }

    @Test
    void leavesARequestUnassignedWhenNoSupportWindowCoversTheTrip() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("TB", "B", window(DAY, 13, 18)))
                .addTechnician(onDuty("A1", "A")).addTechnician(onDuty("B1", "B"))
                .build();

        Dispatch dispatch = greedy.solve(problem(network, List.of(request("R1", 5, 4))), NO_LIMIT, 1);

        assertThat(dispatch.isAssigned(0)).as("5 h of work and a 10-minute drive do not fit 13:00-18:00").isFalse();
        assertThat(dispatch.score()).isEqualTo(new DispatchScore(0, 4, 0));
    }

    @Test
    void waitsForTheLeadTimeUnlessUrgent() {
        LocalDate tomorrow = AS_OF.toLocalDate().plusDays(1);
        NetworkSnapshot network = network()
                .addTechnician(onDuty("TB", "B", allDay(tomorrow), allDay(DAY)))
                .addTechnician(onDuty("B1", "B"))
                .build();
        SupportRequest booked = request("R1", tomorrow, DAY, 2, 3);
        SupportRequest urgent = request("R2", tomorrow, DAY, 2, 3).asUrgent();

        Dispatch dispatch = greedy.solve(problem(network, List.of(booked, urgent)), NO_LIMIT, 1);

        assertThat(dispatch.start(0).toLocalDate()).as("booked 3 days ahead").isEqualTo(DAY);
        assertThat(dispatch.start(1).toLocalDate()).as("urgent: no lead time").isEqualTo(tomorrow);
        assertThat(dispatch.score().hard()).isZero();
    }

    @Test
    void neverLendsFromAStoreOverloadedThatDay() {
        LocalDate next = DAY.plusDays(1);
        NetworkSnapshot network = network()
                .addTechnician(onDuty("TB", "B", allDay(DAY), allDay(next)))
                .addTechnician(onDuty("B1", "B"))
                .addCapacity(new CapacityDay(StoreId.of("B"), DAY, 10, 10))
                .addCapacity(new CapacityDay(StoreId.of("B"), next, 10, 9))
                .build();

        Dispatch dispatch = greedy.solve(problem(network, List.of(request("R1", DAY, next, 2, 3))), NO_LIMIT, 1);

        assertThat(dispatch.start(0).toLocalDate()).as("B is at 100 % on the first day").isEqualTo(next);
    }

    @Test
    void keepsTheMinimumOnDutyAtTheLendingStoreAndDoesNotCountTechniciansOffDuty() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("B1", "B", allDay(DAY)))
                .addTechnician(onDuty("B2", "B", allDay(DAY)))
                .addTechnician(technician("B3", "B", Level.T2, TechnicianStatus.OFF, allDay(DAY)))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 6, 5), request("R2", 6, 4), request("R3", 6, 3));

        Dispatch keepOne = greedy.solve(problem(network, requests, minOnDuty(1)), NO_LIMIT, 1);
        Dispatch keepTwo = greedy.solve(problem(network, requests, minOnDuty(2)), NO_LIMIT, 1);

        assertThat(List.of(technicianOf(keepOne, 0), technicianOf(keepOne, 1))).as("one of two on duty may go, "
                + "and the one off duty").containsExactly("B1", "B3");
        assertThat(keepOne.isAssigned(2)).isFalse();
        assertThat(keepOne.score().hard()).isZero();
        assertThat(technicianOf(keepTwo, 0)).isEqualTo("B3");
        assertThat(keepTwo.isAssigned(1)).isFalse();
        assertThat(keepTwo.score().hard()).isZero();
    }

    /**
     * The minimum on duty counts technicians, not trips: B1 making two short trips on one day is one technician
     * away, and B keeps B2. Greedy, the score and the validator all agree on it.
     */
    @Test
    void oneTechnicianMakingTwoTripsOnADayIsLentOnce() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("B1", "B", allDay(DAY)))
                .addTechnician(onDuty("B2", "B"))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 2, 5), request("R2", 2, 4));
        DispatchProblem problem = problem(network, requests, minOnDuty(1));

        Dispatch dispatch = greedy.solve(problem, NO_LIMIT, 1);

        assertThat(List.of(technicianOf(dispatch, 0), technicianOf(dispatch, 1))).containsExactly("B1", "B1");
        assertThat(dispatch.start(0).toLocalDate()).isEqualTo(dispatch.start(1).toLocalDate());
        assertThat(dispatch.score()).isEqualTo(new DispatchScore(0, 0, dispatch.score().soft()));
        DispatchSettings settings = problem.settings();
        assertThat(new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(), settings.thresholds())
                .validate(network, requests, DispatchPlans.of("greedy", dispatch)).violations()).isEmpty();
    }

    @Test
    void theExplanationOfAnUnassignedRequestDoesNotCountATechnicianAwayThatDayTwice() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("B1", "B", allDay(DAY)))
                .addTechnician(onDuty("B2", "B"))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 2, 5), request("R2", 2, 4));
        DispatchProblem problem = problem(network, requests, minOnDuty(1));
        int b1 = network.technicianIndex(TechnicianId.of("B1"));

        Dispatch onlyFirst = new Dispatch(problem, new int[] {b1, Dispatch.UNASSIGNED},
                new OffsetDateTime[] {at(DAY, 8), null});

        assertThat(DispatchPlans.of("hand", onlyFirst).unassigned()).singleElement()
                .satisfies(unassigned -> assertThat(unassigned.blockedBy()).anySatisfy(line -> assertThat(line)
                        .startsWith("Technician B1: could go")));
    }

    /** Two technicians of one store away on one day are two lent, whichever requests they serve. */
    @Test
    void twoTechniciansAwayOnADayAreTwoLentAndTheScoreAndValidatorCountThem() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("B1", "B", allDay(DAY)))
                .addTechnician(onDuty("B2", "B", allDay(DAY)))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 2, 5), request("R2", 2, 4), request("R3", 2, 3));
        DispatchProblem problem = problem(network, requests, minOnDuty(1));
        int b1 = network.technicianIndex(TechnicianId.of("B1"));
        int b2 = network.technicianIndex(TechnicianId.of("B2"));

        Dispatch both = new Dispatch(problem, new int[] {b1, b2, b1},
                new OffsetDateTime[] {at(DAY, 8), at(DAY, 8), at(DAY, 12)});
        DispatchSettings settings = problem.settings();
        List<String> violations = new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(),
                settings.thresholds()).validate(network, requests, DispatchPlans.of("hand", both)).violations();

        assertThat(both.score().hard()).as("two of two away, one below the minimum of one").isEqualTo(1);
        assertThat(violations).singleElement().asString().contains("lends 2 of its 2 on duty");
    }

    @Test
    void doesNotOverlapTripsOfOneTechnicianCountingTheDriveBothWays() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("TC", "C", allDay(DAY)))
                .addTechnician(onDuty("C1", "C")).addTechnician(onDuty("C2", "C"))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 4, 5), request("R2", 4, 4), request("R3", 4, 3));

        Dispatch dispatch = greedy.solve(problem(network, requests), NO_LIMIT, 1);

        assertThat(dispatch.start(0)).isEqualTo(at(DAY, 8));
        assertThat(dispatch.start(1)).as("back at 12:31 from the first trip, so work starts 13:01 at the earliest")
                .isEqualTo(at(DAY, 14));
        assertThat(dispatch.isAssigned(2)).as("no third 4-hour slot between 08:00 and 18:00").isFalse();
        assertThat(dispatch.score()).isEqualTo(new DispatchScore(0, 3, dispatch.score().soft()));
    }

    @Test
    void servesHigherPriorityFirstThenTheEarlierDeadlineThenTheId() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("TB", "B", window(DAY, 8, 14)))
                .addTechnician(onDuty("B1", "B"))
                .build();
        List<SupportRequest> requests = List.of(request("R9", DAY, DAY.plusDays(1), 4, 3), request("R8", 4, 3),
                request("R1", DAY, DAY.plusDays(1), 4, 3), request("R7", 4, 4));

        assertThat(GreedyDispatcher.order(problem(network, requests))).containsExactly(3, 1, 2, 0);
        Dispatch dispatch = greedy.solve(problem(network, requests), NO_LIMIT, 1);
        assertThat(dispatch.isAssigned(3)).as("priority 4 takes the only slot").isTrue();
        assertThat(dispatch.assignedCount()).isOne();
    }

    @Test
    void spreadsTripsAcrossTechniciansAndStoresWhenCostsTie() {
        NetworkSnapshot network = network()
                .addTechnician(onDuty("B1", "B", allDay(DAY)))
                .addTechnician(onDuty("C1", "C", allDay(DAY)))
                .addTechnician(onDuty("C2", "C", allDay(DAY)))
                .addTechnician(onDuty("B2", "B")).addTechnician(onDuty("C3", "C"))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 2, 5), request("R2", 2, 4), request("R3", 2, 3));

        Dispatch dispatch = greedy.solve(problem(network, requests), NO_LIMIT, 1);

        assertThat(List.of(technicianOf(dispatch, 0), technicianOf(dispatch, 1), technicianOf(dispatch, 2)))
                .as("all near trips cost 300 CNY: the lowest index first, then the idle ones of the idle store")
                .containsExactly("B1", "C1", "C2");
        long fairness = DispatchSettings.DEFAULT.fairnessPerTrip().cents();
        assertThat(dispatch.score().soft()).isEqualTo(3 * 30_000 + fairness * (1 + 1 + 1) + fairness * (1 + 4));
    }

    @Test
    void prefersAT2ToAT3WhenBothAreNear() {
        NetworkSnapshot network = network()
                .addTechnician(technician("B3", "B", Level.T3, TechnicianStatus.ON_DUTY, allDay(DAY)))
                .addTechnician(technician("C2", "C", Level.T2, TechnicianStatus.ON_DUTY, allDay(DAY)))
                .addTechnician(onDuty("B1", "B")).addTechnician(onDuty("C1", "C"))
                .build();

        Dispatch dispatch = greedy.solve(problem(network, List.of(request("R1", 2, 3))), NO_LIMIT, 1);

        assertThat(technicianOf(dispatch, 0)).as("over-qualification costs 150 CNY a level").isEqualTo("C2");
    }

    @Test
    void leavesAPinnedRequestUnassignedWhenThePinnedTechnicianIsNotQualified() {
        NetworkSnapshot network = network()
                .addTechnician(technician("B1", "B", Level.T1, TechnicianStatus.ON_DUTY, allDay(DAY)))
                .addTechnician(onDuty("C1", "C", allDay(DAY)))
                .build();
        SupportRequest pinned = request("R1", 2, 3).withPinnedTechnician(TechnicianId.of("B1"));

        Dispatch dispatch = greedy.solve(problem(network, List.of(pinned)), NO_LIMIT, 1);

        assertThat(dispatch.isAssigned(0)).as("B1 is T1, the job needs T2").isFalse();
        assertThat(dispatch.score().hard()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void breaksNoHardRuleOnGeneratedNetworks(long seed) {
        NetworkSnapshot network = NetworkGenerator.generate(
                new GeneratorSpec(100, 10, 500, 14, seed, GeneratorSpec.DEFAULT_AS_OF));
        DispatchProblem problem = problem(network, RequestGenerator.generate(network, 750, seed));

        Dispatch dispatch = greedy.solve(problem, NO_LIMIT, seed);

        DispatchScore score = dispatch.score();
        assertThat(score.hard()).isZero();
        assertThat(dispatch.assignedCount()).as("a fair share of requests finds someone").isGreaterThan(75);
        long unassignedPriority = 0;
        for (int r = 0; r < problem.requests().size(); r++) {
            unassignedPriority += dispatch.isAssigned(r) ? 0 : problem.requests().get(r).priority();
        }
        assertThat(score.medium()).isEqualTo(unassignedPriority);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void leavesARequestUnassignedOnlyWhenEveryTripForItBreaksAHardRule(long seed) {
        NetworkSnapshot network = NetworkGenerator.generate(
                new GeneratorSpec(20, 10, 80, 14, seed, GeneratorSpec.DEFAULT_AS_OF));
        DispatchProblem problem = problem(network, RequestGenerator.generate(network, 60, seed));

        Dispatch dispatch = greedy.solve(problem, NO_LIMIT, seed);

        assertThat(dispatch.assignedCount()).isPositive();
        for (int r = 0; r < problem.requests().size(); r++) {
            if (!dispatch.isAssigned(r)) {
                assertThat(noFeasibleTripLeft(dispatch, r)).as("request %s was left with a feasible trip", r).isTrue();
            }
        }
    }

    /** Whether adding any trip for unassigned request {@code r} breaks a hard rule: the greedy missed nothing. */
    private static boolean noFeasibleTripLeft(Dispatch dispatch, int r) {
        DispatchProblem problem = dispatch.problem();
        int requests = problem.requests().size();
        int[] technicians = new int[requests];
        OffsetDateTime[] starts = new OffsetDateTime[requests];
        for (int i = 0; i < requests; i++) {
            technicians[i] = dispatch.technician(i);
            starts[i] = dispatch.start(i);
        }
        for (int t : problem.candidates(r)) {
            for (OffsetDateTime start : problem.starts(r)) {
                technicians[r] = t;
                starts[r] = start;
                if (new Dispatch(problem, technicians, starts).score().hard() == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void isDeterministic() {
        NetworkSnapshot network = NetworkGenerator.generate(
                new GeneratorSpec(60, 10, 300, 14, 9, GeneratorSpec.DEFAULT_AS_OF));
        List<SupportRequest> requests = RequestGenerator.generate(network, 400, 9);

        List<Dispatch> runs = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            runs.add(greedy.solve(problem(network, requests), NO_LIMIT, run));
        }

        for (int r = 0; r < requests.size(); r++) {
            int at = r;
            assertThat(runs).extracting(d -> d.technician(at)).containsOnly(runs.get(0).technician(at));
            assertThat(runs).extracting(d -> d.start(at)).containsOnly(runs.get(0).start(at));
        }
    }
}
