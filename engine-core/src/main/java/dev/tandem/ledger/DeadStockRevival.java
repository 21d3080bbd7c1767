package dev.tandem.ledger;

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
        RequestChecks.checkEnds(id, from, to);
        Objects.requireNonNull(part, "part");
        RequestChecks.checkQuantity(id, quantity);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DEAD_STOCK_REVIVAL;
    }
}
