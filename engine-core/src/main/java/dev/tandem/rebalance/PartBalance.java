package dev.tandem.rebalance;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Part;

/**
 * One part's imbalance across the network: who has surplus, who is short, and what a unit is worth where.
 * Stores are dense indexes of the snapshot; money is in fen.
 *
 * @param part the part
 * @param surpluses stores with surplus, in store order
 * @param needs stores short of their target, in store order
 * @param backorderBenefit worth of one backordered unit covered
 * @param safetyBenefit worth of one unit of safety stock restored
 * @param coverBenefit worth of one unit of demand cover
 * @param revivalBenefit worth of moving one dead unit away from where it lies
 */
public record PartBalance(Part part, List<Surplus> surpluses, List<Need> needs, long backorderBenefit,
        long safetyBenefit, long coverBenefit, long revivalBenefit) {

    /**
     * Free stock a store can give.
     *
     * @param store dense store index
     * @param units units above target (all free units when dead)
     * @param dead whether the stock has not moved for the dead-stock days
     */
    public record Surplus(int store, int units, boolean dead) {
    }

    /**
     * Units a store is short, by class; a unit covers backorders first, then safety stock, then demand cover.
     *
     * @param store dense store index
     * @param backorderUnits units customers are waiting for
     * @param safetyUnits units below safety stock, beyond the backorders
     * @param coverUnits units below the cover horizon's demand, beyond both
     */
    public record Need(int store, int backorderUnits, int safetyUnits, int coverUnits) {

        public int units() {
            return backorderUnits + safetyUnits + coverUnits;
        }
    }

    public PartBalance {
        Objects.requireNonNull(part, "part");
        surpluses = ImmutableList.copyOf(surpluses);
        needs = ImmutableList.copyOf(needs);
    }

    /** What covering {@code units} of {@code need}, in class order, is worth. */
    public long benefitOf(Need need, int units) {
        int backorders = Math.min(units, need.backorderUnits());
        int safety = Math.min(units - backorders, need.safetyUnits());
        int cover = Math.min(units - backorders - safety, need.coverUnits());
        return Math.addExact(Math.addExact(Math.multiplyExact(backorders, backorderBenefit),
                Math.multiplyExact(safety, safetyBenefit)), Math.multiplyExact(cover, coverBenefit));
    }
}
