package dev.tandem.match;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicIntegerArray;

import dev.tandem.model.CapacityDay;
import dev.tandem.network.NetworkSnapshot;

/**
 * Live capacity and bookings per store and day over the snapshot's date range. A day without capacity in the
 * snapshot has capacity 0, meaning unknown. Each cell is one atomic int, updated by compare-and-set so that
 * bookings never go below zero.
 */
final class CapacityBoard {

    private final long firstDay;
    private final int days;
    private final AtomicIntegerArray capacity;
    private final AtomicIntegerArray booked;

    CapacityBoard(NetworkSnapshot network) {
        if (network.capacityDates().isEmpty()) {
            firstDay = network.today().toEpochDay();
            days = 0;
        } else {
            firstDay = network.capacityDates().first().toEpochDay();
            days = (int) (network.capacityDates().last().toEpochDay() - firstDay + 1);
        }
        capacity = new AtomicIntegerArray(network.storeCount() * days);
        booked = new AtomicIntegerArray(network.storeCount() * days);
        for (CapacityDay day : network.capacity()) {
            int cell = network.storeIndex(day.store()) * days + (int) (day.date().toEpochDay() - firstDay);
            capacity.set(cell, day.capacity());
            booked.set(cell, day.booked());
        }
    }

    /** The cell of a store and day, or -1 when the day is outside the board. */
    int cell(int store, long epochDay) {
        long offset = epochDay - firstDay;
        return offset < 0 || offset >= days ? -1 : store * days + (int) offset;
    }

    int capacity(int cell) {
        return cell < 0 ? 0 : capacity.get(cell);
    }

    int booked(int cell) {
        return cell < 0 ? 0 : booked.get(cell);
    }

    /** Adds {@code jobs} (negative to cancel) and returns the new booked count; never below zero. */
    int book(int cell, int jobs) {
        while (true) {
            int current = booked.get(cell);
            long next = (long) current + jobs;
            if (next > Integer.MAX_VALUE) {
                throw new IllegalStateException("Cannot book " + jobs + " more jobs: " + current
                        + " are booked already and the count would overflow.");
            }
            if (next < 0) {
                throw new IllegalStateException("Cannot cancel " + (-jobs) + " jobs: only " + current
                        + " are booked.");
            }
            if (booked.compareAndSet(cell, current, (int) next)) {
                return (int) next;
            }
        }
    }

    void setCapacity(int cell, int jobs) {
        capacity.set(cell, jobs);
    }

    LocalDate date(int dayOffset) {
        return LocalDate.ofEpochDay(firstDay + dayOffset);
    }

    int days() {
        return days;
    }
}
