package dev.tandem.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.StoreId;

/**
 * What stores had booked on past days: per store and date, the capacity and the jobs booked, as a
 * {@link CapacityDay} each. Immutable and thread-safe.
 *
 * <p>A store's days need not be consecutive: a day a store did not report is a gap, which the forecasting
 * methods fill from the same weekday of another week and the backtest does not score. The history ends on
 * {@link #lastDate()}, the latest day of any store; forecasts start the day after.
 */
public final class BookingHistory {

    private final ImmutableList<CapacityDay> days;
    private final ImmutableMap<StoreId, ImmutableSortedMap<LocalDate, CapacityDay>> byStore;
    private final LocalDate lastDate;

    private BookingHistory(List<CapacityDay> days, Map<StoreId, ImmutableSortedMap<LocalDate, CapacityDay>> byStore) {
        this.days = ImmutableList.copyOf(days);
        this.byStore = ImmutableMap.copyOf(byStore);
        this.lastDate = days.stream().map(CapacityDay::date).max(LocalDate::compareTo).orElseThrow();
    }

    /**
     * The history of the given days, in the order given; stores in the order they first appear.
     *
     * @throws IllegalArgumentException if there are no days, a capacity is not positive, a booking count is
     *     negative, or a store has two rows for one date
     */
    public static BookingHistory of(Collection<CapacityDay> days) {
        Objects.requireNonNull(days, "days");
        checkArgument(!days.isEmpty(), "The booking history has no days.\nMaybe give at least two weeks of days.");
        Map<StoreId, TreeMap<LocalDate, CapacityDay>> byStore = new LinkedHashMap<>();
        for (CapacityDay day : days) {
            Objects.requireNonNull(day, "day");
            checkArgument(day.capacity() > 0, "The capacity (%s) of store (%s) on %s must be positive.",
                    day.capacity(), day.store(), day.date());
            checkArgument(day.booked() >= 0, "The booked jobs (%s) of store (%s) on %s must not be negative.",
                    day.booked(), day.store(), day.date());
            CapacityDay earlier = byStore.computeIfAbsent(day.store(), store -> new TreeMap<>()).put(day.date(), day);
            checkArgument(earlier == null, "The store (%s) has two history rows for %s.", day.store(), day.date());
        }
        Map<StoreId, ImmutableSortedMap<LocalDate, CapacityDay>> sorted = new LinkedHashMap<>();
        byStore.forEach((store, byDate) -> sorted.put(store, ImmutableSortedMap.copyOfSorted(byDate)));
        return new BookingHistory(List.copyOf(days), sorted);
    }

    /** Every day, in the order given. */
    public List<CapacityDay> days() {
        return days;
    }

    /** The stores with history, in the order they first appear. */
    public List<StoreId> stores() {
        return byStore.keySet().asList();
    }

    /** The latest day of any store. */
    public LocalDate lastDate() {
        return lastDate;
    }

    /** The days of one store by date; empty when the store has no history. */
    public NavigableMap<LocalDate, CapacityDay> daysOf(StoreId store) {
        return byStore.getOrDefault(store, ImmutableSortedMap.of());
    }

    /**
     * The jobs booked at {@code store} on each day from its first day in the history to {@link #lastDate()}, NaN
     * for a day it did not report.
     *
     * @throws NoSuchElementException if the store has no history
     */
    public double[] bookedSeries(StoreId store) {
        NavigableMap<LocalDate, CapacityDay> byDate = byStore.get(store);
        if (byDate == null) {
            throw new NoSuchElementException("The store (" + store + ") has no booking history.");
        }
        LocalDate first = byDate.firstKey();
        double[] series = new double[Math.toIntExact(ChronoUnit.DAYS.between(first, lastDate) + 1)];
        Arrays.fill(series, Double.NaN);
        byDate.forEach((date, day) -> series[(int) ChronoUnit.DAYS.between(first, date)] = day.booked());
        return series;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BookingHistory that && days.equals(that.days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    @Override
    public String toString() {
        return "BookingHistory[" + byStore.size() + " stores, " + days.size() + " days, last " + lastDate + "]";
    }
}
