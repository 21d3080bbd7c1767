package dev.tandem.examples.cli;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;

import dev.tandem.io.LedgerLog;
import dev.tandem.io.ReportJson;
import dev.tandem.ledger.Ledger;
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

    @Override
    public Integer call() {
        IsoWeek reported = week == null ? null : parseWeek(week);
        NetworkSnapshot network = SnapshotFiles.read(snapshotFile);
        LedgerLog log = SnapshotFiles.readLedger(ledgerFile);
        log.cutShort().ifPresent(problem -> spec.commandLine().getErr().println("tandem: warning: " + problem));
        Ledger ledger = log.replay(network);
        OffsetDateTime asOf = ledger.lastEventAt().isAfter(network.asOf()) ? ledger.lastEventAt() : network.asOf();
        WeeklyReport report = WeeklyReport.of(ledger.state(), reported == null ? IsoWeek.of(network.today())
                : reported, asOf, ReportSettings.DEFAULT);
        spec.commandLine().getOut().print(json ? ReportJson.toJson(report) + "\n"
                : WeeklyReportMarkdown.render(report));
        return 0;
    }

    private IsoWeek parseWeek(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--week: " + e.getMessage());
        }
    }
}
