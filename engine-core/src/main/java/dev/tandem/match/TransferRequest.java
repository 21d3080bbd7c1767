package dev.tandem.match;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;

import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;

/**
 * A store needs units of a part from the network, a customer waiting (SOP 1, emergency transfer).
 *
 * @param store the requesting store
 * @param part the part needed
 * @param quantity units needed, 1 or more
 * @param promise how soon the part must arrive, such as the playbook's 2 hours
 * @param limit how many ranked options to return, 1 or more
 */
public record TransferRequest(StoreId store, PartNumber part, int quantity, Duration promise, int limit) {

    /** The playbook's promise: delivery within 2 hours. */
    public static final Duration DEFAULT_PROMISE = Duration.ofHours(2);

    public TransferRequest {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(promise, "promise");
        checkArgument(quantity >= 1, "The quantity (%s) must be 1 or more.", quantity);
        checkArgument(!promise.isNegative() && !promise.isZero(), "The promise (%s) must be positive.", promise);
        checkArgument(limit >= 1, "The limit (%s) must be 1 or more.", limit);
    }

    /** The top 5 options within the 2-hour promise. */
    public static TransferRequest of(StoreId store, PartNumber part, int quantity) {
        return new TransferRequest(store, part, quantity, DEFAULT_PROMISE, 5);
    }

    public TransferRequest withPromise(Duration newPromise) {
        return new TransferRequest(store, part, quantity, newPromise, limit);
    }

    public TransferRequest withLimit(int newLimit) {
        return new TransferRequest(store, part, quantity, promise, newLimit);
    }

    double promiseMinutes() {
        return promise.toSeconds() / 60.0;
    }
}
