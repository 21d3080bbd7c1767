package dev.tandem.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.StockLevel;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * On random networks, under either freight mode, the greedy plan is valid, earns what it claims, and applies to a
 * valid snapshot.
 */
class RebalancePlanPropertiesTest {

    @Property(tries = 300, seed = "20261127")
    void greedyPlansAreValidAndApply(@ForAll @IntRange(min = 2, max = 40) int stores,
            @ForAll @IntRange(min = 1, max = 80) int parts, @ForAll @IntRange(min = 1, max = 30) int horizon,
            @ForAll FreightMode freightMode, @ForAll long seed) {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(stores, parts, 0, seed));
        RebalanceSettings settings = RebalanceSettings.DEFAULT.withCoverHorizonDays(horizon)
                .withFreightMode(freightMode);
        RebalanceProblem problem = RebalanceProblem.of(network, settings, DriveIndex.of(network));

        RebalancePlan plan = new GreedyRebalancer().solve(problem);

        assertThat(GreedyRebalancerTest.validator(settings).validate(network, plan).violations()).isEmpty();
        assertThat(plan.net().isNegative()).isFalse();
        NetworkSnapshot after = plan.applyTo(network);
        long before = network.stock().stream().mapToLong(level -> (long) level.onHand() + level.backorders()).sum();
        long afterUnits = after.stock().stream().mapToLong(level -> (long) level.onHand() + level.backorders()).sum();
        int served = network.stock().stream().mapToInt(StockLevel::backorders).sum()
                - after.stock().stream().mapToInt(StockLevel::backorders).sum();
        assertThat(afterUnits).as("units conserved: only served customers take units away")
                .isEqualTo(before - 2L * served);
    }
}
