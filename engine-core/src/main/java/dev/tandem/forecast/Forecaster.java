package dev.tandem.forecast;

/**
 * Forecasts a daily series, such as the jobs a store has booked each day. Implementations are deterministic and
 * thread-safe.
 */
interface Forecaster {

    /** Days in a season: the series repeat by weekday. */
    int WEEK = 7;

    /** A short name for reports, such as {@code holt-winters} or {@code seasonal-naive}. */
    String name();

    /**
     * The values of the {@code horizon} days after the series.
     *
     * @param series one value a day, oldest first; NaN for a day with no value, at least one value known
     * @param horizon days to forecast, 1 or more
     * @return {@code horizon} finite, non-negative values
     * @throws IllegalArgumentException if the series is too short for the method or has no value at all
     */
    double[] forecast(double[] series, int horizon);

    /** The fewest days of series the method needs. */
    int minimumDays();
}
