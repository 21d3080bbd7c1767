package dev.tandem.match;

import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * The live stock of one part across the stores that hold it, in parallel arrays sorted by store index.
 *
 * <p>Layout: the counts of a row (on hand, reserved, safety stock, backorders) sit side by side in one array, so
 * checking a store costs one cache line. A bit set of the holding stores ({@code n / 8} bytes: 250 for
 * 2,000 stores) answers "does this neighbour hold the part?" from a few cache lines, and, because the rows are
 * sorted by store, the rank of a store's bit is its slot.
 *
 * <p>Concurrency: writers take the write lock; readers take an optimistic stamp, read, and validate it (falling
 * back to the read lock), so a reader sees either all or none of a multi-store update such as a transfer. The
 * arrays live in one {@link Rows} object that a growing writer replaces whole, and every slot a reader uses is
 * bounded by {@link #count}, so an optimistic reader never indexes out of range, even when it reads a moment
 * of change that its stamp will reject. A store that did not hold the part joins by shifting this part's rows,
 * {@code O(holders)}; every other update costs {@code O(stores / 64)} word operations to find the slot, 32 for
 * 2,000 stores.
 */
final class PartHoldings {

    static final long UNKNOWN_DAY = Long.MIN_VALUE;

    private static final int COUNTS = 4;
    private static final int ON_HAND = 0;
    private static final int RESERVED = 1;
    private static final int SAFETY = 2;
    private static final int BACKORDERS = 3;

    /** The rows; a slot is a row. */
    static final class Rows {
        final int[] stores;
        /** {@code [slot * 4 + field]}: on hand, reserved, safety stock, backorders. */
        final int[] counts;
        final double[] demand;
        final long[] lastMovementDay;

        Rows(int length) {
            this(new int[length], new int[length * COUNTS], new double[length], new long[length]);
        }

        private Rows(int[] stores, int[] counts, double[] demand, long[] lastMovementDay) {
            this.stores = stores;
            this.counts = counts;
            this.demand = demand;
            this.lastMovementDay = lastMovementDay;
        }

        Rows grown(int length) {
            return new Rows(Arrays.copyOf(stores, length), Arrays.copyOf(counts, length * COUNTS),
                    Arrays.copyOf(demand, length), Arrays.copyOf(lastMovementDay, length));
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

        int backorders(int slot) {
            return counts[slot * COUNTS + BACKORDERS];
        }

        void setBackorders(int slot, int units) {
            counts[slot * COUNTS + BACKORDERS] = units;
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

        /**
         * Units free to give without touching reserved or safety stock or what the store's customers wait for;
         * summed in a {@code long}, so no counts, however large, overflow into a false spare.
         */
        int spare(int slot) {
            int at = slot * COUNTS;
            long spare = (long) counts[at + ON_HAND] - counts[at + RESERVED] - counts[at + SAFETY]
                    - counts[at + BACKORDERS];
            return (int) Math.max(0, spare);
        }

        /** Units on hand and not reserved. */
        int available(int slot) {
            int at = slot * COUNTS;
            return Math.max(0, counts[at + ON_HAND] - counts[at + RESERVED]);
        }
    }

    final StampedLock lock = new StampedLock();
    /** Bit {@code s} set when store {@code s} has a row. */
    final long[] holders;
    volatile Rows rows;
    volatile int size;

    /**
     * @param capacity rows to make room for
     * @param storeCount stores in the network
     */
    PartHoldings(int capacity, int storeCount) {
        holders = new long[(storeCount + 63) >>> 6];
        rows = new Rows(capacity);
    }

    /** The number of rows safe to index in {@code rows}, even in an inconsistent optimistic read. */
    static int count(Rows rows, int size) {
        return Math.min(size, rows.length());
    }

    /** Whether {@code store} has a row of this part. */
    boolean isHeldBy(int store) {
        return (holders[store >>> 6] & (1L << store)) != 0;
    }

    /**
     * The slot of {@code store}, or -1 when it holds no row of this part: the number of holders before it, counted
     * in the bit set.
     */
    int slotOf(Rows rows, int size, int store) {
        int word = store >>> 6;
        long bit = 1L << store;
        if ((holders[word] & bit) == 0) {
            return -1;
        }
        int slot = Long.bitCount(holders[word] & (bit - 1));
        for (int w = 0; w < word; w++) {
            slot += Long.bitCount(holders[w]);
        }
        return slot < count(rows, size) ? slot : -1;
    }

    /** Appends a row during the initial load; rows must come in ascending store order. */
    void load(int store, int units, int reservedUnits, int safetyUnits, int backorderUnits, double dailyDemand,
            long lastDay) {
        Rows r = rows;
        int slot = size;
        r.stores[slot] = store;
        r.setOnHand(slot, units);
        r.setReserved(slot, reservedUnits);
        r.setSafety(slot, safetyUnits);
        r.setBackorders(slot, backorderUnits);
        r.demand[slot] = dailyDemand;
        r.lastMovementDay[slot] = lastDay;
        holders[store >>> 6] |= 1L << store;
        size = slot + 1;
    }

    /** The slot of {@code store}, inserting an empty row if needed; caller holds the write lock. */
    int slotForWrite(int store) {
        int slot = slotOf(rows, size, store);
        return slot >= 0 ? slot : insert(-Arrays.binarySearch(rows.stores, 0, size, store) - 1, store);
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
        r.setBackorders(at, 0);
        r.demand[at] = 0;
        r.lastMovementDay[at] = UNKNOWN_DAY;
        holders[store >>> 6] |= 1L << store;
        rows = r;
        size = n + 1;
        return at;
    }
}
