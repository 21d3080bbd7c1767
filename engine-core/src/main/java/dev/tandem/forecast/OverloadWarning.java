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
 * @param daysAhead days from the snapshot's date to the day; 0 is today, negative for a day already past
 */
public record OverloadWarning(Store store, ForecastDay day, long daysAhead) {

    public OverloadWarning {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(day, "day");
    }

    public LocalDate date() {
        return day.date();
    }

    /** Jobs expected beyond capacity, the expectation rounded to whole jobs: what diversion or support must absorb. */
    public int jobsOver() {
        return (int) Math.max(0, Math.round(day.expectedBooked()) - day.capacity());
    }

    private String when() {
        if (daysAhead == 0) {
            return "today";
        }
        long days = Math.abs(daysAhead);
        String count = days + (days == 1 ? " day" : " days");
        // a history that ends well before the snapshot forecasts days the snapshot has already passed
        return daysAhead > 0 ? "in " + count : count + " ago";
    }

    /**
     * Such as {@code SZ Shenzhen Futian: 113% forecast on Sat 2026-11-28 (34 of 30 jobs, 4 over), in 1 day}, or
     * {@code (30 of 30 jobs, full)}.
     */
    public String message() {
        int over = jobsOver();
        return String.format(Locale.ROOT, "%s %s: %d%% forecast on %s %s (%d of %d jobs, %s), %s",
                store.id(), store.name(), Math.round(day.utilization() * 100),
                day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT), day.date(),
                Math.round(day.expectedBooked()), day.capacity(), over == 0 ? "full" : over + " over",
                when());
    }
}
