package dev.tandem.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tandem.io.csv.CsvNetworkImport;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.simulate.NetworkSimulator;
import dev.tandem.simulate.Policy;
import dev.tandem.simulate.PolicyOutcome;
import dev.tandem.simulate.SimulationEngines;
import dev.tandem.simulate.SimulationListener;
import dev.tandem.simulate.SimulationSettings;

/**
 * The simulator on the network imported from the playbook's full example spreadsheets, as {@code tandem import}
 * reads them: the comparison is fair there, and the network policy loses no more customers than isolated stores.
 */
class PlaybookNetworkSimulationTest {

    private static final NetworkSnapshot PLAYBOOK = imported();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 17, 99})
    void withEveryLeverOffTheNetworkIsTheIsolatedStores(long seed) {
        NetworkSimulator simulator = new NetworkSimulator(
                SimulationSettings.DEFAULT.withWeeks(2).withLevers(Set.of()), SimulationEngines.greedy());
        PolicyOutcome isolated = simulator.run(PLAYBOOK, Policy.ISOLATED, seed, SimulationListener.NONE);
        PolicyOutcome leversOff = simulator.run(PLAYBOOK, Policy.NETWORK, seed, SimulationListener.NONE);
        assertThat(isolated.longWaits()).isPositive();
        assertThat(leversOff).usingRecursiveComparison().ignoringFields("policy").isEqualTo(isolated);
    }

    @Test
    void theNetworkLosesNoMoreCustomersThanIsolatedStores() {
        NetworkSimulator simulator = new NetworkSimulator(SimulationSettings.DEFAULT.withWeeks(4),
                SimulationEngines.greedy());
        int isolatedLost = 0;
        int networkLost = 0;
        for (long seed : List.of(1L, 2L, 3L)) {
            PolicyOutcome isolated = simulator.run(PLAYBOOK, Policy.ISOLATED, seed, SimulationListener.NONE);
            PolicyOutcome network = simulator.run(PLAYBOOK, Policy.NETWORK, seed, SimulationListener.NONE);
            assertThat(network.customers()).isEqualTo(isolated.customers());
            isolatedLost += isolated.lost();
            networkLost += network.lost();
        }
        assertThat(isolatedLost).isPositive();
        assertThat(networkLost).isLessThanOrEqualTo(isolatedLost);
    }

    private static NetworkSnapshot imported() {
        try {
            return CsvNetworkImport.builder().asOf(OffsetDateTime.parse("2026-11-27T09:00+08:00"))
                    .stores(csv("stores.csv")).parts(csv("parts.csv")).technicians(csv("technicians.csv"))
                    .stock(csv("stock-wide.csv")).capacity(csv("capacity.csv")).build().read();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Path csv(String name) {
        try {
            return Path.of(PlaybookNetworkSimulationTest.class.getResource("/csv/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
