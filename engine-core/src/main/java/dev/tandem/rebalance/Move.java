package dev.tandem.rebalance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;

/**
 * Units of one part sent from one store to another, carried by one {@link Run}.
 *
 * @param from the sending store
 * @param to the receiving store
 * @param part the part
 * @param quantity units, 1 or more
 * @param value the units' worth at unit cost
 * @param freight its share of its run's freight, by units (all of it when the run carries this move alone)
 * @param benefit what it earns: shortage covered at the receiver plus dead stock revived at the sender. Where
 *     several moves of a part reach one store, the nearest sender's units are credited first, each to the most
 *     valuable shortage still open (customers waiting, then safety stock, then demand cover)
 * @param revivesDeadStock whether the units were dead stock at the sender
 * @param reason what a person reads about it
 */
public record Move(StoreId from, StoreId to, PartNumber part, int quantity, Money value, Money freight,
        Money benefit, boolean revivesDeadStock, String reason) {

    public Move {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(freight, "freight");
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(reason, "reason");
        checkArgument(quantity >= 1, "The quantity (%s) of a move must be 1 or more.", quantity);
    }

    /** Benefit minus its share of freight. */
    public Money net() {
        return benefit.minus(freight);
    }
}
