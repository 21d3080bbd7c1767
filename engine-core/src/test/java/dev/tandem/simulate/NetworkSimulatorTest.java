package dev.tandem.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.Status;
import dev.tandem.model.Money;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;

class NetworkSimulatorTest {

    private static final NetworkSnapshot SOUTH_CHINA = SampleNetworks.southChina();
    private static final NetworkSimulator SIMULATOR =
            new NetworkSimulator(SimulationSettings.DEFAULT.withWeeks(8), SimulationEngines.greedy());

    private static PolicyOutcome isolated;
    private static PolicyOutcome network;
    private static List<CollaborationEvent> events;
    private static LedgerRecorder recorder;

    @BeforeAll
    static void runBothPolicies() {
        isolated = SIMULATOR.run(SOUTH_CHINA, Policy.ISOLATED, 5, new SimulationListener() {
            @Override
            public void collaborated(CollaborationEvent event) {
                throw new AssertionError("Isolated stores do not collaborate: " + event);
            }
        });
        events = new ArrayList<>();
        recorder = new LedgerRecorder();
        network = SIMULATOR.run(SOUTH_CHINA, Policy.NETWORK, 5, new SimulationListener() {
            @Override
            public void weekStarted(int week, NetworkSnapshot snapshot) {
                recorder.weekStarted(week, snapshot);
            }

            @Override
            public void collaborated(CollaborationEvent event) {
                events.add(event);
                recorder.collaborated(event);
            }
        });
    }

    @Test
    void theLedgerRecordsEveryCollaborationItCanCoverOnePerWeek() {
        List<Ledger> weeks = recorder.weeks();
        long mondays = IntStream.range(1, 7 * SIMULATOR.settings().weeks())
                .filter(day -> SOUTH_CHINA.today().plusDays(day).getDayOfWeek() == DayOfWeek.MONDAY).count();
        assertThat(weeks).hasSize(1 + (int) mondays);
        assertThat(weeks.subList(1, weeks.size())).allSatisfy(week -> assertThat(week.network().today()
                .getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        int records = weeks.stream().mapToInt(week -> week.state().entries().size()).sum();
        assertThat(records + recorder.refused()).isEqualTo(events.size());
        assertThat(recorder.refused()).isLessThan(events.size() / 20);
        assertThat(weeks).allSatisfy(week -> assertThat(week.state().unitsInTransit()).isZero());
        assertThat(weeks.stream().flatMap(week -> week.state().records().stream())
                .filter(entry -> entry.status() == Status.SETTLED)).hasSizeGreaterThan(records / 2);
    }

    @Test
    void everyCustomerIsServedOrLostUnderBothPolicies() {
        assertThat(isolated.customers()).isPositive().isEqualTo(network.customers());
        assertThat(isolated.served() + isolated.lost()).isEqualTo(isolated.customers());
        assertThat(network.served() + network.lost()).isEqualTo(network.customers());
        assertThat(isolated.partNeeds()).isEqualTo(network.partNeeds());
    }

    @Test
    void sameSeedGivesTheSameOutcome() {
        assertThat(SIMULATOR.run(SOUTH_CHINA, Policy.NETWORK, 5, SimulationListener.NONE)).isEqualTo(network);
        assertThat(SIMULATOR.run(SOUTH_CHINA, Policy.ISOLATED, 5, new SimulationListener() { })).isEqualTo(isolated);
        assertThat(SIMULATOR.run(SOUTH_CHINA, Policy.ISOLATED, 6, SimulationListener.NONE).customers())
                .isNotEqualTo(isolated.customers());
    }

    @Test
    void isolatedStoresSpendNothingOnCollaboration() {
        assertThat(isolated.collaborations()).isZero();
        assertThat(isolated.unitsRebalanced()).isZero();
        assertThat(isolated.points()).isZero();
        assertThat(isolated.collaborationCost()).isEqualTo(Money.ZERO);
    }

    @Test
    void theNetworkFillsMorePartsOnTimeAndLeavesLessDeadStock() {
        assertThat(network.fillRate()).isGreaterThan(isolated.fillRate());
        assertThat(network.emergencyTransfers()).isPositive();
        assertThat(network.deadStock()).isLessThan(isolated.deadStock());
        assertThat(network.deadStockRevived()).isPositive();
    }

    @Test
    void theNetworkSendsTechniciansAndDivertsCustomers() {
        assertThat(network.supportTrips()).isPositive();
        assertThat(network.diversionsAccepted()).isPositive().isLessThanOrEqualTo(network.diversionOffers());
        assertThat(network.utilization()).isBetween(0.0, 1.0).isGreaterThan(isolated.utilization());
    }

    @Test
    void everyCountedCollaborationIsAnEventWithItsCost() {
        List<CollaborationEvent.EmergencyTransfer> transfers = only(CollaborationEvent.EmergencyTransfer.class);
        List<CollaborationEvent.SupportTrip> trips = only(CollaborationEvent.SupportTrip.class);
        List<CollaborationEvent.Diversion> diversions = only(CollaborationEvent.Diversion.class);
        List<CollaborationEvent.Rebalanced> moves = only(CollaborationEvent.Rebalanced.class);
        assertThat(transfers).hasSize(network.emergencyTransfers());
        assertThat(trips).hasSize(network.supportTrips() + network.technicianLoans());
        assertThat(diversions).hasSize(network.diversionOffers());
        assertThat(diversions.stream().filter(CollaborationEvent.Diversion::accepted))
                .hasSize(network.diversionsAccepted());
        assertThat(moves.stream().mapToInt(move -> move.move().quantity()).sum())
                .isEqualTo(network.unitsRebalanced());
        Money freight = transfers.stream().map(CollaborationEvent.EmergencyTransfer::freight)
                .reduce(Money.ZERO, Money::plus);
        freight = moves.stream().map(move -> move.move().freight()).reduce(freight, Money::plus);
        assertThat(freight).isEqualTo(network.freight());
        assertThat(trips.stream().map(trip -> trip.trip().cost()).reduce(Money.ZERO, Money::plus))
                .isEqualTo(network.subsidies());
        assertThat(diversions.stream().map(CollaborationEvent.Diversion::compensation)
                .reduce(Money.ZERO, Money::plus)).isEqualTo(network.compensation());
        assertThat(diversions).allSatisfy(diversion -> {
            assertThat(diversion.driveMinutes()).isLessThanOrEqualTo(60);
            assertThat(diversion.waitSavedHours()).isNotNegative();
        });
        assertThat(diversions).allSatisfy(diversion -> assertThat(diversion.from()).isNotEqualTo(diversion.to()));
        assertThat(transfers).allSatisfy(transfer -> assertThat(transfer.eta()).isLessThanOrEqualTo(
                java.time.Duration.ofHours(2)));
    }

    @Test
    void aComparisonPairsTheSeedsAndPrintsTheTable() {
        PolicyComparison comparison = new NetworkSimulator(SimulationSettings.DEFAULT.withWeeks(2),
                SimulationEngines.greedy()).compare(SOUTH_CHINA, List.of(1L, 2L));
        assertThat(comparison.isolated()).extracting(PolicyOutcome::seed).containsExactly(1L, 2L);
        assertThat(comparison.network()).extracting(PolicyOutcome::seed).containsExactly(1L, 2L);
        double retained = (comparison.isolated().get(0).lost() - comparison.network().get(0).lost()
                + comparison.isolated().get(1).lost() - comparison.network().get(1).lost()) / 2.0;
        assertThat(comparison.customersRetained().mean()).isEqualTo(retained);
        assertThat(comparison.table()).contains("| part fill rate", "| technician utilization",
                "effect, 95 % interval", " ± ").doesNotContain("→");
    }

    @Test
    void aComparisonNeedsTheSameSeedsForBothPolicies() {
        assertThatThrownBy(() -> new PolicyComparison(List.of(isolated), List.of(), Money.ZERO, "greedy"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same seeds");
    }

    private static <T extends CollaborationEvent> List<T> only(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
