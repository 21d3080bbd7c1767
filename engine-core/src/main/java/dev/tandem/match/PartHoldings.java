package dev.tandem.match;

import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * The live stock of one part across the stores that hold it, in parallel arrays sorted by store index.
 *
 * <p>Concurrency: writers take the write lock; readers take an optimistic stamp, read, and validate it (falling
 * back to the read lock), so a reader sees either all or none of a multi-store update such as a transfer. The
 * arrays live in one {@link Rows} object of equal-length arrays that a growing writer replaces whole, so an
 * optimistic reader that bounds its indexes by {@link #count} never indexes out of range, even when it reads a
 * moment of change that its stamp will reject. A store that did not hold the part joins by shifting this part's
 * rows, {@code O(holders)}; every other update is {@code O(log holders)}.
 */
final class PartHoldings {

    static final long UNKNOWN_DAY = Long.MIN_VALUE;

    /** Equal-length parallel arrays; a row is a slot. */
    static final class Rows {
        final int[] stores;
        final int[] onHand;
        final int[] reserved;
        final int[] safety;
        final double[] demand;
        final long[] lastMovementDay;

        Rows(int length) {
            this(new int[length], new int[length], new int[length], new int[length], new double[length],
                    new long[length]);
        }

        private Rows(int[] stores, int[] onHand, int[] reserved, int[] safety, double[] demand,
                long[] lastMovementDay) {
            this.stores = stores;
            this.onHand = onHand;
            this.reserved = reserved;
            this.safety = safety;
            this.demand = demand;
            this.lastMovementDay = lastMovementDay;
        }

        Rows grown(int length) {
            return new Rows(Arrays.copyOf(stores, length), Arrays.copyOf(onHand, length),
                    Arrays.copyOf(reserved, length), Arrays.copyOf(safety, length), Arrays.copyOf(demand, length),
                    Arrays.copyOf(lastMovementDay, length));
        }

        /** Units free to give without touching reserved or safety stock. */
        int spare(int slot) {
            return Math.max(0, onHand[slot] - reserved[slot] - safety[slot]);
        }

        /** Units on hand and not reserved. */
        int available(int slot) {
            return Math.max(0, onHand[slot] - reserved[slot]);
        }
    }

    final StampedLock lock = new StampedLock();
    volatile Rows rows;
    volatile int size;

    PartHoldings(int capacity) {
        rows = new Rows(capacity);
    }

    /** The number of rows safe to index in {@code rows}, even in an inconsistent optimistic read. */
    static int count(Rows rows, int size) {
        return Math.min(size, rows.stores.length);
    }

    /** The slot of {@code store} in {@code rows}, or a negative number when it holds no row of this part. */
    static int slotOf(Rows rows, int size, int store) {
        return Arrays.binarySearch(rows.stores, 0, count(rows, size), store);
    }

    /** Appends a row during the initial load; rows must come in ascending store order. */
    void load(int store, int units, int reservedUnits, int safetyUnits, double dailyDemand, long lastDay) {
        Rows r = rows;
        int slot = size;
        r.stores[slot] = store;
        r.onHand[slot] = units;
        r.reserved[slot] = reservedUnits;
        r.safety[slot] = safetyUnits;
        r.demand[slot] = dailyDemand;
        r.lastMovementDay[slot] = lastDay;
        size = slot + 1;
    }

    /** The slot of {@code store}, inserting an empty row if needed; caller holds the write lock. */
    int slotForWrite(int store) {
        int slot = slotOf(rows, size, store);
        return slot >= 0 ? slot : insert(-slot - 1, store);
    }

    private int insert(int at, int store) {
        Rows r = rows;
        int n = size;
        if (n == r.stores.length) {
            r = r.grown(Math.max(4, n + (n >> 1) + 1));
        }
        int tail = n - at;
        System.arraycopy(r.stores, at, r.stores, at + 1, tail);
        System.arraycopy(r.onHand, at, r.onHand, at + 1, tail);
        System.arraycopy(r.reserved, at, r.reserved, at + 1, tail);
        System.arraycopy(r.safety, at, r.safety, at + 1, tail);
        System.arraycopy(r.demand, at, r.demand, at + 1, tail);
        System.arraycopy(r.lastMovementDay, at, r.lastMovementDay, at + 1, tail);
        r.stores[at] = store;
        r.onHand[at] = 0;
        r.reserved[at] = 0;
        r.safety[at] = 0;
        r.demand[at] = 0;
        r.lastMovementDay[at] = UNKNOWN_DAY;
        rows = r;
        size = n + 1;
        return at;
    }
}
