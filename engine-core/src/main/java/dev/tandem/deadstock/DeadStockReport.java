package dev.tandem.deadstock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Money;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * The dead stock of a network on the snapshot's date, per store and part, with its value. Immutable.
 *
 * <p>Items are listed store by store in network order, the most valuable first within a store, ties in part
 * order; every value is exact in fen.
 */
public final class DeadStockReport {

    /**
     * The dead stock of one store.
     *
     * @param store the store
     * @param items its dead-stock items, the most valuable first
     * @param units their units
     * @param value their value
     */
    public record StoreTotal(Store store, List<DeadStockItem> items, int units, Money value) {

        public StoreTotal {
            Objects.requireNonNull(store, "store");
            items = ImmutableList.copyOf(items);
            Objects.requireNonNull(value, "value");
        }
    }

    private final DeadStockRule rule;
    private final LocalDate today;
    private final ImmutableList<StoreTotal> stores;
    private final ImmutableList<DeadStockItem> items;

    private DeadStockReport(DeadStockRule rule, LocalDate today, List<StoreTotal> stores) {
        this.rule = rule;
        this.today = today;
        this.stores = ImmutableList.copyOf(stores);
        this.items = stores.stream().flatMap(store -> store.items().stream()).collect(ImmutableList.toImmutableList());
    }

    /** The dead stock of {@code network} under {@code rule}. {@code O(stock rows)}. */
    public static DeadStockReport of(NetworkSnapshot network, DeadStockRule rule) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(rule, "rule");
        Comparator<DeadStockItem> mostValuableFirst = Comparator.comparing(DeadStockItem::value).reversed()
                .thenComparingInt(item -> network.partIndex(item.part().number()));
        List<StoreTotal> stores = new ArrayList<>();
        for (Store store : network.stores()) {
            List<DeadStockItem> items = new ArrayList<>();
            for (StockLevel level : network.stockOfStore(store.id())) {
                rule.apply(level, network.part(level.part()), network.today()).ifPresent(items::add);
            }
            if (!items.isEmpty()) {
                items.sort(mostValuableFirst);
                stores.add(new StoreTotal(store, items, items.stream().mapToInt(DeadStockItem::units).sum(),
                        sum(items)));
            }
        }
        return new DeadStockReport(rule, network.today(), stores);
    }

    public DeadStockRule rule() {
        return rule;
    }

    /** The day the report is for: the snapshot's date. */
    public LocalDate today() {
        return today;
    }

    /** The stores with dead stock, in network order. */
    public List<StoreTotal> stores() {
        return stores;
    }

    /** Every item, store by store. */
    public List<DeadStockItem> items() {
        return items;
    }

    public int totalUnits() {
        return stores.stream().mapToInt(StoreTotal::units).sum();
    }

    public Money totalValue() {
        return stores.stream().map(StoreTotal::value).reduce(Money.ZERO, Money::plus);
    }

    @Override
    public String toString() {
        return "DeadStockReport[" + today + ", " + items.size() + " items in " + stores.size() + " stores, "
                + totalValue() + "]";
    }

    private static Money sum(List<DeadStockItem> items) {
        return items.stream().map(DeadStockItem::value).reduce(Money.ZERO, Money::plus);
    }
}
