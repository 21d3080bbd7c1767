package dev.tandem.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;

/** The checks every collaboration record makes: an id and two different stores. */
final class RequestChecks {

    private RequestChecks() {
    }

    static void checkEnds(RequestId id, StoreId one, StoreId other) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(one, "store");
        Objects.requireNonNull(other, "store");
        checkArgument(!one.equals(other), "The request (%s) goes from store (%s) to itself.", id, one);
    }

    static void checkQuantity(RequestId id, int quantity) {
        checkArgument(quantity >= 1, "The quantity (%s) of request (%s) must be 1 or more.", quantity, id);
    }
}
