package dev.tandem.match;

import static dev.tandem.match.MatchFixtures.A;
import static dev.tandem.match.MatchFixtures.B;
import static dev.tandem.match.MatchFixtures.C;
import static dev.tandem.match.MatchFixtures.D;
import static dev.tandem.match.MatchFixtures.E;
import static dev.tandem.match.MatchFixtures.LAMP;
import static dev.tandem.match.MatchFixtures.R;
import static dev.tandem.match.MatchFixtures.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;

class TransferAdvisorTest {

    private static TransferAdvice advise(NetworkSnapshot network, TransferRequest request) {
        LiveNetwork live = LiveNetwork.of(network);
        TransferAdvice indexed = new IndexedTransferAdvisor(live, MatchSettings.DEFAULT).advise(request);
        TransferAdvice scanning = new ScanningTransferAdvisor(network, live.drives(), MatchSettings.DEFAULT)
                .advise(request);
        assertThat(indexed).as("indexed and scanning advisors agree").isEqualTo(scanning);
        return indexed;
    }

    private static List<StoreId> sources(TransferAdvice advice) {
        return advice.options().stream().map(option -> option.source().id()).toList();
    }

    @Test
    void ranksSourcesWithSpareByArrivalAndSaysWhy() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(C, 5, 0, 1, 0.2))
                .addStock(stock(A, 3, 0, 1, 0.1))
                .addStock(stock(B, 4, 1, 0, 0.0))
                .build();

        TransferAdvice advice = advise(network, TransferRequest.of(R, LAMP, 2));

        assertThat(sources(advice)).containsExactly(A, B, C);
        TransferOption best = advice.best().orElseThrow();
        assertThat(best.quantity()).isEqualTo(2);
        assertThat(best.spare()).isEqualTo(2);
        assertThat(best.etaMinutes()).isEqualTo(15 + network.leg(A, R).driveMinutes(), org.assertj.core.data.Offset
                .offset(1e-3));
        assertThat(best.freight()).isEqualTo(Money.ofYuan(50));
        assertThat(best.daysOfCoverLeft()).isEqualTo(10.0);
        assertThat(best.reason()).isEqualTo("Store A: 2 spare above safety stock, 32 min away, keeps 10 days of cover");
        assertThat(advice.options().get(1).reason()).endsWith("has no demand of its own");
        assertThat(advice.split()).isEmpty();
        assertThat(advice.misses()).isEmpty();
    }

    @Test
    void dippingIntoSafetyStockComesAfterEveryOtherOptionAndIsFlagged() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(A, 1, 0, 1, 0.1))
                .addStock(stock(E, 6, 0, 1, 0.1))
                .build();

        TransferAdvice advice = advise(network, TransferRequest.of(R, LAMP, 1));

        assertThat(sources(advice)).containsExactly(E, A);
        assertThat(advice.options().get(0).dipsIntoSafetyStock()).isFalse();
        assertThat(advice.options().get(1).dipsIntoSafetyStock()).isTrue();
        assertThat(advice.options().get(1).reason()).contains("gives 1 from its safety stock (last resort)");
    }

    @Test
    void optionsThatMissThePromiseComeLastAndAreMarked() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(D, 4, 0, 0, 0.1))
                .addStock(stock(B, 4, 0, 0, 0.1))
                .build();

        TransferAdvice advice = advise(network, TransferRequest.of(R, LAMP, 1).withPromise(Duration.ofHours(2)));

        assertThat(sources(advice)).containsExactly(B, D);
        assertThat(advice.options()).extracting(TransferOption::meetsPromise).containsExactly(true, false);
        assertThat(advice.options().get(1).reason()).contains("(misses the promise)");
        assertThat(advice.options().get(1).freight()).isGreaterThan(Money.ofYuan(50));
    }

    @Test
    void splitsAcrossTheFewestThenFastestSources() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(A, 2, 0, 0, 0.1))
                .addStock(stock(B, 2, 0, 0, 0.1))
                .addStock(stock(C, 3, 0, 0, 0.1))
                .addStock(stock(D, 5, 0, 1, 0.1))
                .build();

        TransferAdvice advice = advise(network, TransferRequest.of(R, LAMP, 5));

        SplitProposal split = advice.split().orElseThrow();
        assertThat(split.legs()).extracting(leg -> leg.source().id()).containsExactly(A, C);
        assertThat(split.legs()).extracting(TransferOption::quantity).containsExactly(2, 3);
        assertThat(split.covered()).isEqualTo(5);
        assertThat(split.uncovered()).isZero();
        assertThat(split.meetsPromise()).isTrue();
        assertThat(split.dipsIntoSafetyStock()).isFalse();
    }

    @Test
    void noSplitWhenOneStoreHasTheWholeQuantityToSpare() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(A, 1, 0, 0, 0.1))
                .addStock(stock(E, 9, 0, 0, 0.1))
                .build();

        TransferAdvice advice = advise(network, TransferRequest.of(R, LAMP, 5));

        assertThat(advice.split()).isEmpty();
        assertThat(sources(advice)).containsExactly(A, E);
    }

    @Test
    void noSplitWhenAStoreBeyondTheRankedOptionsHasTheWholeQuantityToSpare() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(A, 1, 0, 0, 0.1))
                .addStock(stock(E, 9, 0, 0, 0.1))
                .build();

        TransferAdvice advice = advise(network, TransferRequest.of(R, LAMP, 5).withLimit(1));

        assertThat(sources(advice)).containsExactly(A);
        assertThat(advice.split()).isEmpty();
    }

    @Test
    void splitReportsWhatTheWholeNetworkCannotCover() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(A, 2, 0, 1, 0.1))
                .addStock(stock(B, 1, 0, 0, 0.1))
                .build();

        SplitProposal split = advise(network, TransferRequest.of(R, LAMP, 5)).split().orElseThrow();

        assertThat(split.covered()).isEqualTo(3);
        assertThat(split.uncovered()).isEqualTo(2);
        assertThat(split.dipsIntoSafetyStock()).isTrue();
    }

    @Test
    void explainsAMissStoreByStore() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(A, 2, 2, 0, 0.1))
                .addStock(stock(C, 0, 0, 0, 0.1))
                .build();

        TransferAdvice advice = advise(network, TransferRequest.of(R, LAMP, 1));

        assertThat(advice.options()).isEmpty();
        assertThat(advice.split()).isEmpty();
        assertThat(advice.misses()).extracting(Rejection::rule)
                .containsExactly(Rule.ALL_RESERVED, Rule.NO_STOCK, Rule.NO_STOCK, Rule.NO_STOCK, Rule.NO_STOCK);
        assertThat(advice.misses().get(0)).hasToString("Store A (A): ALL_RESERVED, its 2 units are all reserved");
    }

    @Test
    void seesLiveUpdatesWithoutRebuilding() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(A, 3, 0, 0, 0.1))
                .addStock(stock(C, 3, 0, 0, 0.1))
                .build();
        LiveNetwork live = LiveNetwork.of(network);
        IndexedTransferAdvisor advisor = new IndexedTransferAdvisor(live, MatchSettings.DEFAULT);

        live.transfer(A, R, LAMP, 3);
        live.receive(B, LAMP, 2);

        assertThat(sources(advisor.advise(TransferRequest.of(R, LAMP, 1)))).containsExactly(B, C);
        assertThat(live.stock(R, LAMP).orElseThrow().onHand()).isEqualTo(3);
        assertThat(live.totalOnHand(LAMP)).isEqualTo(8);
        assertThatIllegalStateException().isThrownBy(() -> live.consume(A, LAMP, 1))
                .withMessageContaining("Store (A) has 0 units");
        assertThat(live.snapshot().stock(A, LAMP).orElseThrow().onHand()).isZero();
    }

    @Test
    void agreesWithTheScanningAdvisorOnEveryStoreAndPartOfTheSample() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        LiveNetwork live = LiveNetwork.of(sample);
        IndexedTransferAdvisor indexed = new IndexedTransferAdvisor(live, MatchSettings.DEFAULT);
        ScanningTransferAdvisor scanning = new ScanningTransferAdvisor(sample, live.drives(), MatchSettings.DEFAULT);

        for (var store : sample.stores()) {
            for (var part : sample.parts()) {
                for (int quantity : new int[] {1, 4, 12}) {
                    TransferRequest request = TransferRequest.of(store.id(), part.number(), quantity);
                    assertThat(indexed.advise(request)).as("%s", request).isEqualTo(scanning.advise(request));
                }
            }
        }
    }

    @Test
    void rejectsUnknownParts() {
        LiveNetwork live = LiveNetwork.of(SampleNetworks.southChina());
        IndexedTransferAdvisor advisor = new IndexedTransferAdvisor(live, MatchSettings.DEFAULT);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> advisor.advise(TransferRequest.of(StoreId.of("SZ"), PartNumber.of("NOPE"), 1)))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessageContaining("(NOPE)");
    }

    @Test
    void bookingADayWithoutCapacityIsRefusedNotLost() {
        LiveNetwork live = LiveNetwork.of(MatchFixtures.line().addCapacity(MatchFixtures.day(A, 20, 5)).build());

        assertThatIllegalStateException().isThrownBy(() -> live.book(B, MatchFixtures.TODAY, 5))
                .withMessageContaining("Store (B) has no capacity on 2026-11-27");
        assertThat(live.capacity(A, MatchFixtures.TODAY).orElseThrow().booked()).isEqualTo(5);
    }

    @Test
    void firstCoveringSkipsNearerPartialOptions() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(stock(A, 1, 0, 0, 0.1))
                .addStock(stock(B, 5, 0, 0, 0.1))
                .build();

        TransferAdvice advice = advise(network, TransferRequest.of(R, LAMP, 3));

        assertThat(advice.best().orElseThrow().source().id()).isEqualTo(A);
        assertThat(advice.firstCovering().orElseThrow().source().id()).isEqualTo(B);
    }

    @Test
    void aSourceKeepsWhatItsOwnWaitingCustomersNeed() {
        NetworkSnapshot network = MatchFixtures.line()
                .addStock(new dev.tandem.model.StockLevel(A, LAMP, 3, 0, 0, 0.1, java.util.Optional.empty(), 2))
                .build();

        assertThat(advise(network, TransferRequest.of(R, LAMP, 2)).options()).singleElement()
                .satisfies(option -> assertThat(option.spare()).isEqualTo(1));
    }
}
