package dev.tandem.solvers.dispatch.exact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.model.Level;
import dev.tandem.model.Money;
import dev.tandem.model.Skill;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.GreedyDispatcher;
import dev.tandem.travel.HaversineTravel;
import dev.tandem.travel.Leg;
import dev.tandem.travel.TravelMatrix;

class CpSatDispatcherTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);
    private static final OffsetDateTime AS_OF = DispatchInstances.AS_OF;
    private static final LocalDate DAY = AS_OF.toLocalDate().plusDays(3);

    private final CpSatDispatcher exact = new CpSatDispatcher();

    /** Solves, and checks what every answer must satisfy: no hard violation, and the model scores it as core does. */
    private CpSatDispatch solve(DispatchProblem problem) {
        CpSatDispatch result = exact.solveExactly(problem, LIMIT, 1);
        assertThat(result.dispatch().score()).as("Dispatch.score() of the answer is the model's objective")
                .isEqualTo(result.objective());
        assertThat(result.objective().hard()).isZero();
        return result;
    }

    /** Store A requests; B is exactly 30 minutes and 20 km away, C 30 minutes and 60 km (a regional trip). */
    private static NetworkSnapshot.Builder network() {
        Map<TravelMatrix.Route, Leg> legs = Map.of(
                new TravelMatrix.Route(StoreId.of("B"), StoreId.of("A")), new Leg(20, 30),
                new TravelMatrix.Route(StoreId.of("C"), StoreId.of("A")), new Leg(60, 30));
        return NetworkSnapshot.builder().asOf(AS_OF).travel(new TravelMatrix(legs, HaversineTravel.DEFAULT))
                .addStore(Store.of("A", "Requester", "R1", 23.0, 113.0, 20))
                .addStore(Store.of("B", "Near", "R1", 23.1, 113.0, 20))
                .addStore(Store.of("C", "Regional", "R1", 23.4, 113.0, 20));
    }

    private static Technician technician(String id, String store, TechnicianStatus status) {
        return technician(id, store, status, TimeWindow.of(DAY.atTime(0, 0).atOffset(AS_OF.getOffset()),
                DAY.atTime(23, 0).atOffset(AS_OF.getOffset())));
    }

    private static Technician technician(String id, String store, TechnicianStatus status, TimeWindow window) {
        return Technician.of(id, "Technician " + id, store, Level.T2, Set.of(Skill.ADAS), status, List.of(window));
    }

    private static SupportRequest request(String id, int hours, int priority) {
        return SupportRequest.of(id, "A", Skill.ADAS, Level.T2, DAY, DAY, Duration.ofHours(hours), priority);
    }

    private static DispatchProblem problem(NetworkSnapshot network, List<SupportRequest> requests) {
        return DispatchInstances.problem(network, requests, DispatchSettings.DEFAULT);
    }

    private static OffsetDateTime at(int hour) {
        return DAY.atTime(hour, 0).atOffset(AS_OF.getOffset());
    }

    @Test
    void aTripMayLeaveTheMomentTheLastOneIsBack() {
        NetworkSnapshot network = network()
                .addTechnician(technician("B1", "B", TechnicianStatus.OFF, TimeWindow.of(
                        DAY.atTime(7, 30).atOffset(AS_OF.getOffset()), DAY.atTime(17, 30).atOffset(AS_OF.getOffset()))))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 4, 3), request("R2", 4, 3));

        CpSatDispatch result = solve(problem(network, requests));

        assertThat(result.status()).isEqualTo(CpSatStatus.OPTIMAL);
        assertThat(List.of(result.dispatch().start(0), result.dispatch().start(1)))
                .as("the window allows work from 08:00 to 17:30; away 07:30-12:30 and 12:30-17:30 touch, not overlap")
                .containsExactlyInAnyOrder(at(8), at(13));
    }

    @Test
    void lendsOnlyWhatLeavesTheMinimumOnDuty() {
        NetworkSnapshot network = network()
                .addTechnician(technician("B1", "B", TechnicianStatus.ON_DUTY))
                .addTechnician(technician("B2", "B", TechnicianStatus.ON_DUTY))
                .addTechnician(technician("B3", "B", TechnicianStatus.ON_DUTY))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 8, 1), request("R2", 8, 5), request("R3", 8, 2));

        CpSatDispatch result = solve(problem(network, requests));

        assertThat(result.dispatch().assignedCount()).as("3 on duty, 1 stays").isEqualTo(2);
        assertThat(result.dispatch().isAssigned(0)).as("the lowest priority waits").isFalse();
        assertThat(result.objective().medium()).isEqualTo(1);
    }

    @Test
    void aTechnicianMakingTwoTripsOnADayIsLentOnce() {
        NetworkSnapshot network = network()
                .addTechnician(technician("B1", "B", TechnicianStatus.ON_DUTY))
                .addTechnician(Technician.of("B2", "Technician B2", "B", Level.T2, Set.of(Skill.ADAS),
                        TechnicianStatus.ON_DUTY, List.of()))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 2, 3), request("R2", 2, 2));

        CpSatDispatch result = solve(problem(network, requests));

        assertThat(result.status()).isEqualTo(CpSatStatus.OPTIMAL);
        assertThat(result.objective().medium()).as("B1 serves both; B keeps B2, its minimum of one").isZero();
        assertThat(result.dispatch().technician(0)).isEqualTo(result.dispatch().technician(1));
    }

    @Test
    void prefersAnyAssignmentToAnySavingAndThenTheCheapestTrips() {
        NetworkSnapshot network = network()
                .addTechnician(technician("C1", "C", TechnicianStatus.OFF))
                .addTechnician(technician("B1", "B", TechnicianStatus.OFF))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 8, 2), request("R2", 8, 1));

        CpSatDispatch result = solve(problem(network, requests));

        assertThat(result.objective().medium()).as("both served, one by the regional trip").isZero();
        assertThat(result.dispatch().technician(0)).isNotEqualTo(result.dispatch().technician(1));
        long fairness = DispatchSettings.DEFAULT.fairnessPerTrip().cents();
        assertThat(result.objective().soft()).as("300 CNY + 500 CNY + 2 x 60 km x 0.80 CNY, 4 fairness charges")
                .isEqualTo(30_000 + 50_000 + 9_600 + 4 * fairness);
    }

    @Test
    void spreadsTripsWhenTheSquaresMakeItCheaper() {
        NetworkSnapshot network = network()
                .addTechnician(technician("B1", "B", TechnicianStatus.OFF))
                .addTechnician(technician("C1", "C", TechnicianStatus.OFF))
                .build();
        List<SupportRequest> requests = List.of(request("R1", 2, 3), request("R2", 2, 3), request("R3", 2, 3));
        DispatchSettings d = DispatchSettings.DEFAULT;
        DispatchSettings dearFairness = new DispatchSettings(d.leadDays(), d.minOnDutyAtHome(), d.dayStart(),
                d.dayEnd(), d.candidatesPerRequest(), d.subsidy(), d.travelPerKm(), d.lodgingPerNight(),
                d.overQualificationPerLevel(), Money.ofYuan(300), d.thresholds());

        CpSatDispatch cheap = solve(problem(network, requests));
        CpSatDispatch fair = solve(DispatchInstances.problem(network, requests, dearFairness));

        assertThat(technicianIds(cheap.dispatch())).as("3 near trips: 900 CNY + 2 x 9 x 20 CNY beat a regional one")
                .containsOnly("B1");
        assertThat(technicianIds(fair.dispatch())).as("at 300 CNY a trip², 2 + 1 beats 3 + 0")
                .containsExactlyInAnyOrder("B1", "B1", "C1");
    }

    private static List<String> technicianIds(Dispatch dispatch) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < dispatch.problem().requests().size(); r++) {
            ids.add(dispatch.problem().network().technicianAt(dispatch.technician(r)).id().value());
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void findsTheSameOptimumAsBruteForceOnTinyInstances(long seed) {
        DispatchProblem problem = DispatchInstances.tiny(seed, 5 + (int) (seed % 2));
        for (int r = 0; r < problem.requests().size(); r++) {
            assertThat(problem.candidates(r).length).isLessThanOrEqualTo(4);
            assertThat(problem.starts(r)).hasSizeLessThanOrEqualTo(4);
        }

        CpSatDispatch result = solve(problem);

        assertThat(result.status()).isEqualTo(CpSatStatus.OPTIMAL);
        assertThat(result.objective()).isEqualTo(BruteForceDispatch.best(problem).score());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void provesOptimalityOnSmallInstancesAndNeverLosesToGreedy(long seed) {
        DispatchProblem problem = DispatchInstances.small(seed, 10 + (int) (seed * 5 % 21));

        CpSatDispatch result = solve(problem);

        assertThat(result.status()).isEqualTo(CpSatStatus.OPTIMAL);
        assertThat(result.softBound()).isEqualTo(result.objective().soft());
        assertThat(result.mediumBound()).isEqualTo(result.objective().medium());
        DispatchScore greedy = new GreedyDispatcher().solve(problem, LIMIT, seed).score();
        assertThat(result.objective()).isLessThanOrEqualTo(greedy);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void theCheapestAtAHeuristicsMediumBoundsItsSoftAndIsTheExactOptimumWhenMediumsAgree(long seed) {
        DispatchProblem problem = DispatchInstances.small(seed, 12 + (int) (seed * 5 % 13));
        Dispatch greedy = new GreedyDispatcher().solve(problem, LIMIT, seed);
        CpSatDispatch optimum = solve(problem);

        CpSatDispatch cheapest = exact.cheapestAt(greedy, greedy.score().medium(), LIMIT, seed);

        assertThat(cheapest.status()).isEqualTo(CpSatStatus.OPTIMAL);
        assertThat(cheapest.dispatch().score()).isEqualTo(cheapest.objective());
        assertThat(cheapest.objective().medium()).isLessThanOrEqualTo(greedy.score().medium());
        assertThat(cheapest.softBound()).isEqualTo(cheapest.objective().soft())
                .isLessThanOrEqualTo(greedy.score().soft());
        if (greedy.score().medium() == optimum.objective().medium()) {
            assertThat(cheapest.objective()).isEqualTo(optimum.objective());
        }
    }

    @Test
    void theCheapestAtAMediumRefusesAStartThatLeavesMoreUnassigned() {
        DispatchProblem problem = DispatchInstances.small(2, 20);
        Dispatch greedy = new GreedyDispatcher().solve(problem, LIMIT, 2);
        long tooLittle = greedy.score().medium() - 1;

        assertThatIllegalArgumentException().isThrownBy(() -> exact.cheapestAt(greedy, tooLittle, LIMIT, 2))
                .withMessageContaining("more than");
    }

    @Test
    void isDeterministicWithOneWorker() {
        DispatchProblem problem = DispatchInstances.small(3, 30);

        Dispatch first = exact.solve(problem, LIMIT, 7);
        Dispatch second = exact.solve(problem, LIMIT, 7);

        for (int r = 0; r < problem.requests().size(); r++) {
            assertThat(second.technician(r)).isEqualTo(first.technician(r));
            assertThat(second.start(r)).isEqualTo(first.start(r));
        }
    }

    @Test
    void fallsBackToTheGreedyStartWhenGivenNoTime() {
        DispatchProblem problem = DispatchInstances.small(4, 30);

        CpSatDispatch result = exact.solveExactly(problem, Duration.ZERO, 1);

        assertThat(result.status()).isIn(CpSatStatus.UNKNOWN, CpSatStatus.FEASIBLE);
        assertThat(result.dispatch().score()).isEqualTo(result.objective())
                .isLessThanOrEqualTo(new GreedyDispatcher().solve(problem, LIMIT, 1).score());
    }

    @Test
    void rejectsNoWorkers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CpSatDispatcher(0)).withMessageContaining("(0)");
    }
}
