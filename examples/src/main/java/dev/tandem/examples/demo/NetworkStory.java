package dev.tandem.examples.demo;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.LongStream;

import dev.tandem.dashboard.DashboardData;
import dev.tandem.ledger.Ledger;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.report.IsoWeek;
import dev.tandem.report.ReportSettings;
import dev.tandem.report.WeeklyReport;
import dev.tandem.report.WeeklyReportMarkdown;
import dev.tandem.simulate.Ablation;
import dev.tandem.simulate.Calibration;
import dev.tandem.simulate.CalibrationTargets;
import dev.tandem.simulate.Calibrator;
import dev.tandem.simulate.LedgerRecorder;
import dev.tandem.simulate.Lever;
import dev.tandem.simulate.ModelParameters;
import dev.tandem.simulate.NetworkSimulator;
import dev.tandem.simulate.PolicyComparison;
import dev.tandem.simulate.PolicyOutcome;
import dev.tandem.simulate.SimulationDashboard;
import dev.tandem.simulate.SimulationEngines;
import dev.tandem.simulate.SimulationListener;
import dev.tandem.simulate.SimulationSettings;
import dev.tandem.simulate.Spread;
import dev.tandem.simulate.UtilizationRecorder;

/**
 * The demo's finale: the isolated model calibrated to the network's before, then weeks of the network simulated
 * alone and together on the same customers, each effect with its 95 % interval, and the ablation of every lever.
 * Every figure printed is computed from the run.
 */
public final class NetworkStory {

    /** Days of the heat map: the last two weeks of the run. */
    private static final int HEAT_MAP_DAYS = 14;
    /** Each calibration run: weeks and seeds, apart from the story's seeds. */
    static final int CALIBRATION_WEEKS = 4;
    static final List<Long> CALIBRATION_SEEDS = List.of(101L, 102L);

    private final NetworkSnapshot network;
    private final PrintWriter out;

    public NetworkStory(NetworkSnapshot network, PrintWriter out) {
        this.network = Objects.requireNonNull(network, "network");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** The engines of the story: the preferred rebalancer (OR-Tools flow when on the class path). */
    public static SimulationEngines engines() {
        return SimulationEngines.preferred();
    }

    /** Fits the isolated model to {@code targets} with the story's calibration runs. */
    public static Calibration calibrate(NetworkSnapshot network, CalibrationTargets targets) {
        return new Calibrator(SimulationSettings.DEFAULT.withWeeks(CALIBRATION_WEEKS), CALIBRATION_SEEDS)
                .fit(network, targets);
    }

    /**
     * Simulates {@code weeks} weeks on seeds {@code firstSeed}, {@code firstSeed + 1}, …, with the model
     * {@code calibration} fitted (or the parameters given), prints the comparison, the ablation and the last week's
     * report, and returns the dashboard of the run.
     */
    public DashboardData tell(int weeks, long firstSeed, int seeds, Calibration calibration) {
        out.println("The isolated stores, calibrated to the network's before (targets → model):");
        out.println();
        out.print(calibration.table());
        out.println();
        return tell(weeks, firstSeed, seeds, calibration.parameters());
    }

    /** As {@link #tell(int, long, int, Calibration)}, with parameters read from a calibration file. */
    public DashboardData tell(int weeks, long firstSeed, int seeds, ModelParameters parameters) {
        SimulationSettings settings = SimulationSettings.DEFAULT.withWeeks(weeks).withModel(parameters);
        NetworkSimulator simulator = new NetworkSimulator(settings, engines());
        List<Long> seedList = LongStream.range(firstSeed, firstSeed + seeds).boxed().toList();
        long started = System.nanoTime();
        LedgerRecorder recorder = new LedgerRecorder();
        UtilizationRecorder utilization = new UtilizationRecorder(HEAT_MAP_DAYS);
        PolicyComparison comparison = simulator.compare(network, seedList,
                SimulationListener.both(recorder, utilization));
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "%d weeks, %d stores, seeds %s, the same customers under both policies "
                + "(mean ± standard deviation over the seeds; effects paired by seed; %.1f s).%n", weeks,
                network.storeCount(), seedList, seconds);
        out.printf("Engines of the network: %s; transfers, support visits and diversions decided customer by "
                + "customer by the collaboration advisor.%n%n", comparison.engines());
        out.print(comparison.table());
        out.println();
        verdict(comparison);
        started = System.nanoTime();
        Ablation ablation = simulator.ablate(network, seedList);
        out.printf(Locale.ROOT, "%nEach lever measured: the network's effect against the isolated stores, "
                + "95 %% intervals over the seeds (%.1f s).%n%n", (System.nanoTime() - started) / 1e9);
        out.print(ablation.table(settings.levers()));
        bestVariant(ablation, settings.levers());
        weeklyReport(recorder, firstSeed, weeks);
        return SimulationDashboard.of(network, comparison, recorder, utilization);
    }

    /** Whether the network halves long waits, and what the long waits that remain are. */
    private void verdict(PolicyComparison comparison) {
        Spread alone = Spread.of(comparison.isolated(), PolicyOutcome::longWaitShare);
        Spread together = Spread.of(comparison.network(), PolicyOutcome::longWaitShare);
        Spread effect = comparison.effect(PolicyOutcome::longWaitShare);
        double cut = alone.mean() == 0 ? 0 : -effect.mean() / alone.mean();
        out.printf(Locale.ROOT, "Long waits: %s alone, %s together, %s (%.0f %% %s): %s.%n", alone.meanPercent(),
                together.meanPercent(), effect.pointsInterval(), 100 * Math.abs(cut), cut >= 0 ? "fewer" : "more",
                cut >= 0.5 ? "the network halves them" : "the network does not halve them");
        PolicyOutcome first = comparison.network().get(0);
        double queue = Spread.of(comparison.network(), PolicyOutcome::queueWaitShare).mean();
        double part = Spread.of(comparison.network(), PolicyOutcome::partWaitShare).mean();
        double later = Spread.of(comparison.network(), PolicyOutcome::deferralShare).mean();
        out.printf(Locale.ROOT, "What remains in the network: %.1f %% of customers wait in a queue, %.1f %% for a "
                + "part from the warehouse, %.1f %% are given a later date for a fault beyond their store.%n",
                100 * queue, 100 * part, 100 * later);
        Spread value = comparison.valueCreated();
        if (value.excludesZero() && value.mean() < 0) {
            out.println("Warning: the network destroys value here; the ablation below shows which lever does it.");
        }
        out.printf(Locale.ROOT, "Seed %d: %,d customers; the network sent %,d parts and %,d technicians, lent %,d "
                + "for a day, and %,d of %,d customers offered another store took it, for %,.0f CNY.%n",
                first.seed(), first.customers(), first.emergencyTransfers(), first.supportTrips(),
                first.technicianLoans(), first.diversionsAccepted(), first.diversionOffers(),
                first.collaborationCost().toYuan());
    }

    private void bestVariant(Ablation ablation, Set<Lever> all) {
        Map.Entry<Set<Lever>, PolicyComparison> best = null;
        for (Map.Entry<Set<Lever>, PolicyComparison> variant : ablation.variants().entrySet()) {
            if (best == null || variant.getValue().effect(PolicyOutcome::longWaitShare).mean()
                    < best.getValue().effect(PolicyOutcome::longWaitShare).mean()) {
                best = variant;
            }
        }
        out.printf(Locale.ROOT, "%nFewest long waits with: %s (%s).%n", Ablation.describe(best.getKey(), all),
                best.getValue().effect(PolicyOutcome::longWaitShare).pointsInterval());
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
