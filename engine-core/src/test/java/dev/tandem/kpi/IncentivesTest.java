package dev.tandem.kpi;

import static dev.tandem.ledger.LedgerFixtures.DG;
import static dev.tandem.ledger.LedgerFixtures.GZ;
import static dev.tandem.ledger.LedgerFixtures.LAMP;
import static dev.tandem.ledger.LedgerFixtures.SZ;
import static dev.tandem.ledger.LedgerFixtures.WANG;
import static dev.tandem.ledger.LedgerFixtures.accepted;
import static dev.tandem.ledger.LedgerFixtures.completed;
import static dev.tandem.ledger.LedgerFixtures.deliveredTransfer;
import static dev.tandem.ledger.LedgerFixtures.diversion;
import static dev.tandem.ledger.LedgerFixtures.minutes;
import static dev.tandem.ledger.LedgerFixtures.network;
import static dev.tandem.ledger.LedgerFixtures.received;
import static dev.tandem.ledger.LedgerFixtures.refused;
import static dev.tandem.ledger.LedgerFixtures.settled;
import static dev.tandem.ledger.LedgerFixtures.shipped;
import static dev.tandem.ledger.LedgerFixtures.started;
import static dev.tandem.ledger.LedgerFixtures.support;
import static dev.tandem.ledger.LedgerFixtures.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.tandem.ledger.DeadStockRevival;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.SubsidyBand;

class IncentivesTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    /**
     * November: GZ sends two transfers (2 points) and one that is refused (0); DG lends a technician (5) and
     * revives dead stock (10, done in December); DG receives a diverted customer (2).
     */
    private static LedgerState november() {
        List<LedgerEvent> events = new ArrayList<>(deliveredTransfer("TR1", 1, 0));
        events.addAll(deliveredTransfer("TR2", 1, 60));
        events.addAll(List.of(settled("TR2", 50, 24 * 60), transfer("TR3", GZ, SZ, 1, 100), refused("TR3", 110),
                support("SP1", 0), accepted("SP1", 20), started("SP1", 4 * 24 * 60),
                completed("SP1", 9.8, 4 * 24 * 60 + 300),
                diversion("DV1", 30), accepted("DV1", 35), started("DV1", 40), completed("DV1", 9, 200),
                new LedgerEvent.Requested(minutes(0), new DeadStockRevival(RequestId.of("RV1"), DG, SZ, LAMP, 2)),
                accepted("RV1", 60), shipped("RV1", 2, 7 * 24 * 60), received("RV1", 2, 8 * 24 * 60)));
        Ledger ledger = Ledger.of(network());
        events.forEach(ledger::apply);
        return ledger.state();
    }

    @Test
    void storesEarnThePlaybooksPointsForRecordsDoneInTheMonth() {
        StoreRanking ranking = StoreRanking.monthly(november(), NOVEMBER, IncentivePolicy.DEFAULT);

        assertThat(ranking.ranks()).extracting(rank -> rank.points().store().value(), rank -> rank.points().points(),
                StoreRanking.Rank::rank).containsExactly(
                        tuple("DG", 7, 1),
                        tuple("GZ", 2, 2),
                        tuple("SZ", 0, 3));
        assertThat(ranking.ranks().get(0).points().records(RecordKind.SUPPORT)).isEqualTo(1);
        assertThat(ranking.ranks().get(0).points().records(RecordKind.DIVERSION)).isEqualTo(1);
        assertThat(ranking.ranks().get(0).reward()).isEqualTo(Money.ofYuan(10_000));
        assertThat(ranking.ranks().get(1).reward()).isEqualTo(Money.ofYuan(5_000));
        assertThat(ranking.ranks().get(2).reward()).as("no points, no reward").isEqualTo(Money.ZERO);
        assertThat(ranking.top(3)).hasSize(2);

        StoreRanking december = StoreRanking.monthly(november(), NOVEMBER.plusMonths(1), IncentivePolicy.DEFAULT);
        assertThat(december.ranks().get(0).points().points()).as("the revival, done in December").isEqualTo(10);
    }

    @Test
    void pointsAreConfigurableAndEqualPointsShareARank() {
        IncentivePolicy noSupportPoints = new IncentivePolicy(1, 0, 2, 10, IncentivePolicy.DEFAULT
                .monthlyRewards(), IncentivePolicy.DEFAULT.subsidies());

        StoreRanking ranking = StoreRanking.monthly(november(), NOVEMBER, noSupportPoints);

        assertThat(ranking.ranks()).extracting(StoreRanking.Rank::rank).containsExactly(1, 1, 3);
        assertThat(ranking.ranks()).extracting(StoreRanking.Rank::reward)
                .containsExactly(Money.ofYuan(10_000), Money.ofYuan(10_000), Money.ZERO);
    }

    @Test
    void technicianSubsidiesFollowTheDistanceBands() {
        IncentivePolicy policy = IncentivePolicy.DEFAULT;
        LocalDate day = LocalDate.of(2026, 11, 27);

        TechnicianSubsidy near = policy.subsidy(new SupportTrip(RequestId.of("A"), SZ, DG, WANG, day, 49.9));
        TechnicianSubsidy regional = policy.subsidy(new SupportTrip(RequestId.of("B"), SZ, DG, WANG, day, 200));
        TechnicianSubsidy far = policy.subsidy(new SupportTrip(RequestId.of("C"), SZ, DG, WANG, day, 201));

        assertThat(near.band()).isEqualTo(SubsidyBand.NEAR);
        assertThat(near.subsidy()).isEqualTo(Money.ofYuan(300));
        assertThat(near.travelAndLodging()).isFalse();
        assertThat(regional.subsidy()).isEqualTo(Money.ofYuan(500));
        assertThat(regional.travelAndLodging()).isTrue();
        assertThat(far.subsidy()).isEqualTo(Money.ofYuan(1000));
        assertThat(TechnicianSubsidy.monthly(november(), NOVEMBER, policy)).singleElement()
                .satisfies(subsidy -> assertThat(subsidy.technician()).isEqualTo(WANG))
                .satisfies(subsidy -> assertThat(subsidy.band()).isEqualTo(SubsidyBand.REGIONAL));
    }

    @Test
    void theScorecardWeighsOwnResultsCollaborationAndSatisfaction50To30To20() {
        StoreRanking ranking = StoreRanking.monthly(november(), NOVEMBER, IncentivePolicy.DEFAULT);
        Map<StoreId, KpiScorecard.HostScores> host = Map.of(
                DG, new KpiScorecard.HostScores(new BigDecimal("80"), new BigDecimal("93")),
                GZ, new KpiScorecard.HostScores(new BigDecimal("95"), new BigDecimal("82")),
                SZ, new KpiScorecard.HostScores(new BigDecimal("100"), new BigDecimal("90")));

        List<KpiScorecard> cards = KpiScorecard.of(ranking, host, KpiWeights.DEFAULT);

        // DG: 0.5 × 80 + 0.3 × 100 + 0.2 × 93 = 88.6; GZ: 47.5 + 0.3 × 28.6 + 16.4 = 72.5; SZ: 50 + 0 + 18 = 68.0
        assertThat(cards).extracting(card -> card.store().value(), KpiScorecard::collaboration, KpiScorecard::total)
                .containsExactly(
                        tuple("DG", new BigDecimal("100.0"), new BigDecimal("88.6")),
                        tuple("GZ", new BigDecimal("28.6"), new BigDecimal("72.5")),
                        tuple("SZ", new BigDecimal("0.0"), new BigDecimal("68.0")));
    }

    @Test
    void weightsMustSumToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KpiWeights(new BigDecimal("0.7"),
                new BigDecimal("0.3"), new BigDecimal("0.2"))).withMessageContaining("must be 0 or more and sum to 1");
    }

    @Test
    void aReceivedButUnsettledRecordCountsAndARefusedOneDoesNot() {
        Ledger ledger = Ledger.of(network());
        List.of(transfer("A", GZ, SZ, 1, 0), accepted("A", 1), shipped("A", 1, 2), received("A", 1, 3),
                transfer("B", GZ, SZ, 1, 0), refused("B", 1)).forEach(ledger::apply);

        List<StorePoints> points = StorePoints.earned(ledger.state(), entry -> true, IncentivePolicy.DEFAULT);

        assertThat(points).filteredOn(store -> store.store().equals(GZ)).singleElement()
                .satisfies(store -> assertThat(store.points()).isEqualTo(1));
    }
}
