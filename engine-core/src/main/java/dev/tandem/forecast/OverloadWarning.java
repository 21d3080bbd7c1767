package dev.tandem.forecast;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

import dev.tandem.model.Store;

/**
 * A day a store is forecast to be overloaded: the early warning (提前预警) that leaves time to divert customers
 * or borrow technicians before the day comes.
 *
 * @param store the store
 * @param day the forecast day, whose utilization is at or above the overloaded threshold
 * @param daysAhead days from the snapshot's date to the day; 0 is today
 */
public record OverloadWarning(Store store, ForecastDay day, long daysAhead) {

    public OverloadWarning {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(day, "day");
    }

    public LocalDate date() {
        return day.date();
    }

    /** Jobs expected beyond capacity, rounded up: what diversion or support must absorb. */
    public int jobsOver() {
        return (int) Math.max(0, Math.ceil(day.expectedBooked() - day.capacity() - 1e-9));
    }

    /** Such as {@code SZ Shenzhen Futian: 113% forecast on Sat 2026-11-28 (34 of 30 jobs, 4 over), in 1 day}. */
    public String message() {
        return String.format(Locale.ROOT, "%s %s: %d%% forecast on %s %s (%.0f of %d jobs, %d over), %s",
                store.id(), store.name(), Math.round(day.utilization() * 100),
                day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT), day.date(),
                day.expectedBooked(), day.capacity(), jobsOver(),
                daysAhead == 0 ? "today" : "in " + daysAhead + (daysAhead == 1 ? " day" : " days"));
    }
}
