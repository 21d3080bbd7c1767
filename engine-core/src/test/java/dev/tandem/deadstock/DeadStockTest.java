package dev.tandem.deadstock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.model.GeoPoint;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.RebalanceSettings;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class DeadStockTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId GZ = StoreId.of("GZ");
    private static final Part LAMP = Part.of("HL-FL", "Headlamp front left", Money.parse("1800.50"));
    private static final Part WIPER = Part.of("WB", "Wiper blade", Money.parse("45.30"));

    @ParameterizedTest(name = "{0} days idle: dead {1}")
    @CsvSource({"89, false", "90, true", "91, true"})
    void stockIsDeadFromTheNinetiethDayWithoutMovement(int daysIdle, boolean dead) {
        StockLevel level = level(SZ, LAMP, 4, 1, 1.0, TODAY.minusDays(daysIdle));

        Optional<DeadStockItem> item = DeadStockRule.DEFAULT.apply(level, LAMP, TODAY);

        assertThat(item.isPresent()).isEqualTo(dead);
        item.ifPresent(it -> {
            assertThat(it.units()).isEqualTo(3);
            assertThat(it.value()).isEqualTo(Money.parse("5401.50"));
            assertThat(it.reason()).isEqualTo("no movement for " + daysIdle + " days");
        });
    }

    @Test
    void stockWithNoDemandHasInfiniteCoverAndIsDeadWhole() {
        StockLevel level = level(SZ, WIPER, 7, 2, 0.0, TODAY.minusDays(3));

        DeadStockItem item = DeadStockRule.DEFAULT.apply(level, WIPER, TODAY).orElseThrow();

        assertThat(item.daysOfCover()).isInfinite();
        assertThat(item.units()).isEqualTo(5);
        assertThat(item.idle()).isFalse();
        assertThat(item.reason()).isEqualTo("no demand");
    }

    @Test
    void excessCoverIsDeadBeyondTheCoverDaysOnly() {
        // 100 free units at 0.5 a day: 200 days of cover; 180 days take 90 units, 10 are dead
        StockLevel slow = level(SZ, WIPER, 100, 0, 0.5, TODAY.minusDays(2));
        StockLevel exactly = level(SZ, WIPER, 90, 0, 0.5, TODAY.minusDays(2));
        // 182 days of cover, but 180 days at 0.011 a day take both units
        StockLevel noWholeUnitBeyond = level(SZ, WIPER, 2, 0, 0.011, TODAY.minusDays(2));

        DeadStockItem item = DeadStockRule.DEFAULT.apply(slow, WIPER, TODAY).orElseThrow();

        assertThat(item.units()).isEqualTo(10);
        assertThat(item.value()).isEqualTo(Money.parse("453.00"));
        assertThat(item.reason()).isEqualTo("200 days of cover");
        assertThat(DeadStockRule.DEFAULT.apply(exactly, WIPER, TODAY)).isEmpty();
        assertThat(DeadStockRule.DEFAULT.apply(noWholeUnitBeyond, WIPER, TODAY)).isEmpty();
    }

    @Test
    void reservedStockAndUnknownMovementAreNotDead() {
        StockLevel allReserved = level(SZ, LAMP, 3, 3, 0.0, TODAY.minusDays(400));
        StockLevel unknownMovement = new StockLevel(SZ, LAMP.number(), 3, 0, 0, 1.0, Optional.empty());

        assertThat(DeadStockRule.DEFAULT.apply(allReserved, LAMP, TODAY)).isEmpty();
        assertThat(DeadStockRule.DEFAULT.apply(unknownMovement, LAMP, TODAY)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new DeadStockRule(0, 180))
                .withMessage("The idleDays (0) must be 1 or more.");
    }

    @Test
    void theReportListsStoresInNetworkOrderTheMostValuableFirstWithExactTotals() {
        NetworkSnapshot network = network(List.of(
                level(SZ, WIPER, 20, 0, 0.0, TODAY.minusDays(5)),
                level(SZ, LAMP, 2, 0, 0.0, TODAY.minusDays(120)),
                level(GZ, LAMP, 1, 0, 0.1, TODAY.minusDays(95)),
                level(GZ, WIPER, 10, 0, 1.0, TODAY.minusDays(1))));

        DeadStockReport report = DeadStockReport.of(network, DeadStockRule.DEFAULT);

        assertThat(report.stores()).extracting(total -> total.store().id()).containsExactly(SZ, GZ);
        assertThat(report.stores().get(0).items()).extracting(item -> item.part().number())
                .containsExactly(LAMP.number(), WIPER.number());
        assertThat(report.stores().get(0).value()).isEqualTo(Money.parse("4507.00"));
        assertThat(report.stores().get(1).value()).isEqualTo(Money.parse("1800.50"));
        assertThat(report.totalValue()).isEqualTo(Money.parse("6307.50"));
        assertThat(report.totalUnits()).isEqualTo(23);
    }

    @Property(tries = 100)
    void valuesAreUnitsAtCostAndTotalsAreTheirExactSum(@ForAll @LongRange(max = 100_000_000) long cents,
            @ForAll @IntRange(max = 10_000) int onHand, @ForAll @IntRange(max = 400) int daysIdle,
            @ForAll @IntRange(max = 30) int demandTenths) {
        Part part = Part.of("P", "Part", Money.ofCents(cents));
        List<StockLevel> stock = new ArrayList<>();
        stock.add(new StockLevel(SZ, part.number(), onHand, 0, 0, demandTenths / 10.0,
                Optional.of(TODAY.minusDays(daysIdle))));
        stock.add(new StockLevel(GZ, part.number(), onHand / 2, 0, 0, demandTenths / 20.0,
                Optional.of(TODAY.minusDays(daysIdle / 2))));
        NetworkSnapshot network = network(List.of(part), stock);

        DeadStockReport report = DeadStockReport.of(network, DeadStockRule.DEFAULT);

        long units = 0;
        for (DeadStockItem item : report.items()) {
            assertThat(item.value()).isEqualTo(Money.ofCents(cents * item.units()));
            assertThat(item.units()).isBetween(1, onHand);
            units += item.units();
        }
        assertThat(report.totalValue()).isEqualTo(Money.ofCents(cents * units));
        assertThat(report.stores().stream().mapToLong(total -> total.value().cents()).sum())
                .isEqualTo(report.totalValue().cents());
    }

    @Test
    void deadStockHandedToRebalancingGoesWhereItIsNeededInAValidPlan() {
        NetworkSnapshot network = SampleNetworks.southChina();
        DeadStockReport report = DeadStockReport.of(network, DeadStockRule.DEFAULT);

        RevivalPlan revival = RevivalPlan.plan(network, report, new GreedyRebalancer(),
                RebalanceSettings.DEFAULT);

        assertThat(revival.plan().moves()).isNotEmpty();
        RebalanceSettings used = revival.settings();
        assertThat(new RebalancePlanValidator(used)
                .validate(network, revival.plan()).violations()).isEmpty();
        for (DeadStockItem item : report.items()) {
            for (Move move : revival.destinationsOf(item)) {
                assertThat(move.from()).isEqualTo(item.store());
                assertThat(move.part()).isEqualTo(item.part().number());
                assertThat(move.revivesDeadStock()).isEqualTo(item.idle());
            }
        }
        assertThat(revival.valuePlaced()).isGreaterThan(Money.ZERO)
                .isLessThanOrEqualTo(report.totalValue());
    }

    @Test
    void theHandOffIsValidOnGeneratedNetworksToo() {
        for (long seed = 1; seed <= 3; seed++) {
            NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(40, 300, 0, seed));
            DeadStockReport report = DeadStockReport.of(network, new DeadStockRule(60, 120));

            RevivalPlan revival = RevivalPlan.plan(network, report, new GreedyRebalancer(),
                    RebalanceSettings.DEFAULT);

            assertThat(revival.settings().deadStockDays()).isEqualTo(60);
            assertThat(new RebalancePlanValidator(revival.settings())
                    .validate(network, revival.plan()).violations()).as("seed %s", seed).isEmpty();
            assertThat(revival.plan().moves()).allSatisfy(move -> assertThat(report.items())
                    .anyMatch(item -> item.store().equals(move.from()) && item.part().number().equals(move.part())));
        }
    }

    private static StockLevel level(StoreId store, Part part, int onHand, int reserved, double demand,
            LocalDate lastMovement) {
        return new StockLevel(store, part.number(), onHand, reserved, 0, demand, Optional.of(lastMovement));
    }

    private static NetworkSnapshot network(List<StockLevel> stock) {
        return network(List.of(LAMP, WIPER), stock);
    }

    private static NetworkSnapshot network(List<Part> parts, List<StockLevel> stock) {
        return NetworkSnapshot.builder()
                .asOf(OffsetDateTime.parse("2026-11-27T09:00:00+08:00"))
                .addStore(new Store(SZ, "Shenzhen", "PRD", new GeoPoint(22.54, 114.06), 30, OptionalDouble.empty()))
                .addStore(new Store(GZ, "Guangzhou", "PRD", new GeoPoint(23.13, 113.26), 25, OptionalDouble.empty()))
                .addParts(parts)
                .addStock(stock)
                .build();
    }
}
