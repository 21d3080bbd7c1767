package dev.tandem.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.tandem.io.snapshot.SnapshotJson;
import dev.tandem.model.LoadState;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.StockLevel;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.view.SharedStockTable;

class NetworkGeneratorTest {

    @Test
    void sameSpecGivesTheSameNetwork() {
        GeneratorSpec spec = GeneratorSpec.of(40, 500, 120, 7L);

        assertThat(SnapshotJson.toJson(NetworkGenerator.generate(spec)))
                .isEqualTo(SnapshotJson.toJson(NetworkGenerator.generate(spec)));
    }

    @Test
    void anotherSeedGivesAnotherNetwork() {
        assertThat(NetworkGenerator.generate(GeneratorSpec.of(40, 500, 120, 7L)))
                .isNotEqualTo(NetworkGenerator.generate(GeneratorSpec.of(40, 500, 120, 8L)));
    }

    @Test
    void networkHasTheRequestedSizeAndAWeekOfCapacity() {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(30, 200, 90, 1L));

        assertThat(network.stores()).hasSize(30);
        assertThat(network.parts()).hasSize(200);
        assertThat(network.technicians()).hasSize(90);
        assertThat(network.capacity()).hasSize(30 * 7);
        assertThat(network.capacityDates()).hasSize(7).first().isEqualTo(network.today());
        assertThat(network.stores()).allSatisfy(store -> assertThat(network.techniciansOf(store.id())).isNotEmpty());
    }

    @Test
    void networkHasOverloadedAndIdleStoresDeadStockAndShortages() {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(200, 2_000, 600, 3L));

        Set<LoadState> states = network.capacity().stream().map(LoadThresholds.DEFAULT::classify)
                .collect(Collectors.toSet());
        assertThat(states).containsExactlyInAnyOrder(LoadState.values());
        assertThat(network.stock()).anyMatch(level -> level.avgDailyDemand() == 0.0
                && level.daysIdle(network.today()).orElseThrow() >= 120 && level.onHand() >= 5);
        assertThat(network.stock()).anyMatch(StockLevel::isBelowSafety);
        assertThat(new SharedStockTable(network).piles()).isNotEmpty();
    }

    @Test
    void popularPartsAreHeldWidelyAndTheTailRarely() {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(100, 5_000, 10, 5L));

        int headHolders = network.stockOfPart(network.partAt(0).number()).size();
        int tailHolders = network.stockOfPart(network.partAt(4_999).number()).size();
        assertThat(headHolders).isGreaterThan(90);
        assertThat(tailHolders).isLessThan(10);
    }

    @Test
    void rejectsAnEmptyNetwork() {
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorSpec.of(0, 10, 10, 1L))
                .withMessageContaining("stores (0)");
    }
}
