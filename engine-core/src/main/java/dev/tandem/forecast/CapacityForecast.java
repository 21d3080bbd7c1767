package dev.tandem.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

/**
 * The capacity pressure forecast of a network: per store the utilization of the next days, the warnings of
 * forecast overload, and how the method did against the baseline on held-back history.
 *
 * @param settings what was asked
 * @param method the name of the forecasting method, such as {@code holt-winters}
 * @param dates the forecast days, ascending
 * @param stores the stores forecast, in network order
 * @param warnings every forecast overloaded day, by date, then most loaded first
 * @param backtest the method and then the baseline, scored on the same held-back weeks
 * @param skipped stores not forecast, each with why, such as {@code DG: 9 days of history; 14 needed}
 */
public record CapacityForecast(ForecastSettings settings, String method, List<LocalDate> dates,
        List<StoreForecast> stores, List<OverloadWarning> warnings, Backtest backtest, List<String> skipped) {

    public CapacityForecast {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(method, "method");
        dates = ImmutableList.copyOf(dates);
        stores = ImmutableList.copyOf(stores);
        warnings = ImmutableList.copyOf(warnings);
        Objects.requireNonNull(backtest, "backtest");
        checkArgument(backtest.scores().size() == 2 && backtest.scores().get(0).method().equals(method),
                "The backtest must score the method (%s) and then the baseline.", method);
        skipped = ImmutableList.copyOf(skipped);
    }

    /** How the method did on the held-back weeks. */
    public Backtest.Score methodScore() {
        return backtest.scores().get(0);
    }

    /** How the baseline did on the same days. */
    public Backtest.Score baselineScore() {
        return backtest.scores().get(1);
    }
}
