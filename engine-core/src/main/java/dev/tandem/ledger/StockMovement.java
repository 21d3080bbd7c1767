package dev.tandem.ledger;

import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;

/** A collaboration that moves parts from one store to another: a transfer or a dead-stock revival. */
public sealed interface StockMovement extends Collaboration permits Transfer, DeadStockRevival {

    /** The sending store. */
    StoreId from();

    /** The receiving store. */
    StoreId to();

    PartNumber part();

    /** Units asked for, 1 or more. */
    int quantity();

    @Override
    default StoreId requester() {
        return to();
    }

    @Override
    default StoreId helper() {
        return from();
    }
}
