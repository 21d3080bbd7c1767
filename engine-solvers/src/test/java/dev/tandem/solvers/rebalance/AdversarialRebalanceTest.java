package dev.tandem.solvers.rebalance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;

/** Extreme but valid inputs give clear, valid plans; beyond the bounds, a clear validation error. */
class AdversarialRebalanceTest {

    private static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-11-27T09:00:00+08:00");
    private static final LocalDate TODAY = AS_OF.toLocalDate();

    private static NetworkSnapshot.Builder stores(int count) {
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(AS_OF);
        for (int i = 0; i < count; i++) {
            builder.addStore(Store.of("S" + i, "Store " + i, "R", 22.0 + i * 0.05, 113.0 + i * 0.05, 20));
        }
        return builder;
    }

    private static StockLevel stock(int store, String part, int onHand, int safety, int backorders, int idleDays) {
        return new StockLevel(StoreId.of("S" + store), PartNumber.of(part), onHand, 0, safety, 0.0,
                Optional.of(TODAY.minusDays(idleDays)), backorders);
    }

    private static RebalancePlan solveAndValidate(NetworkSnapshot network) {
        RebalanceProblem problem = RebalanceProblem.of(network, RebalanceSettings.DEFAULT, DriveIndex.of(network));
        RebalancePlan plan = new FlowRebalancer().solve(problem);
        RebalanceSettings settings = RebalanceSettings.DEFAULT;
        assertThat(new RebalancePlanValidator(settings).validate(network, plan).violations()).isEmpty();
        // The flow on its own, before the per-part pick of greedy's plan, is valid too.
        assertThat(new RebalancePlanValidator(settings).validate(network,
                new FlowRebalancer().flowAlone().solve(problem)).violations()).isEmpty();
        return plan;
    }

    @Test
    void theLargestQuantitiesAndCostsStayExact() {
        NetworkSnapshot.Builder builder = stores(40).addPart(Part.of("GOLD", "Costliest part", Money.ofYuan(10_000_000)));
        for (int store = 0; store < 40; store++) {
            builder.addStock(store % 2 == 0 ? stock(store, "GOLD", 1_000_000, 0, 0, 400)
                    : stock(store, "GOLD", 0, 1_000_000, 1_000_000, 1));
        }

        RebalancePlan plan = solveAndValidate(builder.build());

        assertThat(plan.unitsMoved()).isEqualTo(20_000_000);
        assertThat(plan.totalBenefit().cents()).isPositive();
        assertThat(plan.unitsShort()).isEqualTo(20 * 2_000_000 - 20_000_000);
    }

    @Test
    void partsNoOneStocksOrNoOneNeedsPlanNothing() {
        NetworkSnapshot network = stores(3)
                .addPart(Part.of("NONE", "Nobody holds it", Money.ofYuan(100)))
                .addPart(Part.of("FULL", "Everyone has enough", Money.ofYuan(100)))
                .addStock(stock(0, "FULL", 5, 1, 0, 1)).addStock(stock(1, "FULL", 5, 1, 0, 1))
                .build();

        RebalancePlan plan = solveAndValidate(network);

        assertThat(plan.moves()).isEmpty();
        assertThat(plan.shortfalls()).isEmpty();
    }

    @Test
    void stockThatCannotBeSparedIsNotMovedAndTheShortfallSaysWhy() {
        NetworkSnapshot network = stores(3)
                .addPart(Part.of("LAMP", "Headlamp", Money.ofYuan(1800)))
                .addStock(stock(0, "LAMP", 0, 2, 1, 1))
                .addStock(new StockLevel(StoreId.of("S1"), PartNumber.of("LAMP"), 3, 3, 0, 0.0,
                        Optional.of(TODAY.minusDays(400))))
                .build();

        RebalancePlan plan = solveAndValidate(network);

        assertThat(plan.moves()).isEmpty();
        assertThat(plan.shortfalls()).singleElement().satisfies(shortfall -> {
            assertThat(shortfall.backorderUnits()).isEqualTo(1);
            assertThat(shortfall.why()).isEqualTo("no store has surplus of this part");
        });
    }

    @Test
    void beyondTheBoundsTheSnapshotIsRejectedWithThePlace() {
        NetworkSnapshot.Builder builder = stores(2).addPart(Part.of("GOLD", "Too dear", Money.ofYuan(10_000_001)))
                .addStock(stock(0, "GOLD", 1_000_001, 0, 0, 1));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidSnapshotException.class,
                e -> assertThat(e.problems()).extracting(Object::toString).containsExactly(
                        "parts[0].unitCost: 10000001.00 is more than 10000000 CNY",
                        "stock[0].onHand: 1000001 is more than 1000000"));
    }
}
