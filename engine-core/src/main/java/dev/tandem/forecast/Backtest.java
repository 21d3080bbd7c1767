package dev.tandem.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import dev.tandem.model.StoreId;

/**
 * How well forecasting methods did on the last weeks of a history they were not shown: the honest measure of a
 * forecast. Every method is scored on the same days in the same run.
 *
 * <p>Rolling origin, a week at a time, as the forecast is used: for each of the last {@code weeks} weeks, each
 * method sees only the days before that week and forecasts its seven days, which are compared with what was
 * booked. The error is the mean absolute percentage error (MAPE) over the days scored: days with a booking
 * count (not gaps) above zero, of stores with at least {@code weeks} weeks plus what the most demanding method
 * needs.
 *
 * @param weeks the weeks held back
 * @param scores one per method, in the order given
 */
public record Backtest(int weeks, List<Score> scores) {

    /**
     * One method's error.
     *
     * @param method the method's name
     * @param mape the mean absolute percentage error over all days scored, in percent; empty when no day was
     *     scored
     * @param daysScored the days scored
     * @param byStore the MAPE of each store scored, in history order
     */
    public record Score(String method, OptionalDouble mape, int daysScored, Map<StoreId, Double> byStore) {

        public Score {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(mape, "mape");
            byStore = ImmutableMap.copyOf(byStore);
        }
    }

    public Backtest {
        checkArgument(weeks >= 1, "The weeks held back (%s) must be 1 or more.", weeks);
        scores = ImmutableList.copyOf(scores);
    }

    /**
     * Scores {@code methods} on the last {@code weeks} weeks of {@code history}.
     *
     * @throws IllegalArgumentException if {@code weeks} is not 1 or more or no method is given
     */
    static Backtest run(BookingHistory history, int weeks, List<? extends Forecaster> methods) {
        Objects.requireNonNull(history, "history");
        checkArgument(weeks >= 1, "The weeks held back (%s) must be 1 or more.", weeks);
        checkArgument(!methods.isEmpty(), "Give at least one forecasting method to backtest.");
        int needed = methods.stream().mapToInt(Forecaster::minimumDays).max().orElseThrow() + weeks * Forecaster.WEEK;
        int m = methods.size();
        double[] errorSums = new double[m];
        int days = 0;
        List<Map<StoreId, Double>> byStore = new ArrayList<>();
        methods.forEach(method -> byStore.add(new LinkedHashMap<>()));
        for (StoreId store : history.stores()) {
            double[] series = history.bookedSeries(store);
            if (series.length < needed) {
                continue;
            }
            double[] storeSums = new double[m];
            int storeDays = 0;
            for (int week = weeks; week >= 1; week--) {
                int origin = series.length - week * Forecaster.WEEK;
                double[] seen = Arrays.copyOf(series, origin);
                double[][] forecasts = new double[m][];
                for (int i = 0; i < m; i++) {
                    forecasts[i] = methods.get(i).forecast(seen, Forecaster.WEEK);
                }
                for (int h = 0; h < Forecaster.WEEK; h++) {
                    double actual = series[origin + h];
                    if (Double.isNaN(actual) || actual <= 0) {
                        continue;
                    }
                    storeDays++;
                    for (int i = 0; i < m; i++) {
                        storeSums[i] += Math.abs(actual - forecasts[i][h]) / actual;
                    }
                }
            }
            if (storeDays > 0) {
                days += storeDays;
                for (int i = 0; i < m; i++) {
                    errorSums[i] += storeSums[i];
                    byStore.get(i).put(store, 100 * storeSums[i] / storeDays);
                }
            }
        }
        List<Score> scores = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            scores.add(new Score(methods.get(i).name(),
                    days == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * errorSums[i] / days), days,
                    byStore.get(i)));
        }
        return new Backtest(weeks, scores);
    }

    /** The score of the method named {@code method}. */
    public Score score(String method) {
        return scores.stream().filter(score -> score.method().equals(method)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The method (" + method + ") was not backtested."));
    }
}
