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

    /** Takes units the caller checked are free. */
    void take(StockKey key, int units) {
        onHand.merge(key, -units, Integer::sum);
    }

    void put(StockKey key, int units) {
        onHand.merge(key, units, Math::addExact);
    }

    SortedMap<StockKey, Integer> copy() {
        return new TreeMap<>(onHand);
    }
}
