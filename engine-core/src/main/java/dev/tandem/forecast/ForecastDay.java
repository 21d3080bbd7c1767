package dev.tandem.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

import dev.tandem.model.LoadState;

/**
 * One forecast day of one store.
 *
 * @param date the day
 * @param capacity jobs the store can take that day: from the snapshot, else the same weekday of the history,
 *     else the store's daily capacity
 * @param forecastBooked jobs the forecasting method expects, finite and not negative
 * @param bookedSoFar jobs the snapshot already has booked for the day, 0 when it has none
 * @param state the load state of {@link #utilization()}
 */
public record ForecastDay(LocalDate date, int capacity, double forecastBooked, int bookedSoFar, LoadState state) {

    public ForecastDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(state, "state");
        checkArgument(capacity > 0, "The capacity (%s) on %s must be positive.", capacity, date);
        checkArgument(Double.isFinite(forecastBooked) && forecastBooked >= 0,
                "The forecast bookings (%s) on %s must be a finite number, 0 or more.", forecastBooked, date);
    }

    /** The jobs to expect: the forecast, but never fewer than are booked already. */
    public double expectedBooked() {
        return Math.max(forecastBooked, bookedSoFar);
    }

    /** Expected jobs over capacity: 1.12 means 112 %. */
    public double utilization() {
        return expectedBooked() / capacity;
    }
}
