package dev.tandem.match;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLongArray;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.internal.Bounds;

/**
 * Live capacity and bookings per store and day over the snapshot's date range. A day without capacity in the
 * snapshot has capacity 0, meaning unknown.
 *
 * <p>A day's capacity and bookings share one atomic {@code long} (capacity in the high 32 bits, bookings in the
 * low 32), so a reader always gets the two as they stood together at one moment, never the capacity of one
 * moment with the bookings of another; every update is a compare-and-set of the whole cell. Both counts stay
 * within {@link Bounds#MAX_UNITS} and bookings never go below zero.
 */
final class CapacityBoard {

    private final long firstDay;
    private final int days;
    private final AtomicLongArray cells;

    CapacityBoard(NetworkSnapshot network) {
        if (network.capacityDates().isEmpty()) {
            firstDay = network.today().toEpochDay();
            days = 0;
        } else {
            firstDay = network.capacityDates().first().toEpochDay();
            days = (int) (network.capacityDates().last().toEpochDay() - firstDay + 1);
        }
        cells = new AtomicLongArray(network.storeCount() * days);
        for (CapacityDay day : network.capacity()) {
            int cell = network.storeIndex(day.store()) * days + (int) (day.date().toEpochDay() - firstDay);
            cells.set(cell, pack(day.capacity(), day.booked()));
        }
    }

    /** The cell of a store and day, or -1 when the day is outside the board. */
    int cell(int store, long epochDay) {
        long offset = epochDay - firstDay;
        return offset < 0 || offset >= days ? -1 : store * days + (int) offset;
    }

    /**
     * Capacity and bookings of a cell at one moment, packed (0 for no cell); read them with {@link #capacityOf}
     * and {@link #bookedOf}.
     */
    long read(int cell) {
        return cell < 0 ? 0 : cells.get(cell);
    }

    static int capacityOf(long packed) {
        return (int) (packed >>> 32);
    }

    static int bookedOf(long packed) {
        return (int) packed;
    }

    /**
     * Adds {@code jobs} (negative to cancel) to the bookings of a day with capacity, and returns the new count.
     *
     * @throws IllegalStateException if the day has no capacity, or the bookings would go below zero or beyond
     *     {@link Bounds#MAX_UNITS}; nothing changes then
     */
    int book(int cell, int jobs, StoreId store, LocalDate date) {
        while (true) {
            long current = cells.get(cell);
            int capacity = capacityOf(current);
            int booked = bookedOf(current);
            if (capacity <= 0) {
                throw new IllegalStateException("Store (" + store + ") has no capacity on " + date
                        + "; bookings there would be lost.\nMaybe call setCapacity for that day first.");
            }
            long next = (long) booked + jobs;
            if (next < 0) {
                throw new IllegalStateException("Cannot cancel " + (-(long) jobs) + " jobs of store (" + store
                        + ") on " + date + ": only " + booked + " are booked.");
            }
            if (next > Bounds.MAX_UNITS) {
                throw new IllegalStateException("Store (" + store + ") would have " + next + " jobs booked on " + date
                        + ", more than the most a count may hold (" + Bounds.MAX_UNITS + ").\nMaybe the jobs are "
                        + "wrong; a real store books far fewer.");
            }
            if (cells.compareAndSet(cell, current, pack(capacity, (int) next))) {
                return (int) next;
            }
        }
    }

    /** Sets the capacity of a day, keeping its bookings; the caller checked {@code 0 < jobs <= MAX_UNITS}. */
    void setCapacity(int cell, int jobs) {
        while (true) {
            long current = cells.get(cell);
            if (cells.compareAndSet(cell, current, pack(jobs, bookedOf(current)))) {
                return;
            }
        }
    }

    LocalDate date(int dayOffset) {
        return LocalDate.ofEpochDay(firstDay + dayOffset);
    }

    int days() {
        return days;
    }

    private static long pack(int capacity, int booked) {
        return ((long) capacity << 32) | (booked & 0xFFFF_FFFFL);
    }
}
