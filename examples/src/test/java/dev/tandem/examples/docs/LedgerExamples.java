package dev.tandem.examples.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.DashboardRenderer;
import dev.tandem.dashboard.NetworkDashboard;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.io.ledger.JsonLinesEventLog;
import dev.tandem.io.ledger.LedgerJson;
import dev.tandem.io.ledger.LedgerLog;
import dev.tandem.kpi.IncentivePolicy;
import dev.tandem.kpi.KpiScorecard;
import dev.tandem.kpi.KpiWeights;
import dev.tandem.kpi.ServiceLevelSettings;
import dev.tandem.kpi.ServiceLevels;
import dev.tandem.kpi.StoreRanking;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerState;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.RebalanceSolvers;
import dev.tandem.report.IsoWeek;
import dev.tandem.report.ReportSettings;
import dev.tandem.report.WeeklyReport;
import dev.tandem.report.WeeklyReportMarkdown;
import dev.tandem.roi.RoiCalculator;
import dev.tandem.roi.RoiInputs;
import dev.tandem.roi.RoiResult;

/** The examples of docs/ledger.md, as code that {@link DocsExamplesTest} runs on the sample network. */
final class LedgerExamples {

    private LedgerExamples() {
    }

    record Answers(boolean repeated, LedgerState state, ServiceLevels levels, List<KpiScorecard> kpis,
            String markdown, RoiResult roi) {
    }

    static Answers ledger(NetworkSnapshot network, Path dir, OffsetDateTime at,
            Map<StoreId, KpiScorecard.HostScores> hostScores) throws IOException {
        boolean repeated;
        // snippet:ledger
        try (JsonLinesEventLog log = JsonLinesEventLog.open(dir.resolve("ledger.jsonl"))) {   // each append forced to disk
            Ledger ledger = Ledger.of(network, log);                        // stock book seeded from the snapshot
            RequestId id = RequestId.of("TR-0001");
            ledger.apply(new LedgerEvent.Requested(at, new Transfer(id, StoreId.of("GZ"), StoreId.of("SZ"),
                    PartNumber.of("HL-FR"), 2, true)));                     // a customer waits for it
            ledger.apply(new LedgerEvent.Accepted(at.plusMinutes(5), id));
            ledger.apply(new LedgerEvent.Shipped(at.plusMinutes(15), id, 2));   // leaves GZ's free stock
            ledger.apply(new LedgerEvent.Received(at.plusMinutes(80), id, 2));  // arrives at SZ
            repeated = ledger.apply(new LedgerEvent.Received(at.plusMinutes(80), id, 2));  // false: the same step again
        }
        LedgerLog log = LedgerJson.read(dir.resolve("ledger.jsonl"));      // log.cutShort(): a last line a crash cut
        Ledger ledger = log.replay(network);                                // the same state, or the line that does not fit
        LedgerState state = ledger.state();                                 // consistent, immutable: what reports read

        ServiceLevels levels = ServiceLevels.measure(state, network.asOf(), ServiceLevelSettings.DEFAULT);
        StoreRanking ranking = StoreRanking.monthly(state, YearMonth.from(at), IncentivePolicy.DEFAULT);
        List<KpiScorecard> kpis = KpiScorecard.of(ranking, hostScores, KpiWeights.DEFAULT);
        WeeklyReport week = WeeklyReport.of(state, IsoWeek.of(at.toLocalDate()), network.asOf(), ReportSettings.DEFAULT);
        String markdown = WeeklyReportMarkdown.render(week);                // or ReportJson.toJson(week)
        RoiResult roi = RoiCalculator.calculate(RoiInputs.playbookExample());   // 1.58 M CNY in, ROI 7051.9 %
        // end-snippet
        return new Answers(repeated, state, levels, kpis, markdown, roi);
    }

    static String dashboard(NetworkSnapshot network, BookingHistory history, Path dir) throws IOException {
        // snippet:dashboard
        DashboardData data = NetworkDashboard.of(network, Optional.of(history), RebalanceSolvers.preferred());
        Files.writeString(dir.resolve("dashboard.html"), new DashboardRenderer().render(data));
        // end-snippet
        return Files.readString(dir.resolve("dashboard.html"));
    }
}
