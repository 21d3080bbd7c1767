package dev.tandem.forecast;

import static com.google.common.base.Preconditions.checkArgument;

/** Daily series helpers shared by the forecasting methods. */
final class Series {

    private Series() {
    }

    /**
     * A copy with every NaN (a day with no value) replaced: by the value a week earlier, else by the first known
     * value of the same weekday later, else by the mean of the known values.
     *
     * @throws IllegalArgumentException if no value is known
     */
    static double[] fillGaps(double[] series) {
        double sum = 0;
        int known = 0;
        for (double value : series) {
            if (!Double.isNaN(value)) {
                checkArgument(Double.isFinite(value), "The series holds %s; values must be finite.", value);
                sum += value;
                known++;
            }
        }
        checkArgument(known > 0, "The series of %s days has no known value.", series.length);
        double mean = sum / known;
        double[] filled = series.clone();
        for (int t = 0; t < filled.length; t++) {
            if (Double.isNaN(filled[t])) {
                filled[t] = t >= Forecaster.WEEK ? filled[t - Forecaster.WEEK] : sameWeekdayLater(series, t, mean);
            }
        }
        return filled;
    }

    private static double sameWeekdayLater(double[] series, int t, double fallback) {
        for (int later = t + Forecaster.WEEK; later < series.length; later += Forecaster.WEEK) {
            if (!Double.isNaN(series[later])) {
                return series[later];
            }
        }
        return fallback;
    }

    static void checkArguments(double[] series, int horizon, int minimumDays, String method) {
        checkArgument(horizon >= 1, "The horizon (%s) must be 1 or more.", horizon);
        checkArgument(series.length >= minimumDays, "The series has %s days but %s needs at least %s.",
                series.length, method, minimumDays);
    }
}
