package dev.tandem.dashboard;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.deadstock.DeadStockReport;
import dev.tandem.deadstock.DeadStockRule;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.forecast.CapacityForecaster;
import dev.tandem.forecast.ForecastSettings;
import dev.tandem.travel.DriveIndex;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolver;

/**
 * The dashboard Tandem can fill from a snapshot alone, before any ledger: utilization (the last two weeks of a
 * booking history and its week's forecast, when a history is given; else the snapshot's capacity days), the
 * rebalancing plan as transfers and contribution points, stock breaches, and headline figures (transfers, the
 * plan's saving, dead stock, overload warnings, forecast error against the naive baseline).
 */
public final class NetworkDashboard {

    /** Days of history shown before the forecast. */
    public static final int HISTORY_DAYS = 14;

    private NetworkDashboard() {
    }

    /** The dashboard data of {@code network}, rebalanced with {@code solver}. */
    public static DashboardData of(NetworkSnapshot network, Optional<BookingHistory> history, RebalanceSolver solver) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(solver, "solver");
        RebalancePlan plan = solver.solve(RebalanceProblem.of(network, RebalanceSettings.DEFAULT,
                DriveIndex.of(network)));
        DeadStockReport deadStock = DeadStockReport.of(network, DeadStockRule.DEFAULT);
        DashboardData.Builder builder = DashboardData.builder(network)
                .headline("transfers planned (" + plan.unitsMoved() + " units)", Integer.toString(plan.moves().size()))
                .headline("net saving of the plan", yuan(plan.net().toYuan().doubleValue()))
                .headline("dead stock (" + deadStock.totalUnits() + " units)",
                        yuan(deadStock.totalValue().toYuan().doubleValue()));
        if (history.isPresent()) {
            CapacityForecast forecast = new CapacityForecaster(ForecastSettings.DEFAULT).forecast(network,
                    history.get());
            builder.headline("overload warnings, next " + forecast.dates().size() + " days",
                    Integer.toString(forecast.warnings().size()));
            forecast.methodScore().mape().ifPresent(mape -> builder.headline("forecast error (MAPE); "
                    + forecast.baselineScore().method() + " " + percent(forecast.baselineScore().mape().orElse(mape)),
                    percent(mape)));
            builder.history(history.get(), HISTORY_DAYS).forecast(forecast);
        }
        return builder.transfers(plan).points(plan).stockBreaches().build();
    }

    private static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private static String yuan(double yuan) {
        return String.format(Locale.ROOT, "¥%,.0f", yuan);
    }
}
