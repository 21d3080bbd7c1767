package dev.tandem.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.model.PlanValidation;
import dev.tandem.sample.SampleNetworks;

class GreedyRebalancerTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");
    private static final LocalDate TODAY = AS_OF.toLocalDate();
    private static final StoreId SZ = StoreId.of("SZ");
    private static final StoreId DG = StoreId.of("DG");
    private static final StoreId ST = StoreId.of("ST");
    private static final PartNumber LAMP = PartNumber.of("HL-FL");
    private static final PartNumber WIPER = PartNumber.of("WIPER");

    static RebalancePlanValidator validator(RebalanceSettings settings) {
        return new RebalancePlanValidator(settings);
    }

    static RebalanceProblem problem(NetworkSnapshot network) {
        return RebalanceProblem.of(network, RebalanceSettings.DEFAULT, DriveIndex.of(network));
    }

    private static NetworkSnapshot.Builder network() {
        return NetworkSnapshot.builder().asOf(AS_OF)
                .addStore(Store.of("SZ", "Shenzhen", "PRD", 22.5431, 114.0579, 30))
                .addStore(Store.of("DG", "Dongguan", "PRD", 23.0207, 113.7518, 20))
                .addStore(Store.of("ST", "Shantou", "EGD", 23.3541, 116.6819, 16))
                .addPart(Part.of("HL-FL", "Headlamp front left", Money.ofYuan(1800)))
                .addPart(Part.of("WIPER", "Wiper blade", Money.ofYuan(45)));
    }

    private static StockLevel stock(StoreId store, PartNumber part, int onHand, int safety, double demand,
            LocalDate lastMovement, int backorders) {
        return new StockLevel(store, part, onHand, 0, safety, demand, Optional.of(lastMovement), backorders);
    }

    @Test
    void deadStockGoesToWaitingCustomersAndCheapPartsStayPut() {
        NetworkSnapshot network = network()
                .addStock(stock(SZ, LAMP, 0, 1, 0.1, TODAY.minusDays(2), 2))
                .addStock(stock(ST, LAMP, 6, 0, 0.0, TODAY.minusDays(200), 0))
                .addStock(stock(SZ, WIPER, 0, 2, 0.1, TODAY.minusDays(2), 0))
                .addStock(stock(DG, WIPER, 30, 2, 0.1, TODAY.minusDays(3), 0))
                .build();

        RebalancePlan plan = new GreedyRebalancer().solve(problem(network));

        assertThat(plan.moves()).singleElement().satisfies(move -> {
            assertThat(move.from()).isEqualTo(ST);
            assertThat(move.to()).isEqualTo(SZ);
            assertThat(move.part()).isEqualTo(LAMP);
            assertThat(move.quantity()).as("target: 2 waiting + max(safety 1, 14 days x 0.1 = 2)").isEqualTo(4);
            assertThat(move.revivesDeadStock()).isTrue();
            assertThat(move.reason()).contains("2 for waiting customers", "revives dead stock");
        });
        assertThat(plan.shortfalls()).singleElement().satisfies(shortfall -> {
            assertThat(shortfall.part()).isEqualTo(WIPER);
            assertThat(shortfall.why()).contains("exceeds what the units are worth");
        });
        assertThat(plan.incentivePoints()).isEqualTo(4 + 10);
        assertThat(validator(RebalanceSettings.DEFAULT).validate(network, plan).violations()).isEmpty();
    }

    @Test
    void applyingThePlanServesTheWaitingCustomersAndConservesUnits() {
        NetworkSnapshot network = network()
                .addStock(stock(SZ, LAMP, 0, 1, 0.1, TODAY.minusDays(2), 2))
                .addStock(stock(ST, LAMP, 6, 0, 0.0, TODAY.minusDays(200), 0))
                .build();

        RebalancePlan plan = new GreedyRebalancer().solve(problem(network));
        NetworkSnapshot after = plan.applyTo(network);

        StockLevel shenzhen = after.stock(SZ, LAMP).orElseThrow();
        assertThat(shenzhen.backorders()).isZero();
        assertThat(shenzhen.onHand()).isEqualTo(2);
        assertThat(after.stock(ST, LAMP).orElseThrow().onHand()).isEqualTo(2);
        assertThat(after.stock(ST, LAMP).orElseThrow().lastMovement()).contains(TODAY);
        assertThat(problem(after).parts()).isEmpty();
    }

    @Test
    void theSamplePlanIsValidAndDeterministic() {
        NetworkSnapshot sample = SampleNetworks.southChina();

        RebalancePlan plan = new GreedyRebalancer().solve(problem(sample));
        PlanValidation validation = validator(RebalanceSettings.DEFAULT).validate(sample, plan);

        assertThat(validation.violations()).isEmpty();
        assertThat(plan.moves()).isNotEmpty();
        assertThat(plan.deadStockUnitsRevived()).isPositive();
        assertThat(plan.net().isNegative()).isFalse();
        assertThat(new GreedyRebalancer().solve(problem(sample))).isEqualTo(plan);
        assertThat(plan.moves()).allSatisfy(move -> assertThat(move.benefit()).isGreaterThan(move.freight()));
    }

    @Test
    void validatorNamesEveryBrokenRule() {
        NetworkSnapshot network = network()
                .addStock(stock(SZ, LAMP, 0, 1, 0.1, TODAY.minusDays(2), 1))
                .addStock(stock(DG, LAMP, 3, 1, 0.0, TODAY.minusDays(5), 0))
                .build();
        Money freight = RebalanceSettings.DEFAULT.freight().trip(network.leg(DG, SZ).distanceKm());
        RebalancePlan greedy = new RebalancePlan("hand-made", FreightMode.PER_PART, java.util.List.of(
                new Run(DG, SZ, TODAY, java.util.List.of(new Move(DG, SZ, LAMP, 4, Money.ofYuan(7200), freight,
                        Money.ofYuan(4000), false, "too many")), freight),
                new Run(SZ, DG, TODAY, java.util.List.of(new Move(SZ, DG, LAMP, 1, Money.ofYuan(1800), Money.ofYuan(1),
                        Money.ofYuan(10), true, "wrong")), Money.ofYuan(1))),
                java.util.List.of());

        PlanValidation validation = validator(RebalanceSettings.DEFAULT).validate(network, greedy);

        assertThat(validation.valid()).isFalse();
        assertThat(validation.violations()).anySatisfy(v -> assertThat(v).contains("DG sends 4 x HL-FL but has only 2"))
                .anySatisfy(v -> assertThat(v).contains("SZ receives 4 x HL-FL but is only 3 short"))
                .anySatisfy(v -> assertThat(v).contains("both sends and receives"))
                .anySatisfy(v -> assertThat(v).contains("freight 1.00 CNY is not the trip's"))
                .anySatisfy(v -> assertThat(v).contains("says it revives dead stock"));
    }
}
