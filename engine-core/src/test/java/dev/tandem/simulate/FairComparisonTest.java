package dev.tandem.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tandem.io.csv.CsvNetworkImport;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.SampleNetworks;

/**
 * The comparison is fair: both policies meet the same customers and the same fallbacks, so a network with every
 * lever off is the isolated stores, on every measure, for any seed and network.
 */
class FairComparisonTest {

    static Stream<Arguments> networksAndSeeds() {
        NetworkSnapshot bundled = SampleNetworks.southChina();
        NetworkSnapshot imported = imported();
        NetworkSnapshot generated = NetworkGenerator.generate(GeneratorSpec.of(12, 20, 50, 3));
        return Stream.of(Arguments.of("bundled", bundled, 1L), Arguments.of("bundled", bundled, 7L),
                Arguments.of("imported", imported, 2L), Arguments.of("imported", imported, 11L),
                Arguments.of("generated", generated, 3L), Arguments.of("generated", generated, 42L));
    }

    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("networksAndSeeds")
    void withEveryLeverOffTheNetworkIsTheIsolatedStores(String name, NetworkSnapshot network, long seed) {
        SimulationSettings settings = SimulationSettings.DEFAULT.withWeeks(2).withLevers(Set.of());
        NetworkSimulator simulator = new NetworkSimulator(settings, SimulationEngines.greedy());
        PolicyOutcome isolated = simulator.run(network, Policy.ISOLATED, seed, SimulationListener.NONE);
        PolicyOutcome leversOff = simulator.run(network, Policy.NETWORK, seed, SimulationListener.NONE);
        assertThat(leversOff).usingRecursiveComparison().ignoringFields("policy").isEqualTo(isolated);
        assertThat(isolated.customers()).isPositive();
        assertThat(isolated.longWaits()).as("the customers meet stuck moments to be fair about").isPositive();
    }

    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("networksAndSeeds")
    void bothPoliciesMeetTheSameCustomersAndAccountForEach(String name, NetworkSnapshot network, long seed) {
        NetworkSimulator simulator = new NetworkSimulator(SimulationSettings.DEFAULT.withWeeks(2),
                SimulationEngines.greedy());
        PolicyOutcome isolated = simulator.run(network, Policy.ISOLATED, seed, SimulationListener.NONE);
        PolicyOutcome together = simulator.run(network, Policy.NETWORK, seed, SimulationListener.NONE);
        assertThat(together.customers()).isEqualTo(isolated.customers());
        assertThat(together.served() + together.lost()).isEqualTo(together.customers());
    }

    private static NetworkSnapshot imported() {
        try {
            return CsvNetworkImport.builder().asOf(OffsetDateTime.parse("2026-11-27T09:00+08:00"))
                .stores(fixture("zh/stores.csv")).technicians(fixture("zh/technicians.csv"))
                .stock(fixture("zh/stock-wide.csv")).capacity(fixture("zh/capacity.csv")).build().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fixture(String name) {
        try {
            return Path.of(FairComparisonTest.class.getResource("/csv/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
