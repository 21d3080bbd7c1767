package dev.tandem.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;

import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;

/**
 * A consistent, immutable picture of a {@link Ledger}: every record and the stock book at one moment. Reports
 * read this, so they never see half an update; two ledgers built from the same events have equal states.
 *
 * @param stores the network's stores, in the snapshot's order
 * @param entries every record by request id, in the order requested
 * @param onHand units on hand per store and part, for every place that ever held stock
 */
public record LedgerState(List<StoreId> stores, Map<RequestId, LedgerEntry> entries,
        SortedMap<StockKey, Integer> onHand) {

    public LedgerState {
        stores = ImmutableList.copyOf(stores);
        entries = ImmutableMap.copyOf(entries);
        onHand = ImmutableSortedMap.copyOfSorted(onHand);
    }

    /** The records in the order they were requested. */
    public Collection<LedgerEntry> records() {
        return entries.values();
    }

    public Optional<LedgerEntry> entry(RequestId id) {
        return Optional.ofNullable(entries.get(id));
    }

    public int onHand(StoreId store, PartNumber part) {
        return onHand.getOrDefault(new StockKey(store, part), 0);
    }

    public long unitsOnHand() {
        return onHand.values().stream().mapToLong(Integer::longValue).sum();
    }

    public long unitsInTransit() {
        return entries.values().stream().mapToLong(LedgerEntry::unitsInTransit).sum();
    }

    /** Units lost on short deliveries. */
    public long unitsLost() {
        return entries.values().stream().mapToLong(LedgerEntry::unitsLost).sum();
    }
}
