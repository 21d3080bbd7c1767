package dev.tandem.ledger;

import java.util.Objects;

import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;

/**
 * An emergency part transfer (SOP 1, 紧急调拨): {@code to} lacks a part, {@code from} sends it, within the 2-hour
 * promise.
 *
 * @param id the request id
 * @param from the sending store
 * @param to the requesting store; not {@code from}
 * @param part the part
 * @param quantity units asked for, 1 or more
 * @param customerWaiting whether a customer waits for the part: a done transfer then retains that customer
 */
public record Transfer(RequestId id, StoreId from, StoreId to, PartNumber part, int quantity,
        boolean customerWaiting) implements StockMovement {

    public Transfer {
        RequestChecks.checkEnds(id, from, to);
        Objects.requireNonNull(part, "part");
        RequestChecks.checkQuantity(id, quantity);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.TRANSFER;
    }
}
