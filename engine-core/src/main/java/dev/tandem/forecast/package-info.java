/**
 * Capacity pressure forecasts (预测产能压力, 提前预警): from a store's booking history, the bookings and
 * utilization of the next days, with a warning for each day forecast to be overloaded.
 *
 * <p>Start from {@link dev.tandem.forecast.CapacityForecaster#forecast}. The forecasting methods are
 * {@link dev.tandem.forecast.HoltWinters} (additive, weekly season, damped trend, parameters fitted on one-step
 * error) and the baseline {@link dev.tandem.forecast.SeasonalNaive} (same weekday last week); a
 * {@link dev.tandem.forecast.Backtest} scores both on held-back weeks of the same history, in the same run, so
 * that every forecast comes with the evidence of how good it is.
 */
package dev.tandem.forecast;
