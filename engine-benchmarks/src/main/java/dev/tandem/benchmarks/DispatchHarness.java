package dev.tandem.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

import dev.tandem.travel.DriveIndex;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.GreedyDispatcher;
import dev.tandem.solvers.dispatch.DispatchRun;
import dev.tandem.solvers.dispatch.TimefoldDispatcher;
import dev.tandem.solvers.dispatch.exact.CpSatDispatch;
import dev.tandem.solvers.dispatch.exact.CpSatDispatcher;
import dev.tandem.solvers.dispatch.exact.CpSatStatus;

/**
 * The dispatch quality and scale harness. On small generated instances (15 stores, 60 technicians, up to 30
 * requests) it solves each seed exactly with CP-SAT and prints, for every {@link DispatchSolver} registered with
 * {@link ServiceLoader} and the greedy baseline, its score and its gap to the optimum: the hard and medium
 * differences, and the soft gap in % when both match. On the large instance of the issue (2,000 technicians at
 * 400 stores × 3,000 requests over 14 days) it runs every solver but the exact one with the same time limit and
 * prints hard/medium/soft, requests assigned and time; then CP-SAT proves bounds on it: its first stage (medium
 * alone) bounds the priority every dispatch must leave unassigned, and, at each solver's own medium level, its second
 * stage bounds the soft level of every dispatch that leaves no more unassigned. Each solver's gap is against those
 * proven bounds, and CP-SAT's status says whether a bound is the optimum itself.
 *
 * <pre>
 * java -Xmx4g -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.DispatchHarness
 * java -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.DispatchHarness 3 20 2 200 300 5
 * </pre>
 * Arguments, all optional, in order: seeds (10), requests per small instance (30), seconds per solver on a small
 * instance (5), technicians of the large instance (2,000; 0 skips it), its requests (3,000), seconds per solver on
 * it (30), seconds CP-SAT spends on each bound of the large instance (300; 0 skips the bounds). Solvers get the seed
 * of the instance; CP-SAT uses every core and at most 120 s a small instance.
 */
public final class DispatchHarness {

    private static final Duration EXACT_LIMIT = Duration.ofSeconds(120);
    private static final int SMALL_STORES = 15;
    private static final int SMALL_TECHNICIANS = 60;
    private static final int TECHNICIANS_PER_STORE = 5;
    private static final int HORIZON_DAYS = 14;

    private DispatchHarness() {
    }

    public static void main(String[] args) {
        int seeds = intArg(args, 0, 10);
        int smallRequests = intArg(args, 1, 30);
        Duration smallLimit = Duration.ofSeconds(intArg(args, 2, 5));
        int technicians = intArg(args, 3, 2_000);
        int largeRequests = intArg(args, 4, 3_000);
        Duration largeLimit = Duration.ofSeconds(intArg(args, 5, 30));
        Duration boundLimit = Duration.ofSeconds(intArg(args, 6, 300));
        List<DispatchSolver> solvers = solvers();
        System.out.printf(Locale.ROOT, "solvers: %s; %d cores%n",
                solvers.stream().map(DispatchSolver::name).toList(), Runtime.getRuntime().availableProcessors());
        if (seeds > 0) {
            small(solvers, seeds, smallRequests, smallLimit);
        }
        if (technicians > 0) {
            large(solvers, technicians, largeRequests, largeLimit, boundLimit);
        }
    }

    /** The solvers registered with {@link ServiceLoader}, then greedy; never the exact one. */
    static List<DispatchSolver> solvers() {
        Map<String, DispatchSolver> byName = new LinkedHashMap<>();
        for (DispatchSolver solver : ServiceLoader.load(DispatchSolver.class)) {
            if (!solver.name().equals(CpSatDispatcher.NAME)) {
                byName.putIfAbsent(solver.name(), solver);
            }
        }
        DispatchSolver greedy = new GreedyDispatcher();
        byName.putIfAbsent(greedy.name(), greedy);
        return List.copyOf(byName.values());
    }

    private static void small(List<DispatchSolver> solvers, int seeds, int requests, Duration limit) {
        System.out.printf(Locale.ROOT, "%nsmall: %d stores, %d technicians, %d requests; exact = CP-SAT, %d s limit%n",
                SMALL_STORES, SMALL_TECHNICIANS, requests, EXACT_LIMIT.toSeconds());
        System.out.printf(Locale.ROOT, "%-6s %-14s %-34s %8s %9s %9s  %s%n", "seed", "solver", "score", "assigned",
                "time (s)", "soft gap", "vs exact");
        CpSatDispatcher exact = new CpSatDispatcher(Runtime.getRuntime().availableProcessors());
        Map<String, List<Double>> softGaps = new LinkedHashMap<>();
        Map<String, Integer> matched = new LinkedHashMap<>();
        int optimal = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            NetworkSnapshot network = NetworkGenerator.generate(
                    new GeneratorSpec(SMALL_STORES, 10, SMALL_TECHNICIANS, 7, seed, GeneratorSpec.DEFAULT_AS_OF));
            DispatchProblem problem = problem(network, RequestGenerator.generate(network, requests, seed));
            CpSatDispatch best = exact.solveExactly(problem, EXACT_LIMIT, seed);
            optimal += best.isOptimal() ? 1 : 0;
            DispatchScore reference = best.dispatch().score();
            System.out.printf(Locale.ROOT, "%-6d %-14s %-34s %8d %9.2f %9s  %s, %d trips%n", seed, exact.name(),
                    reference, best.dispatch().assignedCount(), best.wallTime().toMillis() / 1e3, "",
                    best.status(), best.trips());
            for (DispatchSolver solver : solvers) {
                long t0 = System.nanoTime();
                Dispatch dispatch = solver.solve(problem, limit, seed);
                double seconds = (System.nanoTime() - t0) / 1e9;
                DispatchScore score = dispatch.score();
                String gap = "";
                if (score.hard() == reference.hard() && score.medium() == reference.medium()) {
                    double soft = softGap(score, reference);
                    softGaps.computeIfAbsent(solver.name(), name -> new ArrayList<>()).add(soft);
                    gap = String.format(Locale.ROOT, "%.2f %%", soft);
                }
                matched.merge(solver.name(), score.equals(reference) ? 1 : 0, Integer::sum);
                System.out.printf(Locale.ROOT, "%-6d %-14s %-34s %8d %9.2f %9s  %s%n", seed, solver.name(), score,
                        dispatch.assignedCount(), seconds, gap, versus(score, reference));
            }
        }
        System.out.printf(Locale.ROOT, "exact proven optimal on %d of %d seeds%n", optimal, seeds);
        for (DispatchSolver solver : solvers) {
            List<Double> gaps = softGaps.getOrDefault(solver.name(), List.of());
            System.out.printf(Locale.ROOT, "%-14s equal to exact on %d of %d; same hard and medium on %d, mean soft "
                    + "gap %.2f %%, worst %.2f %%%n", solver.name(), matched.get(solver.name()), seeds, gaps.size(),
                    gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    gaps.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        }
    }

    private static void large(List<DispatchSolver> solvers, int technicians, int requests, Duration limit,
            Duration boundLimit) {
        long started = System.nanoTime();
        int stores = Math.max(1, technicians / TECHNICIANS_PER_STORE);
        NetworkSnapshot network = NetworkGenerator.generate(
                new GeneratorSpec(stores, 10, technicians, HORIZON_DAYS, 1, GeneratorSpec.DEFAULT_AS_OF));
        List<SupportRequest> generated = RequestGenerator.generate(network, requests, 1);
        double generate = (System.nanoTime() - started) / 1e9;
        long t0 = System.nanoTime();
        DispatchProblem problem = problem(network, generated);
        System.out.printf(Locale.ROOT, "%nlarge: %d stores, %d technicians, %d requests over %d days; generated in "
                + "%.1f s, problem (candidates and starts) in %.1f s; %d s a solver%n", stores, technicians, requests,
                HORIZON_DAYS, generate, (System.nanoTime() - t0) / 1e9, limit.toSeconds());
        System.out.printf(Locale.ROOT, "%-14s %6s %8s %14s %9s %9s%n", "solver", "hard", "medium", "soft (CNY)",
                "assigned", "time (s)");
        Map<String, Dispatch> results = new LinkedHashMap<>();
        for (DispatchSolver solver : solvers) {
            long t1 = System.nanoTime();
            Dispatch dispatch = solver.solve(problem, limit, 1);
            double seconds = (System.nanoTime() - t1) / 1e9;
            DispatchScore score = dispatch.score();
            results.put(solver.name(), dispatch);
            System.out.printf(Locale.ROOT, "%-14s %6d %8d %14.2f %9d %9.2f%n", solver.name(), score.hard(),
                    score.medium(), score.soft() / 100.0, dispatch.assignedCount(), seconds);
        }
        if (!boundLimit.isZero()) {
            bounds(problem, results, boundLimit);
        }
        scoreOverTime(problem, limit);
    }

    /**
     * Each solver's gap to proven bounds: on medium, to the least priority any dispatch must leave unassigned; on
     * soft, to the least any dispatch leaving no more priority unassigned than this solver's can cost.
     */
    private static void bounds(DispatchProblem problem, Map<String, Dispatch> results, Duration limit) {
        CpSatDispatcher exact = new CpSatDispatcher(Runtime.getRuntime().availableProcessors());
        CpSatDispatch byMedium = exact.solveExactly(problem, limit, 1);
        long mediumBound = byMedium.mediumBound();
        boolean mediumProven = mediumBound == byMedium.objective().medium();
        System.out.printf(Locale.ROOT, "CP-SAT, %d s, %d trips: best %s; medium %s%n", limit.toSeconds(),
                byMedium.trips(), byMedium.objective(), mediumProven ? "proven optimal at " + mediumBound
                        : "best found " + byMedium.objective().medium() + ", bound " + mediumBound);
        System.out.printf(Locale.ROOT, "%-14s %8s %12s %16s %16s %10s%n", "solver", "medium", "vs bound", "soft (CNY)",
                "soft bound", "vs bound");
        for (Map.Entry<String, Dispatch> result : results.entrySet()) {
            DispatchScore score = result.getValue().score();
            CpSatDispatch cheapest = exact.cheapestAt(result.getValue(), score.medium(), limit, 1);
            String softBound = cheapest.status() == CpSatStatus.UNKNOWN ? "none"
                    : String.format(Locale.ROOT, "%.2f%s", cheapest.softBound() / 100.0,
                            cheapest.isOptimal() ? " (opt)" : "");
            System.out.printf(Locale.ROOT, "%-14s %8d %11.2f%% %16.2f %16s %9.2f%%%n", result.getKey(),
                    score.medium(), percentAbove(score.medium(), mediumBound), score.soft() / 100.0, softBound,
                    percentAbove(score.soft(), cheapest.softBound()));
        }
    }

    /** How far {@code value} is above {@code bound}, in % of the bound; 0 when both are 0. */
    private static double percentAbove(long value, long bound) {
        return bound == 0 ? (value == 0 ? 0 : Double.POSITIVE_INFINITY) : 100.0 * (value - bound) / bound;
    }

    /** The Timefold search's best score over time and its move evaluation speed, on the large instance. */
    private static void scoreOverTime(DispatchProblem problem, Duration limit) {
        DispatchRun run = new TimefoldDispatcher().run(problem, limit, 1);
        System.out.printf(Locale.ROOT, "timefold search alone: %d moves evaluated, %d moves/s (local search alone %d"
                + " moves/s); best score over time:%n", run.moveEvaluationCount(), run.moveEvaluationSpeed(),
                run.searchMoveEvaluationSpeed());
        double next = 0;
        List<DispatchRun.BestScore> progress = run.progress();
        for (int i = 0; i < progress.size(); i++) {
            DispatchRun.BestScore best = progress.get(i);
            double at = best.at().toMillis() / 1000.0;
            if (at >= next || i == progress.size() - 1) {
                System.out.printf(Locale.ROOT, "  %6.1f s  %s%n", at, best.score());
                next = at < 1 ? 1 : at * 2;
            }
        }
    }

    private static DispatchProblem problem(NetworkSnapshot network, List<SupportRequest> requests) {
        return DispatchProblem.of(network, requests, DispatchSettings.DEFAULT, DriveIndex.of(network));
    }

    /** How much dearer the soft level is than the optimum's, in %; 0 when the optimum costs nothing. */
    public static double softGap(DispatchScore score, DispatchScore optimum) {
        return optimum.soft() == 0 ? 0 : 100.0 * (score.soft() - optimum.soft()) / optimum.soft();
    }

    /** Such as {@code equal}, {@code +3 medium} or {@code +1 hard}: the first level where the score differs. */
    public static String versus(DispatchScore score, DispatchScore optimum) {
        if (score.hard() != optimum.hard()) {
            return String.format(Locale.ROOT, "%+d hard", score.hard() - optimum.hard());
        }
        if (score.medium() != optimum.medium()) {
            return String.format(Locale.ROOT, "%+d medium", score.medium() - optimum.medium());
        }
        return score.soft() == optimum.soft() ? "equal"
                : String.format(Locale.ROOT, "%+d soft", score.soft() - optimum.soft());
    }

    private static int intArg(String[] args, int at, int fallback) {
        return args.length > at ? Integer.parseInt(args[at]) : fallback;
    }
}
