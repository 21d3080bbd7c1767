package dev.tandem.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A store's workshop capacity (产能) on one day. In a valid snapshot {@code capacity > 0} and
 * {@code booked >= 0}; booked may exceed capacity, which is what an overloaded store looks like.
 *
 * @param store the store
 * @param date the day, in the store's local calendar
 * @param capacity jobs the store can take that day
 * @param booked jobs already booked (今日预约)
 */
public record CapacityDay(StoreId store, LocalDate date, int capacity, int booked) {

    public CapacityDay {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(date, "date");
    }

    /** Booked over capacity: 1.07 means 107 %. */
    public double utilization() {
        return (double) booked / capacity;
    }

    /** Jobs that still fit, zero when full or overbooked. */
    public int spare() {
        return Math.max(0, capacity - booked);
    }
}
