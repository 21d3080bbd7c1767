package dev.tandem.sample;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import dev.tandem.forecast.BookingHistory;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * Generates the booking history of a network's stores, deterministic for a seed, so that forecasts can be tried
 * and tested on data with a known shape: every day of the {@code weeks} weeks before the snapshot's date, each
 * store at the capacity the snapshot plans for the same weekday (its daily capacity when the snapshot has none)
 * with bookings of
 *
 * <pre>
 * booked(t) = round(utilization × capacity(t) × (1 + trend × weeksBeforeEnd(t)) × weekday(t) × (1 + noise(t)))
 * </pre>
 *
 * where {@code utilization} is the store's mean in the snapshot (so that the history leads into it; 80 % when
 * the snapshot has no capacity days for the store), {@code trend} a per-store drift drawn from −1 % to +1.5 % a
 * week, {@code weekday} the {@link #weekdayFactor weekly pattern} (Saturday the busiest, Tuesday the quietest)
 * and {@code noise} normal with a 6 % standard deviation.
 */
public final class HistoryGenerator {

    /** Monday to Sunday; they average 1. */
    private static final double[] WEEKDAY = {0.92, 0.88, 0.90, 0.95, 1.05, 1.22, 1.08};
    private static final double NOISE = 0.06;
    private static final double DEFAULT_UTILIZATION = 0.8;

    private HistoryGenerator() {
    }

    /** The booking history of {@code weeks} weeks (1 to 104) before the snapshot's date. */
    public static BookingHistory generate(NetworkSnapshot network, int weeks, long seed) {
        Objects.requireNonNull(network, "network");
        checkArgument(weeks >= 1 && weeks <= 104, "The weeks of history (%s) must be from 1 to 104.", weeks);
        SplittableRandom random = new SplittableRandom(seed);
        int days = weeks * 7;
        LocalDate first = network.today().minusDays(days);
        List<CapacityDay> history = new ArrayList<>(network.storeCount() * days);
        for (Store store : network.stores()) {
            SplittableRandom storeRandom = random.split();
            Collection<CapacityDay> planned = network.capacityOf(store.id()).values();
            double utilization = planned.isEmpty() ? DEFAULT_UTILIZATION
                    : planned.stream().mapToDouble(CapacityDay::utilization).average().orElseThrow();
            int[] capacity = weekdayCapacity(store, planned);
            double trend = -0.01 + 0.025 * storeRandom.nextDouble();
            for (int t = 0; t < days; t++) {
                LocalDate date = first.plusDays(t);
                int dayCapacity = capacity[date.getDayOfWeek().getValue() - 1];
                double weeksBeforeEnd = (t - days) / 7.0;
                double expected = utilization * dayCapacity * (1 + trend * weeksBeforeEnd)
                        * weekdayFactor(date.getDayOfWeek());
                double noisy = expected * (1 + NOISE * NetworkGenerator.gaussian(storeRandom));
                history.add(new CapacityDay(store.id(), date, dayCapacity, (int) Math.max(0, Math.round(noisy))));
            }
        }
        return BookingHistory.of(history);
    }

    /** The weekly pattern: bookings on {@code day} relative to an average day. */
    public static double weekdayFactor(DayOfWeek day) {
        return WEEKDAY[day.getValue() - 1];
    }

    /** Capacity by weekday, Monday first: the snapshot's plan for that weekday, else the daily capacity. */
    private static int[] weekdayCapacity(Store store, Collection<CapacityDay> planned) {
        int[] capacity = new int[7];
        Arrays.fill(capacity, store.dailyCapacity());
        planned.forEach(day -> capacity[day.date().getDayOfWeek().getValue() - 1] = day.capacity());
        return capacity;
    }
}
