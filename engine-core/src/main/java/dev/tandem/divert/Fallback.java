package dev.tandem.divert;

import java.util.Objects;

import dev.tandem.model.StoreId;

/**
 * The store to offer next if a customer refuses: another that has room after the plan's offers, the cheapest in
 * expectation.
 *
 * @param to the store
 * @param driveMinutes the drive from the customer's store, rounded
 * @param acceptance the chance the customer accepts it
 * @param reason why, in plain words
 */
public record Fallback(StoreId to, long driveMinutes, double acceptance, String reason) {

    public Fallback {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
    }
}
