package dev.tandem.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

import dev.tandem.model.Money;

/**
 * What collaboration created. The value created is {@link #net()}: the customers it kept at their lifetime value
 * ({@link #gross()}, the playbook's 留存价值), less what collaboration cost HQ (freight, subsidies, compensation), as
 * the playbook counts one transfer: a customer kept is worth 80,000 CNY, the freight was 50, "you earned 79,950".
 * The one definition the weekly report and the simulator share; they differ only in how they count a customer
 * kept: the report counts each done collaboration for a waiting customer, the simulator the customers the isolated
 * stores lose and the network does not, on the same customers. Immutable.
 *
 * @param customersRetained customers kept; negative when collaboration lost more than it kept
 * @param lifetimeValue what one customer kept is worth
 * @param cost what collaboration cost: freight, subsidies, compensation
 */
public record ValueCreated(double customersRetained, Money lifetimeValue, Money cost) {

    public ValueCreated {
        Objects.requireNonNull(lifetimeValue, "lifetimeValue");
        Objects.requireNonNull(cost, "cost");
        checkArgument(Double.isFinite(customersRetained), "The customersRetained (%s) must be finite.",
                customersRetained);
    }

    /** Customers retained × lifetime value. */
    public Money gross() {
        return Money.ofCents(Math.round(customersRetained * lifetimeValue.cents()));
    }

    /** Gross value less the cost of collaboration. */
    public Money net() {
        return gross().minus(cost);
    }
}
