package dev.tandem.examples.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.dashboard.DashboardRenderer;
import dev.tandem.dashboard.NetworkDashboard;
import dev.tandem.forecast.BookingHistory;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.RebalanceSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem dashboard}: the network dashboard as one self-contained HTML file. */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Writes the network dashboard as one HTML file with inline SVG charts, to open in any "
                + "browser without network access: utilization by store and day (with --history, the last two "
                + "weeks and the week's forecast), planned transfers between stores, the contribution ranking and "
                + "service-level breaches."})
final class DashboardCommand implements Callable<Integer> {

    private final SolverLists solvers;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The snapshot file.")
    private Path file;

    @Option(names = "--history", paramLabel = "HISTORY", description = "A booking history (JSON, or CSV when the "
            + "name ends in .csv), for past utilization and the forecast.")
    private Path history;

    @Option(names = "--solver", paramLabel = "NAME", description = "The rebalancing solver for the transfers; "
            + "default: the best available.")
    private String solverName;

    @Option(names = "--html", required = true, paramLabel = "OUT", description = "Where to write the HTML file.")
    private Path html;

    DashboardCommand(SolverLists solvers) {
        this.solvers = solvers;
    }

    @Override
    public Integer call() {
        ChosenSolver<RebalanceSolver> solver = ChosenSolver.of(spec, "rebalancing", solvers.rebalancers().get(),
                solverName, RebalanceSolver::name);
        OutputPaths.check("--html", html);
        NetworkSnapshot network = SnapshotFiles.read(file);
        Optional<BookingHistory> bookings = Optional.ofNullable(history)
                .map(path -> SnapshotFiles.readHistory(path, network));
        DashboardData data = solver.solve((chosen, name) -> NetworkDashboard.of(network, bookings, chosen));
        SnapshotFiles.writeText(html, new DashboardRenderer().render(data));
        spec.commandLine().getOut().printf("wrote %s: %d stores, %d days, %d transfers, %d breaches%n", html,
                data.stores().size(), data.dates().size(), data.transfers().size(), data.breaches().size());
        return 0;
    }
}
