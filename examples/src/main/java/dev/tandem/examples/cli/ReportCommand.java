package dev.tandem.examples.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.DashboardRenderer;
import dev.tandem.dashboard.internal.LedgerRows;
import dev.tandem.io.ledger.LedgerLog;
import dev.tandem.io.report.ReportJson;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEntry;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.report.IsoWeek;
import dev.tandem.report.ReportSettings;
import dev.tandem.report.WeeklyReport;
import dev.tandem.report.WeeklyReportMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem report}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "The weekly collaboration report of a ledger: transfers, technician support, diversions, the "
                + "value created, each store's contribution and the service level; Markdown, or JSON.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEDGER", description = "The ledger's event log (JSON Lines).")
    private Path ledgerFile;

    @Parameters(index = "1", paramLabel = "FILE", description = "The snapshot of the network the ledger is for.")
    private Path snapshotFile;

    @Option(names = "--week", paramLabel = "YYYY-Www",
            description = "The ISO week, such as 2026-W48 (default: the week of the snapshot).")
    private String week;

    @Option(names = "--json", description = "Write JSON instead of Markdown.")
    private boolean json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the week's dashboard here: the "
            + "snapshot's capacity, the week's transfers between stores, points and service-level breaches.")
    private Path html;

    @Override
    public Integer call() {
        IsoWeek reported = week == null ? null : parseWeek(week);
        OutputPaths.check("--html", html);
        NetworkSnapshot network = SnapshotFiles.read(snapshotFile);
        LedgerLog log = SnapshotFiles.readLedger(ledgerFile);
        log.cutShort().ifPresent(problem -> spec.commandLine().getErr().println("tandem: warning: " + problem));
        Ledger ledger = log.replay(network);
        OffsetDateTime asOf = ledger.lastEventAt().isAfter(network.asOf()) ? ledger.lastEventAt() : network.asOf();
        WeeklyReport report = WeeklyReport.of(ledger.state(), reported == null ? IsoWeek.of(network.today())
                : reported, asOf, ReportSettings.DEFAULT);
        spec.commandLine().getOut().print(json ? ReportJson.toJson(report) + "\n"
                : WeeklyReportMarkdown.render(report));
        if (html != null) {
            SnapshotFiles.writeText(html, new DashboardRenderer().render(dashboard(network, ledger, report, asOf)));
            spec.commandLine().getErr().printf("wrote %s: the dashboard of %s%n", html, report.week());
        }
        return 0;
    }

    private static DashboardData dashboard(NetworkSnapshot network, Ledger ledger, WeeklyReport report,
            OffsetDateTime asOf) {
        Predicate<LedgerEntry> inWeek = entry -> report.week().contains(entry.requestedAt().toLocalDate());
        DashboardData.Builder builder = DashboardData.builder(network)
                .title("Collaboration in " + report.week())
                .headline("transfers done", String.valueOf(report.transfers().done()))
                .headline("support trips", String.valueOf(report.support().done()))
                .headline("value created (CNY)", report.valueCreated().toYuan().toPlainString());
        LedgerRows.transfers(builder, ledger.state(), inWeek);
        LedgerRows.points(builder, ledger.state(), inWeek, ReportSettings.DEFAULT.incentives());
        LedgerRows.breaches(builder, ledger.state(), inWeek, asOf, ReportSettings.DEFAULT.serviceLevels());
        return builder.build();
    }

    private IsoWeek parseWeek(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--week: " + e.getMessage());
        }
    }
}
