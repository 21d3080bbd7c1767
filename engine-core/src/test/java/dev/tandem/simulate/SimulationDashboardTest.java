package dev.tandem.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.DashboardRenderer;
import dev.tandem.ledger.StockMovement;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.SampleNetworks;

class SimulationDashboardTest {

    @Test
    void theDashboardShowsTheRunsLastDaysItsTransfersAndItsPoints() {
        NetworkSnapshot network = SampleNetworks.southChina();
        LedgerRecorder ledgers = new LedgerRecorder();
        UtilizationRecorder utilization = new UtilizationRecorder(7);
        PolicyComparison comparison = new NetworkSimulator(SimulationSettings.DEFAULT.withWeeks(3),
                SimulationEngines.greedy()).compare(network, List.of(4L), SimulationListener.both(ledgers,
                        utilization));

        DashboardData data = SimulationDashboard.of(network, comparison, ledgers, utilization);

        assertThat(utilization.days()).hasSize(7);
        assertThat(utilization.days().get(6).date()).isEqualTo(network.today().plusDays(20));
        assertThat(data.dates()).containsExactlyElementsOf(
                utilization.days().stream().map(UtilizationRecorder.Day::date).toList());
        assertThat(data.utilization()).hasSize(7 * network.storeCount())
                .allSatisfy(cell -> assertThat(cell.utilization()).isBetween(0.0, 3.0));
        int moves = ledgers.weeks().stream().mapToInt(week -> (int) week.state().records().stream()
                .filter(entry -> entry.request() instanceof StockMovement && entry.status().isDone()).count()).sum();
        assertThat(data.transfers().stream().mapToInt(DashboardData.TransferCount::count).sum()).isEqualTo(moves)
                .isPositive();
        assertThat(data.rankingByPoints()).isNotEmpty();
        assertThat(data.headlines()).extracting(DashboardData.Headline::label)
                .contains("part fill rate", "technician utilization");
        assertThat(new DashboardRenderer().render(data)).contains("3 weeks simulated", "<svg");
        // the run ends three weeks after the snapshot: "as of" is its last day, not the snapshot's
        assertThat(data.asOf().toLocalDate()).isEqualTo(utilization.days().get(6).date());
        assertThat(data.activity()).contains(new DashboardData.Period(network.today(), network.today().plusDays(20)));
    }
}
