package dev.tandem.benchmarks.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import dev.tandem.benchmarks.DispatchHarness;
import dev.tandem.solvers.internal.ortools.MipOfCpModel;
import dev.tandem.travel.DriveIndex;
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
import dev.tandem.solvers.dispatch.internal.exact.DispatchCpModel;

/**
 * Technician dispatch: Timefold and the greedy baseline against the CP-SAT optimum on small instances, and
 * against each other at equal time on a large one.
 */
final class DispatchSuite implements QualitySuite {

    private static final int SMALL_STORES = 15;
    private static final int SMALL_TECHNICIANS = 60;
    private static final Duration EXACT_LIMIT = Duration.ofSeconds(120);
    /** Medium-size instances, one week: tight enough that greedy leaves priority a placement could serve. */
    private static final List<Size> MEDIUM = List.of(new Size(20, 100, 100), new Size(30, 120, 200),
            new Size(40, 150, 300));
    /** SCIP's time on the large instance's medium level: the bound the solvers are measured against. */
    private static final Duration MEDIUM_BOUND_LIMIT = Duration.ofSeconds(300);
    /** SCIP's time on the soft level at the proven medium: the bound on the trip costs and fairness there. */
    private static final Duration SOFT_BOUND_LIMIT = Duration.ofSeconds(180);

    @Override
    public List<QualityRow> run(Scale scale) {
        boolean quick = scale == Scale.QUICK;
        List<QualityRow> rows = new ArrayList<>(small(quick ? 2 : 10, quick ? 12 : 30,
                Duration.ofSeconds(quick ? 1 : 5)));
        if (!quick) {
            rows.addAll(mediumSize(MEDIUM, Duration.ofSeconds(30)));
            rows.addAll(large(2_000, 3_000, Duration.ofSeconds(30)));
        }
        return rows;
    }

    private static List<DispatchSolver> solvers() {
        return List.of(new TimefoldDispatcher(), new GreedyDispatcher());
    }

    private static List<QualityRow> small(int seeds, int requests, Duration limit) {
        CpSatDispatcher exact = new CpSatDispatcher(Runtime.getRuntime().availableProcessors());
        Map<String, double[]> totals = new LinkedHashMap<>();
        Map<String, Integer> equal = new LinkedHashMap<>();
        Map<String, List<Double>> gaps = new LinkedHashMap<>();
        double exactSeconds = 0;
        int proven = 0;
        int[] searchVsGreedy = new int[3];
        for (long seed = 1; seed <= seeds; seed++) {
            NetworkSnapshot network = NetworkGenerator.generate(new GeneratorSpec(SMALL_STORES, 10,
                    SMALL_TECHNICIANS, 7, seed, GeneratorSpec.DEFAULT_AS_OF));
            DispatchProblem problem = DispatchProblem.of(network, RequestGenerator.generate(network, requests, seed),
                    DispatchSettings.DEFAULT, DriveIndex.of(network));
            long finalSeed = seed;
            Timing.Timed<CpSatDispatch> optimum = Timing.time(() -> exact.solveExactly(problem, EXACT_LIMIT,
                    finalSeed));
            exactSeconds += optimum.seconds();
            proven += optimum.value().isOptimal() ? 1 : 0;
            boolean isOptimal = optimum.value().isOptimal();
            DispatchScore best = optimum.value().dispatch().score();
            for (DispatchSolver solver : solvers()) {
                Timing.Timed<Dispatch> timed = Timing.time(() -> solver.solve(problem, limit, finalSeed));
                DispatchScore score = timed.value().score();
                totals.computeIfAbsent(solver.name(), name -> new double[1])[0] += timed.seconds();
                equal.merge(solver.name(), isOptimal && score.equals(best) ? 1 : 0, Integer::sum);
                if (score.hard() == best.hard() && score.medium() == best.medium()) {
                    gaps.computeIfAbsent(solver.name(), name -> new ArrayList<>())
                            .add(DispatchHarness.softGap(score, best));
                }
            }
            // The search on its own, before the solver keeps the better of it and greedy: the same seed and the
            // share of the limit the solver gives it.
            DispatchScore searchAlone = new TimefoldDispatcher().run(problem, searchLimit(limit), finalSeed)
                    .dispatch().score();
            int order = Integer.signum(searchAlone.compareTo(
                    new GreedyDispatcher().solve(problem, limit, finalSeed).score()));
            searchVsGreedy[order + 1]++;
        }
        String instance = String.format(Locale.ROOT, "%d instances: %d stores, %d technicians, %d requests", seeds,
                SMALL_STORES, SMALL_TECHNICIANS, requests);
        List<QualityRow> rows = new ArrayList<>();
        rows.add(new QualityRow("technician dispatch", instance, "CP-SAT (exact)", exactSeconds / seeds,
                String.format(Locale.ROOT, "proven optimal on %d of %d", proven, seeds), "reference"));
        for (String solver : totals.keySet()) {
            List<Double> solverGaps = gaps.getOrDefault(solver, List.of());
            String searchAlone = solver.equals(TimefoldDispatcher.NAME) ? String.format(Locale.ROOT,
                    "; search alone vs greedy: better on %d, equal on %d, worse on %d", searchVsGreedy[0],
                    searchVsGreedy[1], searchVsGreedy[2]) : "";
            rows.add(new QualityRow("technician dispatch", instance, solver, totals.get(solver)[0] / seeds,
                    String.format(Locale.ROOT, "equal to the proven optimum on %d of %d", equal.get(solver), seeds),
                    String.format(Locale.ROOT, "same unassigned as CP-SAT's best on %d of %d; soft gap mean %.2f %%, "
                            + "worst %.2f %%%s", solverGaps.size(), seeds,
                            solverGaps.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                            solverGaps.stream().mapToDouble(Double::doubleValue).max().orElse(0), searchAlone)));
        }
        return rows;
    }

    /** A generated instance's size. */
    private record Size(int stores, int technicians, int requests) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d × %d × %d", stores, technicians, requests);
        }
    }

    /**
     * Instances of 100–300 requests, where the exact model is solved to its lexicographic optimum by SCIP (the
     * medium level, then the cost at that medium), against Timefold and greedy at {@code limit}.
     */
    private static List<QualityRow> mediumSize(List<Size> sizes, Duration limit) {
        List<QualityRow> rows = new ArrayList<>();
        double referenceSeconds = 0;
        int proven = 0;
        Map<String, List<Double>> gaps = new LinkedHashMap<>();
        Map<String, double[]> seconds = new LinkedHashMap<>();
        Map<String, Integer> equal = new LinkedHashMap<>();
        for (int i = 0; i < sizes.size(); i++) {
            long seed = i + 1;
            Size size = sizes.get(i);
            NetworkSnapshot network = NetworkGenerator.generate(new GeneratorSpec(size.stores(), 10,
                    size.technicians(), 7, seed, GeneratorSpec.DEFAULT_AS_OF));
            DispatchProblem problem = DispatchProblem.of(network, RequestGenerator.generate(network,
                    size.requests(), seed), DispatchSettings.DEFAULT, DriveIndex.of(network));
            Timing.Timed<Lexicographic> reference = Timing.time(() -> lexicographic(problem));
            referenceSeconds += reference.seconds();
            Lexicographic optimum = reference.value();
            proven += optimum.proven() ? 1 : 0;
            for (DispatchSolver solver : solvers()) {
                Timing.Timed<Dispatch> timed = Timing.time(() -> solver.solve(problem, limit, seed));
                DispatchScore score = timed.value().score();
                seconds.computeIfAbsent(solver.name(), name -> new double[1])[0] += timed.seconds();
                boolean sameMedium = optimum.proven() && score.hard() == 0 && score.medium() == optimum.medium();
                equal.merge(solver.name(), sameMedium && score.soft() == optimum.soft() ? 1 : 0, Integer::sum);
                if (sameMedium) {
                    gaps.computeIfAbsent(solver.name(), name -> new ArrayList<>())
                            .add(100.0 * (score.soft() - optimum.soft()) / Math.max(1, optimum.soft()));
                }
            }
        }
        int n = sizes.size();
        String instance = String.format(Locale.ROOT, "%d instances (stores × technicians × requests, 7 days): %s", n,
                sizes.stream().map(Size::toString).collect(Collectors.joining(", ")));
        rows.add(new QualityRow("technician dispatch", instance, "SCIP MIP (exact model, medium then soft)",
                referenceSeconds / n, String.format(Locale.ROOT, "lexicographic optimum proven on %d of %d", proven,
                        n), "reference"));
        for (String solver : seconds.keySet()) {
            List<Double> solverGaps = gaps.getOrDefault(solver, List.of());
            rows.add(new QualityRow("technician dispatch", instance, solver, seconds.get(solver)[0] / n,
                    String.format(Locale.ROOT, "equal to the proven optimum on %d of %d", equal.get(solver), n),
                    String.format(Locale.ROOT, "least unassigned priority on %d of %d%s", solverGaps.size(), n,
                            solverGaps.isEmpty() ? "" : String.format(Locale.ROOT, "; there, cost above the optimum: "
                                    + "mean %.2f %%, worst %.2f %%",
                                    solverGaps.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                                    solverGaps.stream().mapToDouble(Double::doubleValue).max().orElse(0)))));
        }
        return rows;
    }

    /** The exact model's optimum: the least unassigned priority, the least cost there, and whether both are proven. */
    private record Lexicographic(long medium, long soft, boolean proven) {
    }

    private static Lexicographic lexicographic(DispatchProblem problem) {
        MipOfCpModel.Result medium = leastMedium(problem);
        if (!medium.optimal()) {
            return new Lexicographic(medium.bound().orElse(0L), 0, false);
        }
        MipOfCpModel.Result soft = leastSoftAt(problem, medium.bound().getAsLong());
        return new Lexicographic(medium.bound().getAsLong(),
                soft.optimal() ? soft.best().orElseThrow() : soft.bound().orElse(0L), soft.optimal());
    }

    /** SCIP on the exact model's medium level: the least priority left unassigned, if proven in its time. */
    private static MipOfCpModel.Result leastMedium(DispatchProblem problem) {
        DispatchCpModel exact = new DispatchCpModel(problem);
        return MipOfCpModel.minimize(exact.model(), exact.medium(), MEDIUM_BOUND_LIMIT);
    }

    /** SCIP on the exact model's soft level with at most {@code medium} left unassigned. */
    private static MipOfCpModel.Result leastSoftAt(DispatchProblem problem, long medium) {
        DispatchCpModel exact = new DispatchCpModel(problem);
        exact.model().addLessOrEqual(exact.medium(), medium);
        return MipOfCpModel.minimize(exact.model(), exact.soft(), SOFT_BOUND_LIMIT);
    }

    /** The share of the time limit the Timefold dispatcher gives its search; the rest is for polishing. */
    private static Duration searchLimit(Duration limit) {
        return Duration.ofMillis(Math.max(1, limit.toMillis() * 9 / 10));
    }

    private static List<QualityRow> large(int technicians, int requests, Duration limit) {
        NetworkSnapshot network = NetworkGenerator.generate(new GeneratorSpec(technicians / 5, 10, technicians, 14,
                1, GeneratorSpec.DEFAULT_AS_OF));
        DispatchProblem problem = DispatchProblem.of(network, RequestGenerator.generate(network, requests, 1),
                DispatchSettings.DEFAULT, DriveIndex.of(network));
        String instance = String.format(Locale.ROOT, "%,d technicians × %,d requests, 14 days", technicians,
                requests);
        List<QualityRow> rows = new ArrayList<>();
        Timing.Timed<MipOfCpModel.Result> bound = Timing.time(() -> leastMedium(problem));
        long mediumBound = bound.value().bound().orElse(0L);
        rows.add(new QualityRow("technician dispatch", instance, "SCIP MIP (exact model, medium level)",
                bound.seconds(), bound.value().optimal()
                        ? String.format(Locale.ROOT, "least unassigned priority proven: %,d", mediumBound)
                        : String.format(Locale.ROOT, "best found %s, bound %,d",
                                bound.value().best().stream().mapToObj(v -> String.format(Locale.ROOT, "%,d", v))
                                        .findFirst().orElse("none"), mediumBound),
                "reference for the medium level"));
        OptionalLong softBound = OptionalLong.empty();
        if (bound.value().optimal()) {
            Timing.Timed<MipOfCpModel.Result> soft = Timing.time(() -> leastSoftAt(problem, mediumBound));
            softBound = soft.value().bound();
            rows.add(new QualityRow("technician dispatch", instance, "SCIP MIP (exact model, soft level at that medium)",
                    soft.seconds(), String.format(Locale.ROOT, "%s; best found %s CNY, bound %s CNY",
                            soft.value().optimal() ? "proven optimal" : "not proven",
                            yuan(soft.value().best()), yuan(soft.value().bound())),
                    "reference for the soft level"));
        }
        DispatchScore greedy = null;
        for (DispatchSolver solver : List.of(new GreedyDispatcher(), new TimefoldDispatcher())) {
            Timing.Timed<Dispatch> timed = Timing.time(() -> solver.solve(problem, limit, 1));
            DispatchScore score = timed.value().score();
            rows.add(new QualityRow("technician dispatch", instance, solver.name(), timed.seconds(),
                    result(score, mediumBound, softBound),
                    greedy == null ? "baseline" : "vs greedy: " + DispatchHarness.versus(score, greedy)));
            greedy = greedy == null ? score : greedy;
        }
        DispatchScore baseline = greedy;
        Timing.Timed<DispatchRun> searchAlone = Timing.time(() -> new TimefoldDispatcher().run(problem,
                searchLimit(limit), 1));
        DispatchScore score = searchAlone.value().dispatch().score();
        rows.add(new QualityRow("technician dispatch", instance, "timefold, search alone", searchAlone.seconds(),
                result(score, mediumBound, softBound), String.format(Locale.ROOT,
                        "vs greedy: %s; local search %,d moves/s", DispatchHarness.versus(score, baseline),
                        searchAlone.value().searchMoveEvaluationSpeed())));
        return rows;
    }

    private static String result(DispatchScore score, long mediumBound, OptionalLong softBound) {
        String soft = score.medium() == mediumBound && softBound.isPresent() && softBound.getAsLong() > 0
                ? String.format(Locale.ROOT, " (%s above the soft bound at this medium)",
                        Timing.percent((double) (score.soft() - softBound.getAsLong()) / softBound.getAsLong()))
                : "";
        return String.format(Locale.ROOT, "%d hard, %,d unassigned priority (%s above the bound), %,.0f CNY%s",
                score.hard(), score.medium(), Timing.percent(mediumBound == 0 ? 0
                        : (double) (score.medium() - mediumBound) / mediumBound), score.soft() / 100.0, soft);
    }

    private static String yuan(OptionalLong fen) {
        return fen.isPresent() ? String.format(Locale.ROOT, "%,.0f", fen.getAsLong() / 100.0) : "none";
    }
}
