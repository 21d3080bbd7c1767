package dev.tandem.match;

import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * The live stock of one part across the stores that hold it, in parallel arrays sorted by store index.
 *
 * <p>Layout: the three counts a query reads together (on hand, reserved, safety stock) sit side by side in one
 * array, so checking a store costs one cache line. A part held widely (by one store in eight or more when
 * loaded) also has a dense store-to-slot table, so finding a store is one read instead of a binary search.
 *
 * <p>Concurrency: writers take the write lock; readers take an optimistic stamp, read, and validate it (falling
 * back to the read lock), so a reader sees either all or none of a multi-store update such as a transfer. The
 * arrays live in one {@link Rows} object that a growing writer replaces whole, and every index a reader uses is
 * bounded by {@link #count} or checked against the slot table, so an optimistic reader never indexes out of
 * range, even when it reads a moment of change that its stamp will reject. A store that did not hold the part
 * joins by shifting this part's rows, {@code O(holders)}; every other update is {@code O(log holders)} or
 * {@code O(1)}.
 */
final class PartHoldings {

    static final long UNKNOWN_DAY = Long.MIN_VALUE;
    /** Parts held by at least one store in this many get a dense store-to-slot table. */
    static final int DENSE_RATIO = 8;

    private static final int COUNTS = 3;
    private static final int ON_HAND = 0;
    private static final int RESERVED = 1;
    private static final int SAFETY = 2;

    /** The rows; a slot is a row. */
    static final class Rows {
        final int[] stores;
        /** {@code [slot * 3 + field]}: on hand, reserved, safety stock. */
        final int[] counts;
        final double[] demand;
        final long[] lastMovementDay;
        /** Store index to slot, -1 where the store holds no row; {@code null} for a sparsely held part. */
        final int[] slotOfStore;

        Rows(int length, int[] slotOfStore) {
            this(new int[length], new int[length * COUNTS], new double[length], new long[length], slotOfStore);
        }

        private Rows(int[] stores, int[] counts, double[] demand, long[] lastMovementDay, int[] slotOfStore) {
            this.stores = stores;
            this.counts = counts;
            this.demand = demand;
            this.lastMovementDay = lastMovementDay;
            this.slotOfStore = slotOfStore;
        }

        Rows grown(int length) {
            return new Rows(Arrays.copyOf(stores, length), Arrays.copyOf(counts, length * COUNTS),
                    Arrays.copyOf(demand, length), Arrays.copyOf(lastMovementDay, length), slotOfStore);
        }

        int length() {
            return stores.length;
        }

        int onHand(int slot) {
            return counts[slot * COUNTS + ON_HAND];
        }

        int reserved(int slot) {
            return counts[slot * COUNTS + RESERVED];
        }

        int safety(int slot) {
            return counts[slot * COUNTS + SAFETY];
        }

        void setOnHand(int slot, int units) {
            counts[slot * COUNTS + ON_HAND] = units;
        }

        void setReserved(int slot, int units) {
            counts[slot * COUNTS + RESERVED] = units;
        }

        void setSafety(int slot, int units) {
            counts[slot * COUNTS + SAFETY] = units;
        }

        /** Units free to give without touching reserved or safety stock. */
        int spare(int slot) {
            int at = slot * COUNTS;
            return Math.max(0, counts[at + ON_HAND] - counts[at + RESERVED] - counts[at + SAFETY]);
        }

        /** Units on hand and not reserved. */
        int available(int slot) {
            int at = slot * COUNTS;
            return Math.max(0, counts[at + ON_HAND] - counts[at + RESERVED]);
        }
    }

    final StampedLock lock = new StampedLock();
    volatile Rows rows;
    volatile int size;

    /**
     * @param capacity rows to make room for
     * @param storeCount stores in the network
     * @param dense whether to keep a store-to-slot table
     */
    PartHoldings(int capacity, int storeCount, boolean dense) {
        int[] slotOfStore = null;
        if (dense) {
            slotOfStore = new int[storeCount];
            Arrays.fill(slotOfStore, -1);
        }
        rows = new Rows(capacity, slotOfStore);
    }

    /** The number of rows safe to index in {@code rows}, even in an inconsistent optimistic read. */
    static int count(Rows rows, int size) {
        return Math.min(size, rows.length());
    }

    /** The slot of {@code store} in {@code rows}, or a negative number when it holds no row of this part. */
    static int slotOf(Rows rows, int size, int store) {
        int count = count(rows, size);
        if (rows.slotOfStore != null) {
            int slot = rows.slotOfStore[store];
            return slot < count ? slot : -1;
        }
        return Arrays.binarySearch(rows.stores, 0, count, store);
    }

    /** Appends a row during the initial load; rows must come in ascending store order. */
    void load(int store, int units, int reservedUnits, int safetyUnits, double dailyDemand, long lastDay) {
        Rows r = rows;
        int slot = size;
        r.stores[slot] = store;
        r.setOnHand(slot, units);
        r.setReserved(slot, reservedUnits);
        r.setSafety(slot, safetyUnits);
        r.demand[slot] = dailyDemand;
        r.lastMovementDay[slot] = lastDay;
        if (r.slotOfStore != null) {
            r.slotOfStore[store] = slot;
        }
        size = slot + 1;
    }

    /** The slot of {@code store}, inserting an empty row if needed; caller holds the write lock. */
    int slotForWrite(int store) {
        int slot = Arrays.binarySearch(rows.stores, 0, size, store);
        return slot >= 0 ? slot : insert(-slot - 1, store);
    }

    private int insert(int at, int store) {
        Rows r = rows;
        int n = size;
        if (n == r.length()) {
            r = r.grown(Math.max(4, n + (n >> 1) + 1));
        }
        int tail = n - at;
        System.arraycopy(r.stores, at, r.stores, at + 1, tail);
        System.arraycopy(r.counts, at * COUNTS, r.counts, (at + 1) * COUNTS, tail * COUNTS);
        System.arraycopy(r.demand, at, r.demand, at + 1, tail);
        System.arraycopy(r.lastMovementDay, at, r.lastMovementDay, at + 1, tail);
        r.stores[at] = store;
        r.setOnHand(at, 0);
        r.setReserved(at, 0);
        r.setSafety(at, 0);
        r.demand[at] = 0;
        r.lastMovementDay[at] = UNKNOWN_DAY;
        if (r.slotOfStore != null) {
            for (int slot = at; slot <= n; slot++) {
                r.slotOfStore[r.stores[slot]] = slot;
            }
        }
        rows = r;
        size = n + 1;
        return at;
    }
}
