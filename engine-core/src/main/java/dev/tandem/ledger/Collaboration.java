package dev.tandem.ledger;

import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;

/**
 * What one store asked of another: the fixed content of a ledger record, set when it is requested. Its life
 * cycle is in {@link LedgerEntry}.
 */
public sealed interface Collaboration permits StockMovement, SupportTrip, Diversion {

    /** The request id; unique in a ledger, and what makes applying the same event twice a no-op. */
    RequestId id();

    RecordKind kind();

    /** The store that asked for help. */
    StoreId requester();

    /** The store that helps, and earns the incentive points: the sender, lender or receiving store. */
    StoreId helper();
}
