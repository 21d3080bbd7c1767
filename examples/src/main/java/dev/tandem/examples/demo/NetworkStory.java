package dev.tandem.examples.demo;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.LongStream;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.ledger.Ledger;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.report.IsoWeek;
import dev.tandem.report.ReportSettings;
import dev.tandem.report.WeeklyReport;
import dev.tandem.report.WeeklyReportMarkdown;
import dev.tandem.simulate.LedgerRecorder;
import dev.tandem.simulate.NetworkSimulator;
import dev.tandem.simulate.PolicyComparison;
import dev.tandem.simulate.PolicyOutcome;
import dev.tandem.simulate.SimulationDashboard;
import dev.tandem.simulate.SimulationEngines;
import dev.tandem.simulate.SimulationListener;
import dev.tandem.simulate.SimulationSettings;
import dev.tandem.simulate.UtilizationRecorder;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.rebalance.RebalanceSolvers;
import dev.tandem.solvers.dispatch.TimefoldDispatcher;

/**
 * The demo's finale: weeks of the network simulated alone and together, on the same customers, with the
 * playbook's before and after beside what the model gives.
 */
public final class NetworkStory {

    /**
     * Moves of local search the Timefold dispatcher gets each week per request, after one construction pass that
     * tries every option of every request: a budget, not a clock, so that the story is the same on every machine.
     */
    static final long SEARCH_MOVES_PER_REQUEST = 500;

    /** Days of the heat map: the last two weeks of the run. */
    private static final int HEAT_MAP_DAYS = 14;

    private final NetworkSnapshot network;
    private final PrintWriter out;

    public NetworkStory(NetworkSnapshot network, PrintWriter out) {
        this.network = Objects.requireNonNull(network, "network");
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * The engines of the story: Timefold with a move budget by the size of the week's dispatch (the clock limit
     * is only a safety net), the preferred rebalancer (OR-Tools flow).
     */
    public static SimulationEngines engines() {
        return new SimulationEngines(new BudgetedTimefold(), Duration.ofSeconds(60), RebalanceSolvers.preferred());
    }

    /** Timefold with a construction pass and {@link #SEARCH_MOVES_PER_REQUEST} moves per request. */
    private static final class BudgetedTimefold implements DispatchSolver {

        @Override
        public String name() {
            return TimefoldDispatcher.NAME;
        }

        @Override
        public Dispatch solve(DispatchProblem problem, Duration timeLimit, long seed) {
            long budget = SEARCH_MOVES_PER_REQUEST * problem.requests().size();
            for (int r = 0; r < problem.requests().size(); r++) {
                budget += (long) problem.candidates(r).length * problem.starts(r).size();
            }
            return new TimefoldDispatcher(TimefoldDispatcher.Options.DEFAULT.withMoveCountLimit(budget))
                    .solve(problem, timeLimit, seed);
        }
    }

    /**
     * Simulates {@code weeks} weeks on seeds {@code firstSeed}, {@code firstSeed + 1}, …, prints the table and the
     * last week's report, and returns the dashboard of the run.
     */
    public DashboardData tell(int weeks, long firstSeed, int seeds) {
        SimulationSettings settings = SimulationSettings.DEFAULT.withWeeks(weeks);
        NetworkSimulator simulator = new NetworkSimulator(settings, engines());
        List<Long> seedList = LongStream.range(firstSeed, firstSeed + seeds).boxed().toList();
        long started = System.nanoTime();
        LedgerRecorder recorder = new LedgerRecorder();
        UtilizationRecorder utilization = new UtilizationRecorder(HEAT_MAP_DAYS);
        PolicyComparison comparison = simulator.compare(network, seedList,
                SimulationListener.both(recorder, utilization));
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%d weeks, %d stores, seeds %s, the same customers under both policies "
                + "(mean ± standard deviation over the seeds; %.1f s).%n", weeks, network.storeCount(), seedList,
                seconds);
        out.printf("Engines of the network: %s; emergency transfers and diversion offers from the matching core.%n%n",
                comparison.engines());
        out.print(comparison.table());
        out.println();
        PolicyOutcome first = comparison.network().get(0);
        out.printf(Locale.ROOT, "Seed %d: %,d customers; the network sent %,d parts, %,d technicians and %,d of "
                + "%,d customers offered another store, for %,.0f CNY.%n", first.seed(), first.customers(),
                first.emergencyTransfers(), first.supportTrips(), first.diversionsAccepted(), first.diversionOffers(),
                first.collaborationCost().toYuan());
        out.println("The playbook's figures are the story; the model gives the numbers above. Its isolated stores "
                + "already hold more stock than the playbook's 82 % fill rate implies, and long waits come mostly "
                + "from one specialist's queue inside a store, which only a diversion or a visiting technician "
                + "relieves.");
        weeklyReport(recorder, firstSeed, weeks);
        return SimulationDashboard.of(network, comparison, recorder, utilization);
    }

    /**
     * The report of the last whole ISO week simulated (Monday to Sunday), from the ledger the network's first seed
     * was recorded in.
     */
    private void weeklyReport(LedgerRecorder recorder, long seed, int weeks) {
        List<Ledger> ledgers = recorder.weeks();
        LocalDate end = network.today().plusDays(7L * weeks);
        Ledger last = ledgers.get(ledgers.size() - 1);
        for (Ledger ledger : ledgers) {
            LocalDate monday = ledger.network().today();
            if (monday.getDayOfWeek() == DayOfWeek.MONDAY && monday.plusDays(6).isBefore(end)) {
                last = ledger;
            }
        }
        OffsetDateTime monday = last.network().asOf();
        WeeklyReport report = WeeklyReport.of(last.state(), IsoWeek.of(monday.toLocalDate()), monday.plusDays(7),
                ReportSettings.DEFAULT);
        out.println();
        out.printf("The ledger of seed %d: %,d records over %d weeks%s. The report of the last whole week:%n%n",
                seed, ledgers.stream().mapToInt(week -> week.state().entries().size()).sum(), weeks,
                recorder.refused() == 0 ? "" : String.format(Locale.ROOT,
                        " (%d parts moves left out: their units came by delivery after the week opened)",
                        recorder.refused()));
        out.print(WeeklyReportMarkdown.render(report));
    }
}
