package dev.tandem.forecast;

/**
 * The baseline: each day as on the same weekday of the last week of the series (a day with no value: the last
 * known value of that weekday). A forecasting method is worth its complexity only when it beats this.
 */
final class SeasonalNaive implements Forecaster {

    @Override
    public String name() {
        return "seasonal-naive";
    }

    @Override
    public int minimumDays() {
        return WEEK;
    }

    @Override
    public double[] forecast(double[] series, int horizon) {
        Series.checkArguments(series, horizon, WEEK, name());
        double[] filled = Series.fillGaps(series);
        double[] forecast = new double[horizon];
        int n = filled.length;
        for (int h = 1; h <= horizon; h++) {
            int weeksBack = (h + WEEK - 1) / WEEK;
            forecast[h - 1] = Math.max(0, filled[n + h - 1 - weeksBack * WEEK]);
        }
        return forecast;
    }

    @Override
    public String toString() {
        return name();
    }
}
