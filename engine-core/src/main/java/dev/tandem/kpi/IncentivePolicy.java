package dev.tandem.kpi;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.model.Money;
import dev.tandem.model.SubsidyPolicy;

/**
 * The incentive scheme (建议4): points a store earns for each record it helped with, once done; the monthly
 * rewards of the top stores; HQ's subsidy to support technicians by distance band. Defaults from the playbook:
 * part sent 1 point a time, technician support 5, diverted customer received 2, dead stock revived 10; the top 3
 * stores get 10,000, 5,000 and 3,000 CNY; subsidies as {@link SubsidyPolicy#DEFAULT}.
 *
 * @param transferOut points for each transfer sent, 0 or more
 * @param support points for each support trip lent
 * @param diversionReceived points for each diverted customer received and served
 * @param deadStockRevived points for each dead-stock revival
 * @param monthlyRewards the rewards of ranks 1, 2, 3, ... each month; the list's length is how many are rewarded
 * @param subsidies HQ's subsidy per support trip
 */
public record IncentivePolicy(int transferOut, int support, int diversionReceived, int deadStockRevived,
        List<Money> monthlyRewards, SubsidyPolicy subsidies) {

    public static final IncentivePolicy DEFAULT = new IncentivePolicy(1, 5, 2, 10,
            List.of(Money.ofYuan(10_000), Money.ofYuan(5_000), Money.ofYuan(3_000)), SubsidyPolicy.DEFAULT);

    public IncentivePolicy {
        checkArgument(transferOut >= 0 && support >= 0 && diversionReceived >= 0 && deadStockRevived >= 0,
                "The points (%s, %s, %s, %s) must be 0 or more.", transferOut, support, diversionReceived,
                deadStockRevived);
        monthlyRewards = ImmutableList.copyOf(monthlyRewards);
        Objects.requireNonNull(subsidies, "subsidies");
    }

    /** The points a record of {@code kind} earns its helping store once done. */
    public int points(RecordKind kind) {
        return switch (kind) {
            case TRANSFER -> transferOut;
            case SUPPORT -> support;
            case DIVERSION -> diversionReceived;
            case DEAD_STOCK_REVIVAL -> deadStockRevived;
        };
    }

    /** The reward of a rank (1 is first), zero below the rewarded ranks. */
    public Money reward(int rank) {
        return rank >= 1 && rank <= monthlyRewards.size() ? monthlyRewards.get(rank - 1) : Money.ZERO;
    }

    /** The subsidy HQ pays the technician of a support trip, by its distance band. */
    public TechnicianSubsidy subsidy(SupportTrip trip) {
        var band = subsidies.band(trip.distanceKm());
        return new TechnicianSubsidy(trip.id(), trip.technician(), trip.lender(), trip.distanceKm(), band,
                subsidies.subsidy(band), SubsidyPolicy.paysTravelAndLodging(band));
    }
}
