package dev.tandem.network;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.travel.HaversineTravel;
import dev.tandem.travel.Leg;
import dev.tandem.travel.TravelModel;

/**
 * The whole service network at one moment: stores, technicians, parts, stock, capacity by day, and how to travel
 * between stores. Immutable and thread-safe.
 *
 * <p>Users look things up by typed id ({@link #store(StoreId)}, {@link #stock(StoreId, PartNumber)}); engines
 * work on dense {@code int} indexes: stores, parts and technicians are numbered {@code 0..n-1} in the order they
 * were added ({@link #storeIndex(StoreId)}, {@link #storeAt(int)}). Every list keeps the order it was given in,
 * so a snapshot written out and read back is equal to the original.
 *
 * <p>Built with {@link #builder()}, which validates the whole aggregate once and reports every problem at once.
 */
public final class NetworkSnapshot {

    private final OffsetDateTime asOf;
    private final ImmutableList<Store> stores;
    private final ImmutableList<Technician> technicians;
    private final ImmutableList<Part> parts;
    private final ImmutableList<StockLevel> stock;
    private final ImmutableList<CapacityDay> capacity;
    private final TravelModel travel;

    private final ImmutableMap<StoreId, Integer> storeIndex;
    private final ImmutableMap<TechnicianId, Integer> technicianIndex;
    private final ImmutableMap<PartNumber, Integer> partIndex;
    /** Per part index: rows of {@link #stock}, sorted by store index. */
    private final int[][] stockRowsByPart;
    /** Per store index: rows of {@link #stock}, sorted by part index. */
    private final int[][] stockRowsByStore;
    private final ImmutableListMultimap<StoreId, Technician> techniciansByStore;
    private final ImmutableMap<StoreId, ImmutableSortedMap<LocalDate, CapacityDay>> capacityByStore;
    private final ImmutableSortedSet<LocalDate> capacityDates;

    private NetworkSnapshot(Builder builder) {
        this.asOf = builder.asOf;
        this.stores = ImmutableList.copyOf(builder.stores);
        this.technicians = ImmutableList.copyOf(builder.technicians);
        this.parts = ImmutableList.copyOf(builder.parts);
        this.stock = ImmutableList.copyOf(builder.stock);
        this.capacity = ImmutableList.copyOf(builder.capacity);
        this.travel = builder.travel;

        this.storeIndex = indexBy(stores, Store::id);
        this.technicianIndex = indexBy(technicians, Technician::id);
        this.partIndex = indexBy(parts, Part::number);
        this.stockRowsByPart = groupRows(parts.size(), stock.size(), row -> partIndex.get(stock.get(row).part()),
                row -> storeIndex.get(stock.get(row).store()));
        this.stockRowsByStore = groupRows(stores.size(), stock.size(), row -> storeIndex.get(stock.get(row).store()),
                row -> partIndex.get(stock.get(row).part()));
        ImmutableListMultimap.Builder<StoreId, Technician> byStore = ImmutableListMultimap.builder();
        technicians.forEach(technician -> byStore.put(technician.store(), technician));
        this.techniciansByStore = byStore.build();
        Map<StoreId, TreeMap<LocalDate, CapacityDay>> days = new HashMap<>();
        capacity.forEach(day -> days.computeIfAbsent(day.store(), id -> new TreeMap<>()).put(day.date(), day));
        ImmutableMap.Builder<StoreId, ImmutableSortedMap<LocalDate, CapacityDay>> capacityIndex =
                ImmutableMap.builder();
        days.forEach((store, byDate) -> capacityIndex.put(store, ImmutableSortedMap.copyOfSorted(byDate)));
        this.capacityByStore = capacityIndex.build();
        this.capacityDates = capacity.stream().map(CapacityDay::date)
                .collect(ImmutableSortedSet.toImmutableSortedSet(LocalDate::compareTo));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The moment the snapshot describes; its date is "today" for the stock and capacity figures. */
    public OffsetDateTime asOf() {
        return asOf;
    }

    public LocalDate today() {
        return asOf.toLocalDate();
    }

    public List<Store> stores() {
        return stores;
    }

    public List<Technician> technicians() {
        return technicians;
    }

    public List<Part> parts() {
        return parts;
    }

    /** All stock rows, in the order given. */
    public List<StockLevel> stock() {
        return stock;
    }

    /** All capacity days, in the order given. */
    public List<CapacityDay> capacity() {
        return capacity;
    }

    public TravelModel travel() {
        return travel;
    }

    // ---- by typed id ----

    public Optional<Store> findStore(StoreId id) {
        Integer index = storeIndex.get(id);
        return index == null ? Optional.empty() : Optional.of(stores.get(index));
    }

    /** @throws NoSuchElementException if the store is not in the network */
    public Store store(StoreId id) {
        return stores.get(storeIndex(id));
    }

    public Optional<Technician> findTechnician(TechnicianId id) {
        Integer index = technicianIndex.get(id);
        return index == null ? Optional.empty() : Optional.of(technicians.get(index));
    }

    public Optional<Part> findPart(PartNumber number) {
        Integer index = partIndex.get(number);
        return index == null ? Optional.empty() : Optional.of(parts.get(index));
    }

    /** @throws NoSuchElementException if the part is not in the network */
    public Part part(PartNumber number) {
        return parts.get(partIndex(number));
    }

    /** The stock of {@code part} at {@code store}; empty when the store has no row for it. */
    public Optional<StockLevel> stock(StoreId store, PartNumber part) {
        Integer storeAt = storeIndex.get(store);
        Integer partAt = partIndex.get(part);
        if (storeAt == null || partAt == null) {
            return Optional.empty();
        }
        int[] rows = stockRowsByPart[partAt];
        int low = 0;
        int high = rows.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int midStore = storeIndex.get(stock.get(rows[mid]).store());
            if (midStore < storeAt) {
                low = mid + 1;
            } else if (midStore > storeAt) {
                high = mid - 1;
            } else {
                return Optional.of(stock.get(rows[mid]));
            }
        }
        return Optional.empty();
    }

    /** The stock rows of one part across the network, in store-index order. */
    public List<StockLevel> stockOfPart(PartNumber part) {
        return rows(stockRowsByPart[partIndex(part)]);
    }

    /** The stock rows of one store, in part-index order. */
    public List<StockLevel> stockOfStore(StoreId store) {
        return rows(stockRowsByStore[storeIndex(store)]);
    }

    /** The technicians whose home is {@code store}, in the order given. */
    public List<Technician> techniciansOf(StoreId store) {
        return techniciansByStore.get(store);
    }

    /** The capacity of {@code store} on {@code date}, if the snapshot has it. */
    public Optional<CapacityDay> capacity(StoreId store, LocalDate date) {
        ImmutableSortedMap<LocalDate, CapacityDay> byDate = capacityByStore.get(store);
        return byDate == null ? Optional.empty() : Optional.ofNullable(byDate.get(date));
    }

    /** The capacity days of one store, by date. */
    public NavigableMap<LocalDate, CapacityDay> capacityOf(StoreId store) {
        return capacityByStore.getOrDefault(store, ImmutableSortedMap.of());
    }

    /** Every date that some store has capacity for, ascending. */
    public SortedSet<LocalDate> capacityDates() {
        return capacityDates;
    }

    /** The drive from one store to another under this snapshot's travel model. */
    public Leg leg(StoreId from, StoreId to) {
        return travel.leg(store(from), store(to));
    }

    // ---- dense indexes for engines ----

    public int storeCount() {
        return stores.size();
    }

    public int partCount() {
        return parts.size();
    }

    public int technicianCount() {
        return technicians.size();
    }

    /** @throws NoSuchElementException if the store is not in the network */
    public int storeIndex(StoreId id) {
        return indexOf(storeIndex, id, "store");
    }

    public int partIndex(PartNumber number) {
        return indexOf(partIndex, number, "part");
    }

    public int technicianIndex(TechnicianId id) {
        return indexOf(technicianIndex, id, "technician");
    }

    public Store storeAt(int index) {
        return stores.get(index);
    }

    public Part partAt(int index) {
        return parts.get(index);
    }

    public Technician technicianAt(int index) {
        return technicians.get(index);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NetworkSnapshot that
                && asOf.equals(that.asOf) && stores.equals(that.stores) && technicians.equals(that.technicians)
                && parts.equals(that.parts) && stock.equals(that.stock) && capacity.equals(that.capacity)
                && travel.equals(that.travel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, stores, technicians, parts, stock.size(), capacity.size(), travel);
    }

    @Override
    public String toString() {
        return "NetworkSnapshot[asOf=" + asOf + ", " + stores.size() + " stores, " + technicians.size()
                + " technicians, " + parts.size() + " parts, " + stock.size() + " stock rows, " + capacity.size()
                + " capacity days]";
    }

    private List<StockLevel> rows(int[] rows) {
        List<StockLevel> result = new ArrayList<>(rows.length);
        for (int row : rows) {
            result.add(stock.get(row));
        }
        return Collections.unmodifiableList(result);
    }

    private static <K> int indexOf(Map<K, Integer> index, K key, String what) {
        Integer at = index.get(key);
        if (at == null) {
            throw new NoSuchElementException("The " + what + " (" + key + ") is not in the network.");
        }
        return at;
    }

    private static <T, K> ImmutableMap<K, Integer> indexBy(List<T> values, Function<T, K> key) {
        ImmutableMap.Builder<K, Integer> index = ImmutableMap.builderWithExpectedSize(values.size());
        for (int i = 0; i < values.size(); i++) {
            index.put(key.apply(values.get(i)), i);
        }
        return index.buildOrThrow();
    }

    private static int[][] groupRows(int groups, int rowCount, IntUnaryOperator groupOf,
            IntUnaryOperator sortKey) {
        int[] sizes = new int[groups];
        int[] groupOfRow = new int[rowCount];
        for (int row = 0; row < rowCount; row++) {
            groupOfRow[row] = groupOf.applyAsInt(row);
            sizes[groupOfRow[row]]++;
        }
        int[][] result = new int[groups][];
        for (int group = 0; group < groups; group++) {
            result[group] = new int[sizes[group]];
        }
        int[] filled = new int[groups];
        for (int row = 0; row < rowCount; row++) {
            int group = groupOfRow[row];
            result[group][filled[group]++] = row;
        }
        int[] keys = new int[rowCount];
        for (int row = 0; row < rowCount; row++) {
            keys[row] = sortKey.applyAsInt(row);
        }
        for (int[] rows : result) {
            sortByKey(rows, keys);
        }
        return result;
    }

    private static void sortByKey(int[] rows, int[] keys) {
        long[] packed = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            packed[i] = ((long) keys[rows[i]] << 32) | rows[i];
        }
        Arrays.sort(packed);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (int) packed[i];
        }
    }

    /**
     * Collects the parts of a snapshot, then validates them all at once in {@link #build()}. Not thread-safe; a
     * builder may be reused after a failed build.
     */
    public static final class Builder {

        private OffsetDateTime asOf;
        private final List<Store> stores = new ArrayList<>();
        private final List<Technician> technicians = new ArrayList<>();
        private final List<Part> parts = new ArrayList<>();
        private final List<StockLevel> stock = new ArrayList<>();
        private final List<CapacityDay> capacity = new ArrayList<>();
        private TravelModel travel = HaversineTravel.DEFAULT;
        private final Set<StoreId> storesKnownElsewhere = new HashSet<>();
        private final Set<PartNumber> partsKnownElsewhere = new HashSet<>();
        private boolean everyStoreKnown;
        private boolean everyPartKnown;

        private Builder() {
        }

        public Builder asOf(OffsetDateTime asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        public Builder addStore(Store store) {
            stores.add(Objects.requireNonNull(store, "store"));
            return this;
        }

        public Builder addStores(Collection<Store> stores) {
            stores.forEach(this::addStore);
            return this;
        }

        public Builder addTechnician(Technician technician) {
            technicians.add(Objects.requireNonNull(technician, "technician"));
            return this;
        }

        public Builder addTechnicians(Collection<Technician> technicians) {
            technicians.forEach(this::addTechnician);
            return this;
        }

        public Builder addPart(Part part) {
            parts.add(Objects.requireNonNull(part, "part"));
            return this;
        }

        public Builder addParts(Collection<Part> parts) {
            parts.forEach(this::addPart);
            return this;
        }

        public Builder addStock(StockLevel level) {
            stock.add(Objects.requireNonNull(level, "level"));
            return this;
        }

        public Builder addStock(Collection<StockLevel> levels) {
            levels.forEach(this::addStock);
            return this;
        }

        public Builder addCapacity(CapacityDay day) {
            capacity.add(Objects.requireNonNull(day, "day"));
            return this;
        }

        public Builder addCapacity(Collection<CapacityDay> days) {
            days.forEach(this::addCapacity);
            return this;
        }

        /** The travel model; {@link HaversineTravel#DEFAULT} unless set. */
        public Builder travel(TravelModel travel) {
            this.travel = Objects.requireNonNull(travel, "travel");
            return this;
        }

        /**
         * Treats {@code store} as known when checking references, without adding it. A reader uses this for a
         * store it had to drop for another problem, so that each mistake is reported once.
         */
        public Builder assumeKnown(StoreId store) {
            storesKnownElsewhere.add(store);
            return this;
        }

        /** Treats {@code part} as known when checking references; see {@link #assumeKnown(StoreId)}. */
        public Builder assumeKnown(PartNumber part) {
            partsKnownElsewhere.add(part);
            return this;
        }

        /**
         * Treats every store as known when checking references, and no longer asks for at least one store. A
         * reader uses this when it cannot read the list of stores at all, so that this one mistake is not
         * reported again for every reference to a store.
         */
        public Builder assumeEveryStoreKnown() {
            everyStoreKnown = true;
            return this;
        }

        /** Treats every part as known when checking references; see {@link #assumeEveryStoreKnown()}. */
        public Builder assumeEveryPartKnown() {
            everyPartKnown = true;
            return this;
        }

        /** Every problem of the snapshot as it stands; empty when {@link #build()} would succeed. */
        public List<InputError> problems() {
            return new SnapshotValidator(storesKnownElsewhere, everyStoreKnown, partsKnownElsewhere, everyPartKnown)
                    .validate(asOf, stores, technicians, parts, stock, capacity, travel);
        }

        /**
         * Validates and builds the snapshot. Nothing assumed known counts here: every reference must resolve.
         *
         * @throws InvalidSnapshotException listing every problem, if there is any
         */
        public NetworkSnapshot build() {
            List<InputError> problems = new SnapshotValidator(Set.of(), false, Set.of(), false)
                    .validate(asOf, stores, technicians, parts, stock, capacity, travel);
            if (!problems.isEmpty()) {
                throw new InvalidSnapshotException("built in Java", problems);
            }
            return new NetworkSnapshot(this);
        }
    }
}
