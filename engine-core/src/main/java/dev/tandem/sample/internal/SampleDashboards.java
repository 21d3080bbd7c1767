package dev.tandem.sample.internal;

import java.util.Optional;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.NetworkDashboard;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.sample.HistoryGenerator;
import dev.tandem.sample.SampleNetworks;

/** Dashboards to look at and test with. */
public final class SampleDashboards {

    private SampleDashboards() {
    }

    /**
     * The South China network with 12 weeks of generated booking history (seed 1) as a
     * {@link NetworkDashboard}, rebalanced by the greedy baseline: two weeks of utilization and the week forecast
     * after them, the plan as transfers and contribution points, stock below safety stock as breaches.
     */
    public static DashboardData southChina() {
        NetworkSnapshot network = SampleNetworks.southChina();
        return NetworkDashboard.of(network, Optional.of(HistoryGenerator.generate(network, 12, 1)),
                new GreedyRebalancer());
    }
}
