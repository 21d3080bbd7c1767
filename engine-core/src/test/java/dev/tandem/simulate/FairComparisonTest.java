package dev.tandem.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
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
 * lever off is the isolated stores, on every measure, for any seed and network: generated ones of every size, the
 * bundled South China network, and one imported from the playbook's spreadsheets (this module's CSV fixture, a
 * smaller cut of the example CSVs; the full example network is checked in the examples module).
 */
class FairComparisonTest {

    private static final NetworkSnapshot BUNDLED = SampleNetworks.southChina();
    private static final NetworkSnapshot IMPORTED = imported();

    static Stream<Arguments> networksAndSeeds() {
        NetworkSnapshot generated = NetworkGenerator.generate(GeneratorSpec.of(12, 20, 50, 3));
        return Stream.of(Arguments.of("bundled", BUNDLED, 1L), Arguments.of("bundled", BUNDLED, 7L),
                Arguments.of("imported", IMPORTED, 2L), Arguments.of("imported", IMPORTED, 11L),
                Arguments.of("generated", generated, 3L), Arguments.of("generated", generated, 42L));
    }

    @Provide
    Arbitrary<NetworkSnapshot> networks() {
        Arbitrary<NetworkSnapshot> generated = Combinators.combine(Arbitraries.integers().between(2, 8),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(2, 5),
                Arbitraries.longs().between(0, 1_000))
                .as((stores, parts, perStore, seed) -> NetworkGenerator.generate(
                        GeneratorSpec.of(stores, parts, stores * perStore, seed)));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(BUNDLED)), Tuple.of(1, Arbitraries.just(IMPORTED)),
                Tuple.of(4, generated));
    }

    @Property(tries = 20)
    void withEveryLeverOffTheNetworkIsTheIsolatedStores(@ForAll("networks") NetworkSnapshot network,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 2) int weeks) {
        SimulationSettings settings = SimulationSettings.DEFAULT.withWeeks(weeks).withLevers(Set.of());
        NetworkSimulator simulator = new NetworkSimulator(settings, SimulationEngines.greedy());
        PolicyOutcome isolated = simulator.run(network, Policy.ISOLATED, seed, SimulationListener.NONE);
        PolicyOutcome leversOff = simulator.run(network, Policy.NETWORK, seed, SimulationListener.NONE);
        assertThat(leversOff).usingRecursiveComparison().ignoringFields("policy").isEqualTo(isolated);
    }

    @ParameterizedTest(name = "{0}, seed {2}")
    @MethodSource("networksAndSeeds")
    void theFixedNetworksMeetStuckCustomersToBeFairAbout(String name, NetworkSnapshot network, long seed) {
        SimulationSettings settings = SimulationSettings.DEFAULT.withWeeks(2).withLevers(Set.of());
        PolicyOutcome isolated = new NetworkSimulator(settings, SimulationEngines.greedy()).run(network,
                Policy.ISOLATED, seed, SimulationListener.NONE);
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
