package dev.tandem.rebalance;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;

import dev.tandem.model.FreightRates;
import dev.tandem.model.Money;

/**
 * The policy of network stock rebalancing (库存共享, 呆滞盘活).
 *
 * <p>Per part and store: {@code target = max(safety stock, ceil(demand × coverHorizonDays)) + backorders}. Free
 * stock (on hand minus reserved) above target is surplus; free stock of dead stock (no movement for
 * {@code deadStockDays}) is surplus whole. Below target is shortage, in three classes that a unit covered is worth
 * differently: a backorder (a customer waiting) is worth the part's cost plus {@code customerGoodwill}; a unit
 * below safety stock {@code safetyShare} of the cost; a unit below the cover horizon's demand {@code coverShare}
 * of it. A dead unit moved also revives {@code carryingCostShare + writeOffRiskShare} of its cost. Freight is
 * charged per part or per run ({@link FreightMode}); a trip or run is made only when what it covers and revives is
 * worth more than its freight.
 *
 * <p>Candidates: each short store may receive from its {@code candidatesPerShortage} nearest surplus stores and
 * from the {@code candidatesByValue} surplus stores whose full load to it would earn the most; each dead-stock pile
 * may also go to its {@code candidatesByValue} nearest short stores. Pairs whose full load cannot pay its trip's
 * freight are left out under {@link FreightMode#PER_PART} (they can never pay); {@link #withoutCandidateLimit()}
 * offers every other pair.
 *
 * @param coverHorizonDays days of demand a store should hold, 1 or more
 * @param deadStockDays days without movement that make stock dead, 1 or more
 * @param freight what a trip costs HQ
 * @param customerGoodwill worth of serving a waiting customer on top of the part, such as the 200 CNY coupon
 * @param safetyShare worth of restoring one unit of safety stock, as a share of the unit cost
 * @param coverShare worth of one unit of demand cover, as a share of the unit cost; at most {@code safetyShare}
 * @param carryingCostShare yearly cost of holding a unit, as a share of its cost (the playbook's 8 %)
 * @param writeOffRiskShare share of a dead unit's cost expected to be written off if it stays
 * @param candidatesPerShortage how many of the nearest surplus stores each short store may receive from, 1 or more
 * @param candidatesByValue how many of the most valuable surplus stores each short store may also receive from, and
 *     how many of the nearest short stores each dead-stock pile may go to, 0 or more
 * @param freightMode whether freight is paid per part or per run
 */
public record RebalanceSettings(int coverHorizonDays, int deadStockDays, FreightRates freight, Money customerGoodwill,
        BigDecimal safetyShare, BigDecimal coverShare, BigDecimal carryingCostShare, BigDecimal writeOffRiskShare,
        int candidatesPerShortage, int candidatesByValue, FreightMode freightMode) {

    /** The value of {@link #candidatesPerShortage()} that offers every surplus store to every short store. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public static final RebalanceSettings DEFAULT = new RebalanceSettings(14, 90, FreightRates.DEFAULT,
            Money.ofYuan(200), new BigDecimal("0.30"), new BigDecimal("0.10"), new BigDecimal("0.08"),
            new BigDecimal("0.30"), 8, 8, FreightMode.PER_PART);

    public RebalanceSettings {
        checkArgument(coverHorizonDays >= 1, "The coverHorizonDays (%s) must be 1 or more.", coverHorizonDays);
        checkArgument(deadStockDays >= 1, "The deadStockDays (%s) must be 1 or more.", deadStockDays);
        Objects.requireNonNull(freight, "freight");
        Objects.requireNonNull(customerGoodwill, "customerGoodwill");
        checkArgument(!customerGoodwill.isNegative(), "The customerGoodwill (%s) must not be negative.",
                customerGoodwill);
        checkShare(safetyShare, "safetyShare");
        checkShare(coverShare, "coverShare");
        checkShare(carryingCostShare, "carryingCostShare");
        checkShare(writeOffRiskShare, "writeOffRiskShare");
        checkArgument(coverShare.compareTo(safetyShare) <= 0,
                "The coverShare (%s) must not exceed the safetyShare (%s).", coverShare, safetyShare);
        checkArgument(candidatesPerShortage >= 1, "The candidatesPerShortage (%s) must be 1 or more.",
                candidatesPerShortage);
        checkArgument(candidatesByValue >= 0, "The candidatesByValue (%s) must be 0 or more.", candidatesByValue);
        Objects.requireNonNull(freightMode, "freightMode");
    }

    /** Whether every surplus store is a candidate for every short store. */
    public boolean unlimitedCandidates() {
        return candidatesPerShortage == UNLIMITED;
    }

    public RebalanceSettings withCoverHorizonDays(int days) {
        return new RebalanceSettings(days, deadStockDays, freight, customerGoodwill, safetyShare, coverShare,
                carryingCostShare, writeOffRiskShare, candidatesPerShortage, candidatesByValue, freightMode);
    }

    public RebalanceSettings withDeadStockDays(int days) {
        return new RebalanceSettings(coverHorizonDays, days, freight, customerGoodwill, safetyShare, coverShare,
                carryingCostShare, writeOffRiskShare, candidatesPerShortage, candidatesByValue, freightMode);
    }

    public RebalanceSettings withCandidatesPerShortage(int candidates) {
        return new RebalanceSettings(coverHorizonDays, deadStockDays, freight, customerGoodwill, safetyShare,
                coverShare, carryingCostShare, writeOffRiskShare, candidates, candidatesByValue, freightMode);
    }

    public RebalanceSettings withCandidatesByValue(int candidates) {
        return new RebalanceSettings(coverHorizonDays, deadStockDays, freight, customerGoodwill, safetyShare,
                coverShare, carryingCostShare, writeOffRiskShare, candidatesPerShortage, candidates, freightMode);
    }

    /** Every surplus store a candidate for every short store: the unrestricted problem, for small networks. */
    public RebalanceSettings withoutCandidateLimit() {
        return withCandidatesPerShortage(UNLIMITED);
    }

    public RebalanceSettings withFreightMode(FreightMode mode) {
        return new RebalanceSettings(coverHorizonDays, deadStockDays, freight, customerGoodwill, safetyShare,
                coverShare, carryingCostShare, writeOffRiskShare, candidatesPerShortage, candidatesByValue, mode);
    }

    private static void checkShare(BigDecimal share, String name) {
        Objects.requireNonNull(share, name);
        checkArgument(share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0,
                "The %s (%s) must be between 0 and 1.", name, share);
    }
}
