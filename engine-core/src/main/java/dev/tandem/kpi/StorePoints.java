package dev.tandem.kpi;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import com.google.common.collect.Maps;

import dev.tandem.ledger.LedgerEntry;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.RecordKind;
import dev.tandem.model.StoreId;

/**
 * A store's collaboration contribution over a period: the records it helped with that were done, per kind, and
 * the points they earned.
 *
 * @param store the store
 * @param records records done per kind; every kind present
 * @param points the points earned
 */
public record StorePoints(StoreId store, Map<RecordKind, Integer> records, int points) {

    public StorePoints {
        Objects.requireNonNull(store, "store");
        EnumMap<RecordKind, Integer> all = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            all.put(kind, records.getOrDefault(kind, 0));
        }
        records = Maps.immutableEnumMap(all);
    }

    public int records(RecordKind kind) {
        return records.get(kind);
    }

    /**
     * Every store's points for the records done that {@code include} accepts, in the snapshot's store order. A
     * record earns its helper's points when it is done (a settled record was done); a refused one earns nothing.
     */
    public static List<StorePoints> earned(LedgerState ledger, Predicate<LedgerEntry> include,
            IncentivePolicy policy) {
        Map<StoreId, Map<RecordKind, Integer>> counts = new LinkedHashMap<>();
        ledger.stores().forEach(store -> counts.put(store, new EnumMap<>(RecordKind.class)));
        for (LedgerEntry entry : ledger.records()) {
            if (entry.status().isDone() && include.test(entry)) {
                counts.computeIfAbsent(entry.request().helper(), store -> new EnumMap<>(RecordKind.class))
                        .merge(entry.kind(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().map(store -> new StorePoints(store.getKey(), store.getValue(),
                store.getValue().entrySet().stream()
                        .mapToInt(kind -> Math.multiplyExact(kind.getValue(), policy.points(kind.getKey()))).sum()))
                .toList();
    }
}
