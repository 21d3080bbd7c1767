package dev.tandem.forecast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.LoadState;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;

/**
 * Forecasts capacity pressure (预测产能压力) from booking history, warning of overload in advance.
 *
 * <pre>{@code
 * CapacityForecast forecast = new CapacityForecaster(ForecastSettings.DEFAULT)
 *         .forecast(network, BookingHistoryReader.read(Path.of("history.csv"), network));
 * forecast.warnings().forEach(warning -> System.out.println(warning.message()));
 * }</pre>
 *
 * <p>For each store of the network with at least two weeks of history, the bookings of the days after the
 * history are forecast by {@link HoltWinters}, floored at what the snapshot already has booked, and divided by
 * the day's capacity. A day at or above the overloaded threshold is an {@link OverloadWarning}. The same run
 * backtests Holt-Winters against {@link SeasonalNaive} on the last weeks of the history. Immutable and
 * thread-safe.
 */
public final class CapacityForecaster {

    private final ForecastSettings settings;
    private final Forecaster method;
    private final Forecaster baseline;

    /** Holt-Winters, backtested against the seasonal naive baseline. */
    public CapacityForecaster(ForecastSettings settings) {
        this(settings, new HoltWinters(), new SeasonalNaive());
    }

    CapacityForecaster(ForecastSettings settings, Forecaster method, Forecaster baseline) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.method = Objects.requireNonNull(method, "method");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
    }

    public CapacityForecast forecast(NetworkSnapshot network, BookingHistory history) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(history, "history");
        List<LocalDate> dates = new ArrayList<>(settings.days());
        for (int day = 1; day <= settings.days(); day++) {
            dates.add(history.lastDate().plusDays(day));
        }
        List<StoreForecast> stores = new ArrayList<>();
        List<OverloadWarning> warnings = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Store store : network.stores()) {
            if (history.daysOf(store.id()).isEmpty()) {
                skipped.add(store.id() + ": no booking history");
                continue;
            }
            double[] series = history.bookedSeries(store.id());
            if (series.length < method.minimumDays()) {
                skipped.add(store.id() + ": " + series.length + " days of history; " + method.minimumDays()
                        + " needed");
                continue;
            }
            double[] booked = method.forecast(series, dates.size());
            List<ForecastDay> days = new ArrayList<>(dates.size());
            for (int i = 0; i < dates.size(); i++) {
                LocalDate date = dates.get(i);
                Optional<CapacityDay> planned = network.capacity(store.id(), date);
                int capacity = planned.map(CapacityDay::capacity)
                        .orElseGet(() -> capacityFromHistory(history.daysOf(store.id()), date)
                                .orElse(store.dailyCapacity()));
                int bookedSoFar = planned.map(CapacityDay::booked).orElse(0);
                double expected = Math.max(booked[i], bookedSoFar);
                ForecastDay day = new ForecastDay(date, capacity, booked[i], bookedSoFar,
                        settings.thresholds().classify(expected / capacity));
                days.add(day);
                if (day.state() == LoadState.OVERLOADED) {
                    warnings.add(new OverloadWarning(store, day, ChronoUnit.DAYS.between(network.today(), date)));
                }
            }
            stores.add(new StoreForecast(store, days));
        }
        history.stores().stream().filter(id -> network.findStore(id).isEmpty())
                .forEach(id -> skipped.add(id + ": in the history but not in the network"));
        warnings.sort(Comparator.comparing(OverloadWarning::date)
                .thenComparing(Comparator.comparingDouble((OverloadWarning w) -> w.day().utilization()).reversed()));
        Backtest backtest = Backtest.run(history, settings.backtestWeeks(), List.of(method, baseline));
        return new CapacityForecast(settings, method.name(), dates, stores, warnings, backtest, skipped);
    }

    /** The capacity of the latest same weekday in the history. */
    private static Optional<Integer> capacityFromHistory(NavigableMap<LocalDate, CapacityDay> days, LocalDate date) {
        for (Map.Entry<LocalDate, CapacityDay> entry : days.descendingMap().entrySet()) {
            if (entry.getKey().getDayOfWeek() == date.getDayOfWeek()) {
                return Optional.of(entry.getValue().capacity());
            }
        }
        return Optional.empty();
    }
}
