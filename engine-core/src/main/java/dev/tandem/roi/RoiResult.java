package dev.tandem.roi;

import java.math.BigDecimal;
import java.util.Objects;

import dev.tandem.model.Money;

/**
 * The ROI of collaboration over its first year, exact to the fen.
 *
 * @param investment everything spent in the first year
 * @param capitalCost the yearly cost of the capital released (capital × cost of capital)
 * @param deadStockAvoided the dead-stock loss avoided
 * @param retention the customers kept × lifetime value ÷ years
 * @param capacity the stores gained × cost per store ÷ years
 * @param direct the sum of the four above (显性收益)
 * @param indirect new customers × lifetime value + labour saved (隐性收益)
 * @param net direct + indirect − investment (净收益)
 * @param roiPercent net ÷ investment × 100, one decimal; empty-investment ROI is not defined and is zero
 */
public record RoiResult(Money investment, Money capitalCost, Money deadStockAvoided, Money retention, Money capacity,
        Money direct, Money indirect, Money net, BigDecimal roiPercent) {

    public RoiResult {
        Objects.requireNonNull(investment, "investment");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(roiPercent, "roiPercent");
    }

    /** Direct and indirect benefits together (总收益). */
    public Money totalBenefit() {
        return direct.plus(indirect);
    }
}
