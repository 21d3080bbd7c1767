package dev.tandem.ledger;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.tandem.model.StockLevel;
import dev.tandem.network.NetworkSnapshot;

/**
 * Units on hand and reserved per store and part, seeded from a snapshot. Not thread-safe: the {@link Ledger}
 * guards it. Reserved units are promised to the store's own jobs and are never shipped.
 */
final class StockBook {

    private final Map<StockKey, Integer> onHand = new HashMap<>();
    private final Map<StockKey, Integer> reserved = new HashMap<>();

    StockBook(NetworkSnapshot network) {
        for (StockLevel level : network.stock()) {
            StockKey key = new StockKey(level.store(), level.part());
            onHand.put(key, level.onHand());
            reserved.put(key, level.reserved());
        }
    }

    int onHand(StockKey key) {
        return onHand.getOrDefault(key, 0);
    }

    /** Units on hand and not reserved. */
    int free(StockKey key) {
        return onHand(key) - reserved.getOrDefault(key, 0);
    }

    /**
     * The count at {@code key} once {@code units} are added (negative: taken), computed before anything changes.
     *
     * @throws ArithmeticException if the count would not fit an {@code int}
     */
    Change change(StockKey key, int units) {
        return new Change(key, Math.addExact(onHand(key), units));
    }

    /** Sets a count computed by {@link #change}; cannot fail, so a logged event is always applied whole. */
    void apply(Change change) {
        onHand.put(change.key(), change.onHand());
    }

    /** The units on hand at one place after a stock movement's step. */
    record Change(StockKey key, int onHand) {
    }

    SortedMap<StockKey, Integer> copy() {
        return new TreeMap<>(onHand);
    }
}
