package dev.tandem.sample;

import java.util.Locale;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.deadstock.DeadStockReport;
import dev.tandem.deadstock.DeadStockRule;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.forecast.CapacityForecaster;
import dev.tandem.forecast.ForecastSettings;
import dev.tandem.match.DriveIndex;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.plan.RebalancePlan;
import dev.tandem.solve.GreedyRebalancer;
import dev.tandem.solve.RebalanceProblem;
import dev.tandem.solve.RebalanceSettings;
import dev.tandem.solve.RebalanceSolver;

/** Dashboards to look at and test with, built from the sample network and what Tandem derives from it. */
public final class SampleDashboards {

    /** Days of history the sample shows before the forecast. */
    public static final int HISTORY_DAYS = 14;

    private SampleDashboards() {
    }

    /**
     * The South China network with 12 weeks of generated booking history (seed 1): two weeks of utilization and
     * the week forecast after them, the greedy rebalancing plan as transfers and contribution points, and the
     * stock below safety stock as service-level breaches.
     */
    public static DashboardData southChina() {
        NetworkSnapshot network = SampleNetworks.southChina();
        return of(network, HistoryGenerator.generate(network, 12, 1), new GreedyRebalancer());
    }

    /**
     * The dashboard of {@code network} with {@code history}: its last two weeks and a week's forecast, the plan
     * of {@code solver} as transfers and points, dead stock, overload warnings and the forecast's backtest as
     * headlines, and stock breaches (backorders, stock below safety).
     */
    public static DashboardData of(NetworkSnapshot network, BookingHistory history, RebalanceSolver solver) {
        CapacityForecast forecast = new CapacityForecaster(ForecastSettings.DEFAULT).forecast(network, history);
        RebalancePlan plan = solver.solve(RebalanceProblem.of(network, RebalanceSettings.DEFAULT,
                DriveIndex.of(network)));
        DeadStockReport deadStock = DeadStockReport.of(network, DeadStockRule.DEFAULT);
        return headlines(DashboardData.builder(network), forecast, plan, deadStock)
                .history(history, HISTORY_DAYS)
                .forecast(forecast)
                .transfers(plan)
                .points(plan)
                .stockBreaches()
                .build();
    }

    /** The headline cards: planned transfers, dead stock, overload warnings and forecast error against naive. */
    public static DashboardData.Builder headlines(DashboardData.Builder builder, CapacityForecast forecast,
            RebalancePlan plan, DeadStockReport deadStock) {
        builder.headline("transfers planned (" + plan.unitsMoved() + " units)", Integer.toString(plan.moves().size()))
                .headline("net saving of the plan", yuan(plan.net().toYuan().doubleValue()))
                .headline("dead stock (" + deadStock.totalUnits() + " units)",
                        yuan(deadStock.totalValue().toYuan().doubleValue()))
                .headline("overload warnings, next " + forecast.dates().size() + " days",
                        Integer.toString(forecast.warnings().size()));
        forecast.methodScore().mape().ifPresent(mape -> builder.headline("forecast error (MAPE); "
                + forecast.baselineScore().method() + " " + percent(forecast.baselineScore().mape().orElse(mape)),
                percent(mape)));
        return builder;
    }

    private static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private static String yuan(double yuan) {
        return String.format(Locale.ROOT, "¥%,.0f", yuan);
    }
}
