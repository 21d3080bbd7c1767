package dev.tandem.simulate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.kpi.Breach;
import dev.tandem.kpi.IncentivePolicy;
import dev.tandem.kpi.ServiceLevel;
import dev.tandem.kpi.ServiceLevelSettings;
import dev.tandem.kpi.ServiceLevels;
import dev.tandem.kpi.StorePoints;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEntry;
import dev.tandem.ledger.StockMovement;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * The dashboard of a simulated run: the comparison's headlines, the utilization of the last days, the parts that
 * went between stores and the points they earned over the whole run (from its ledgers), and the last week's
 * service-level breaches.
 */
public final class SimulationDashboard {

    private SimulationDashboard() {
    }

    public static DashboardData of(NetworkSnapshot network, PolicyComparison comparison, LedgerRecorder ledgers,
            UtilizationRecorder utilization) {
        DashboardData.Builder builder = DashboardData.builder(network).clearUtilization()
                .title(String.format(Locale.ROOT, "%d weeks simulated: isolated stores and the Tandem network",
                        comparison.network().get(0).weeks()));
        headlines(builder, comparison);
        for (UtilizationRecorder.Day day : utilization.days()) {
            double[] byStore = day.utilization();
            for (int s = 0; s < byStore.length; s++) {
                builder.utilization(network.storeAt(s).id().value(), day.date(), byStore[s], false);
            }
        }
        List<Ledger> weeks = ledgers.weeks();
        for (Ledger week : weeks) {
            for (LedgerEntry entry : week.state().records()) {
                if (entry.request() instanceof StockMovement move && entry.status().isDone()) {
                    builder.transfers(move.from().value(), move.to().value(), 1);
                }
            }
            for (StorePoints points : StorePoints.earned(week.state(), entry -> true, IncentivePolicy.DEFAULT)) {
                if (points.points() > 0) {
                    builder.points(points.store().value(), points.points());
                }
            }
        }
        if (!weeks.isEmpty()) {
            breaches(builder, weeks.get(weeks.size() - 1));
        }
        return builder.build();
    }

    private static void headlines(DashboardData.Builder builder, PolicyComparison comparison) {
        builder.headline("part fill rate", change(comparison, PolicyOutcome::fillRate))
                .headline("customers waiting over 2 h", change(comparison, PolicyOutcome::longWaitShare))
                .headline("technician utilization", change(comparison, PolicyOutcome::utilization))
                .headline("customers retained", comparison.customersRetained().whole())
                .headline("value created (CNY)", comparison.valueCreated().whole());
    }

    private static String change(PolicyComparison comparison,
            ToDoubleFunction<PolicyOutcome> measure) {
        return Spread.of(comparison.isolated(), measure).percent().split(" ±")[0] + " → "
                + Spread.of(comparison.network(), measure).percent().split(" ±")[0];
    }

    private static void breaches(DashboardData.Builder builder, Ledger week) {
        OffsetDateTime asOf = week.network().asOf().plusDays(7);
        ServiceLevelSettings settings = ServiceLevelSettings.DEFAULT;
        ServiceLevels levels = ServiceLevels.measure(week.state(), asOf, settings);
        for (Map.Entry<StoreId, ServiceLevel> store : levels.stores().entrySet()) {
            for (Breach breach : Breach.values()) {
                int count = store.getValue().breaches(breach);
                if (count > 0) {
                    builder.breach(new DashboardData.ServiceBreach(store.getKey().value(),
                            breach.name().toLowerCase(Locale.ROOT).replace('_', ' '), "none in the week",
                            count + (count == 1 ? " breach" : " breaches")));
                }
            }
        }
    }
}
