package dev.tandem.divert;

import java.util.Objects;

import dev.tandem.model.Money;
import dev.tandem.model.StoreId;

/**
 * A customer of an overloaded store the plan does not offer another store.
 *
 * @param job the customer's job
 * @param store the store, where the customer waits
 * @param expectedWaitHours the expected wait there
 * @param expectedCost the expected loss of the wait
 * @param reason why no offer, in plain words
 */
public record Stay(JobId job, StoreId store, double expectedWaitHours, Money expectedCost, String reason) {

    public Stay {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(expectedCost, "expectedCost");
        Objects.requireNonNull(reason, "reason");
    }
}
