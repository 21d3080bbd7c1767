package dev.tandem.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

import dev.tandem.model.Money;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;

/**
 * A customer diversion (SOP 3, 客户分流): {@code from} is overloaded and offers its customer a place at {@code to}
 * with a compensation; the customer accepts or refuses. The receiving store earns the points and the credit.
 *
 * @param id the request id
 * @param from the overloaded store
 * @param to the receiving store; not {@code from}
 * @param compensation what HQ gives the customer who accepts (shuttle, voucher, coupon), 0 or more
 */
public record Diversion(RequestId id, StoreId from, StoreId to, Money compensation) implements Collaboration {

    public Diversion {
        RequestChecks.checkEnds(id, from, to);
        Objects.requireNonNull(compensation, "compensation");
        checkArgument(!compensation.isNegative(), "The compensation (%s) of diversion (%s) is negative.",
                compensation, id);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DIVERSION;
    }

    @Override
    public StoreId requester() {
        return from;
    }

    @Override
    public StoreId helper() {
        return to;
    }
}
