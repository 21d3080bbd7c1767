package dev.tandem.match;

import static dev.tandem.match.MatchFixtures.A;
import static dev.tandem.match.MatchFixtures.B;
import static dev.tandem.match.MatchFixtures.LAMP;
import static dev.tandem.match.MatchFixtures.TODAY;
import static dev.tandem.match.MatchFixtures.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.internal.Bounds;

/** The live network keeps every count within the bounds a snapshot allows, so any state it reaches exports. */
class LiveNetworkBoundsTest {

    private static final int MAX = Bounds.MAX_UNITS;

    private static LiveNetwork live(StockLevel... stock) {
        NetworkSnapshot.Builder builder = MatchFixtures.line().addCapacity(MatchFixtures.day(A, MAX - 1, MAX - 1));
        for (StockLevel level : stock) {
            builder.addStock(level);
        }
        return LiveNetwork.of(builder.build());
    }

    @Test
    void receivingBeyondTheBoundIsRefusedAndChangesNothing() {
        LiveNetwork live = live(stock(A, MAX - 1, 0, 0, 0.1));

        assertThatIllegalStateException().isThrownBy(() -> live.receive(A, LAMP, 2))
                .withMessage("Store (A) would hold 1000001 units of part (HL-FL) on hand, more than the most a count"
                        + " may hold (1000000).\nMaybe the units are wrong; a real store holds far fewer.");
        live.receive(A, LAMP, 1);

        assertThat(live.stock(A, LAMP).orElseThrow().onHand()).isEqualTo(MAX);
        assertThat(live.snapshot().stock()).singleElement().extracting(StockLevel::onHand).isEqualTo(MAX);
    }

    @Test
    void aTransferThatWouldOverfillItsDestinationIsRefusedAndChangesNothing() {
        LiveNetwork live = live(stock(A, MAX, 0, 0, 0.1), stock(B, 10, 0, 0, 0.1));

        assertThatIllegalStateException().isThrownBy(() -> live.transfer(B, A, LAMP, 1))
                .withMessageStartingWith("Store (A) would hold 1000001 units of part (HL-FL) on hand");

        assertThat(live.stock(A, LAMP).orElseThrow().onHand()).isEqualTo(MAX);
        assertThat(live.stock(B, LAMP).orElseThrow().onHand()).isEqualTo(10);
        assertThat(live.snapshot().stock()).hasSize(2);
    }

    @Test
    void safetyStockCapacityAndBookingsStayWithinTheBound() {
        LiveNetwork live = live(stock(A, 5, 0, 0, 0.1));

        assertThatIllegalArgumentException().isThrownBy(() -> live.setSafetyStock(A, LAMP, MAX + 1))
                .withMessage("The safety stock (1000001) must be at most 1000000.");
        assertThatIllegalArgumentException().isThrownBy(() -> live.setCapacity(A, TODAY, MAX + 1))
                .withMessage("The capacity (1000001) must be at most 1000000.");
        assertThatIllegalStateException().isThrownBy(() -> live.book(A, TODAY, 2))
                .withMessageStartingWith("Store (A) would have 1000001 jobs booked on 2026-11-27");

        assertThat(live.capacity(A, TODAY).orElseThrow().booked()).isEqualTo(MAX - 1);
        assertThat(live.snapshot().capacity()).singleElement().satisfies(day -> {
            assertThat(day.capacity()).isEqualTo(MAX - 1);
            assertThat(day.booked()).isEqualTo(MAX - 1);
        });
    }

    /**
     * Random updates at and around the bounds: each applies whole or throws and changes nothing, and the state
     * always exports as a valid snapshot.
     */
    @Test
    void everyStateTheUpdatesAllowExportsAsASnapshot() {
        LiveNetwork live = live(stock(A, MAX - 3, 0, 0, 0.1), stock(B, 3, 0, 0, 0.1));
        List<StoreId> stores = List.of(A, B, MatchFixtures.C);
        SplittableRandom random = new SplittableRandom(7);
        int applied = 0;
        for (int i = 0; i < 2_000; i++) {
            StoreId store = stores.get(random.nextInt(stores.size()));
            int units = random.nextBoolean() ? 1 + random.nextInt(3) : MAX - random.nextInt(3);
            NetworkSnapshot before = live.snapshot();
            try {
                switch (random.nextInt(6)) {
                    case 0 -> live.receive(store, LAMP, units);
                    case 1 -> live.consume(store, LAMP, units);
                    case 2 -> live.transfer(store, stores.get((stores.indexOf(store) + 1) % 3), LAMP, units);
                    case 3 -> live.reserve(store, LAMP, random.nextBoolean() ? units : -units);
                    case 4 -> live.setSafetyStock(store, LAMP, units);
                    default -> live.book(A, TODAY, random.nextBoolean() ? units : -units);
                }
                applied++;
            } catch (IllegalArgumentException | IllegalStateException refused) {
                assertThat(live.snapshot()).as("a refused update changes nothing").isEqualTo(before);
            }
        }

        assertThat(applied).as("some updates apply, some are refused").isBetween(100, 1_900);
    }

    @Test
    void spareNeverOverflowsWhateverTheCounts() {
        StockLevel huge = new StockLevel(A, LAMP, 0, 0, Integer.MAX_VALUE, 0.1, Optional.empty(), 10);
        PartHoldings holdings = new PartHoldings(1, 2);
        holdings.load(0, 0, 0, Integer.MAX_VALUE, 10, 0.1, PartHoldings.UNKNOWN_DAY);

        assertThat(huge.spareAboveSafety()).isZero();
        assertThat(holdings.rows.spare(0)).isZero();
    }
}
