package dev.tandem.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

import dev.tandem.model.LoadThresholds;

/**
 * How far to forecast, how much history to hold back for the backtest, and when a day counts as overloaded.
 *
 * @param days days to forecast after the history, from 1 to 28
 * @param backtestWeeks the last weeks of history the backtest holds back, from 1 to 8
 * @param thresholds when utilization is overloaded (a warning) or idle
 */
public record ForecastSettings(int days, int backtestWeeks, LoadThresholds thresholds) {

    /** A week ahead, two weeks held back, the playbook's thresholds (overloaded at 100 %). */
    public static final ForecastSettings DEFAULT = new ForecastSettings(7, 2, LoadThresholds.DEFAULT);

    public ForecastSettings {
        checkArgument(days >= 1 && days <= 28, "The days to forecast (%s) must be from 1 to 28.\n"
                + "Maybe forecast a week (7): the weekly pattern carries a forecast only so far.", days);
        checkArgument(backtestWeeks >= 1 && backtestWeeks <= 8,
                "The backtest weeks (%s) must be from 1 to 8.", backtestWeeks);
        Objects.requireNonNull(thresholds, "thresholds");
    }

    public ForecastSettings withDays(int days) {
        return new ForecastSettings(days, backtestWeeks, thresholds);
    }

    public ForecastSettings withBacktestWeeks(int weeks) {
        return new ForecastSettings(days, weeks, thresholds);
    }

    public ForecastSettings withThresholds(LoadThresholds thresholds) {
        return new ForecastSettings(days, backtestWeeks, thresholds);
    }
}
