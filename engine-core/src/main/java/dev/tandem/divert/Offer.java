package dev.tandem.divert;

import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.Money;
import dev.tandem.model.StoreId;

/**
 * An offer to a waiting customer: go to another store, with a coupon and a ride voucher HQ pays.
 *
 * @param job the customer's job
 * @param from the overloaded store
 * @param to the receiving store
 * @param driveMinutes the drive, rounded
 * @param distanceKm the road distance
 * @param bayHours the bay time the receiving store holds for the job
 * @param coupon the coupon offered
 * @param ride the ride voucher offered
 * @param acceptance the chance the customer accepts
 * @param waitSavedHours the expected wait at {@code from} the customer avoids by accepting
 * @param expectedCost the expected cost of the offer: the compensation if accepted, the wait's risk if refused
 * @param reason why this store, in plain words
 * @param fallback the store to offer next if the customer refuses, for offers likely enough to be refused
 */
public record Offer(JobId job, StoreId from, StoreId to, long driveMinutes, double distanceKm, double bayHours,
        Money coupon, Money ride, double acceptance, double waitSavedHours, Money expectedCost, String reason,
        Optional<Fallback> fallback) {

    public Offer {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(coupon, "coupon");
        Objects.requireNonNull(ride, "ride");
        Objects.requireNonNull(expectedCost, "expectedCost");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(fallback, "fallback");
    }

    /** What HQ pays if the customer accepts. */
    public Money compensation() {
        return coupon.plus(ride);
    }
}
