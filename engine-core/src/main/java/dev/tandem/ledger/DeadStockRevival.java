package dev.tandem.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;

/**
 * A dead-stock revival (呆滞盘活): {@code from} sends stock that has stopped moving to {@code to}, which needs it.
 * The sender earns the points.
 *
 * @param id the request id
 * @param from the store holding the dead stock
 * @param to the store that needs it; not {@code from}
 * @param part the part
 * @param quantity units, 1 or more
 */
public record DeadStockRevival(RequestId id, StoreId from, StoreId to, PartNumber part, int quantity)
        implements StockMovement {

    public DeadStockRevival {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(part, "part");
        checkArgument(!from.equals(to), "The revival (%s) goes from store (%s) to itself.", id, from);
        checkArgument(quantity >= 1, "The quantity (%s) of revival (%s) must be 1 or more.", quantity, id);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DEAD_STOCK_REVIVAL;
    }
}
