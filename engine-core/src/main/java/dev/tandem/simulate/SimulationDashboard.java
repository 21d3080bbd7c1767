package dev.tandem.simulate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.internal.LedgerRows;
import dev.tandem.kpi.IncentivePolicy;
import dev.tandem.kpi.ServiceLevelSettings;
import dev.tandem.ledger.Ledger;
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
            LedgerRows.transfers(builder, week.state(), entry -> true);
            LedgerRows.points(builder, week.state(), entry -> true, IncentivePolicy.DEFAULT);
        }
        if (!weeks.isEmpty()) {
            Ledger last = weeks.get(weeks.size() - 1);
            LedgerRows.breaches(builder, last.state(), entry -> true, last.network().asOf().plusDays(7),
                    ServiceLevelSettings.DEFAULT);
            LocalDate lastWeek = last.network().today();
            // the last ledger week may be cut short by the end of the run, which its last recorded day marks
            LocalDate end = utilization.days().isEmpty() ? lastWeek.plusDays(6)
                    : utilization.days().get(utilization.days().size() - 1).date();
            builder.activity(weeks.get(0).network().today(), end).breachPeriod(lastWeek, end);
        }
        return builder.build();
    }

    private static void headlines(DashboardData.Builder builder, PolicyComparison comparison) {
        builder.headline("part fill rate", change(comparison, PolicyOutcome::fillRate))
                .headline(PolicyComparison.longWaitLabel(comparison.isolated().get(0).patienceHours())
                        .replace("facing a wait", "waiting"), change(comparison, PolicyOutcome::longWaitShare))
                .headline("technician utilization", change(comparison, PolicyOutcome::utilization))
                .headline("customers retained", comparison.customersRetained().whole())
                .headline("value created (CNY)", comparison.valueCreated().whole());
    }

    private static String change(PolicyComparison comparison, ToDoubleFunction<PolicyOutcome> measure) {
        return Spread.of(comparison.isolated(), measure).meanPercent() + " → "
                + Spread.of(comparison.network(), measure).meanPercent();
    }
}
