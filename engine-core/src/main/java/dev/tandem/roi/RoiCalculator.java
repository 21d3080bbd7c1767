package dev.tandem.roi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import dev.tandem.model.Money;

/**
 * Computes the ROI of collaboration the playbook's way: first-year investment against a year of benefits, ROI =
 * net benefit ÷ investment. Amounts are exact in fen; a product with a rate or a share of a year is rounded half
 * to even to the fen.
 */
public final class RoiCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoiCalculator() {
    }

    public static RoiResult calculate(RoiInputs inputs) {
        Money investment = inputs.investment().firstYear();
        Money capitalCost = times(inputs.inventory().capitalReleased(), inputs.inventory().costOfCapital());
        Money deadStock = inputs.inventory().deadStockAvoidedPerYear();
        Money retention = spread(inputs.retention().lifetimeValue().times(inputs.retention().customers()),
                inputs.retention().years());
        Money capacity = spread(inputs.capacity().costPerStore().times(inputs.capacity().storesGained()),
                inputs.capacity().years());
        Money direct = capitalCost.plus(deadStock).plus(retention).plus(capacity);
        Money indirect = inputs.indirect().lifetimeValue().times(inputs.indirect().newCustomersPerYear())
                .plus(inputs.indirect().labourSavedPerYear());
        Money net = direct.plus(indirect).minus(investment);
        BigDecimal roi = investment.cents() == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(net.cents()).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(investment.cents()), 1, RoundingMode.HALF_UP);
        return new RoiResult(investment, capitalCost, deadStock, retention, capacity, direct, indirect, net, roi);
    }

    private static Money times(Money money, BigDecimal rate) {
        return Money.ofCents(BigDecimal.valueOf(money.cents()).multiply(rate)
                .setScale(0, RoundingMode.HALF_EVEN).longValueExact());
    }

    private static Money spread(Money money, int years) {
        return Money.ofCents(BigDecimal.valueOf(money.cents())
                .divide(BigDecimal.valueOf(years), 0, RoundingMode.HALF_EVEN).longValueExact());
    }
}
