package dev.tandem.benchmarks.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.benchmarks.GapInstances;
import dev.tandem.sample.internal.AssignmentGenerator;
import dev.tandem.solvers.assign.TimefoldAssigner;
import dev.tandem.solvers.assign.exact.CpSatAssigner;
import dev.tandem.solvers.assign.exact.ExactAssignment;
import dev.tandem.solvers.assign.exact.ExactStatus;

/**
 * Generalized assignment: Timefold and the greedy baseline against the CP-SAT optimum on small instances and
 * against the best known values on the classic sizes. At full scale the instances are OR-Library's, read at run
 * time from the GAP directory; the quick scale generates its own, so that it needs no files.
 */
final class AssignmentSuite implements QualitySuite {

    private static final long SEED = 1L;
    private static final Duration EXACT_LIMIT = Duration.ofSeconds(60);

    private final Path gapDirectory;

    AssignmentSuite(Path gapDirectory) {
        this.gapDirectory = gapDirectory;
    }

    /** One instance and the reference cost to measure against. */
    private record Instance(String name, AssignmentProblem problem, OptionalLong bestKnown) {
    }

    @Override
    public List<QualityRow> run(Scale scale) {
        if (scale == Scale.QUICK) {
            List<Instance> generated = new ArrayList<>();
            for (AssignmentGenerator.Kind kind : AssignmentGenerator.Kind.values()) {
                generated.add(new Instance("type " + kind,
                        AssignmentGenerator.generate(kind, 5, 30, SEED), OptionalLong.empty()));
            }
            return compare("5 generated, types A–E, 5 bins × 30 items", generated, Duration.ofSeconds(1), true);
        }
        List<QualityRow> rows = new ArrayList<>();
        if (Files.isDirectory(gapDirectory)) {
            rows.addAll(compare("OR-Library gap1–12: 60 instances, 5–10 bins × 15–60 items",
                    instances("cattrysse1994"), Duration.ofSeconds(2), true));
            rows.addAll(compare("OR-Library Chu & Beasley A–D: 24 instances, 5–20 bins × 100–200 items",
                    instances("chu1997"), Duration.ofSeconds(10), false));
        } else {
            rows.add(new QualityRow("generalized assignment", "OR-Library", "skipped", 0,
                    "no GAP instances at " + gapDirectory, "pass --gap-dir"));
        }
        rows.addAll(new LargeAssignmentRows().run());
        return rows;
    }

    private List<Instance> instances(String folder) {
        try (Stream<Path> files = Files.list(gapDirectory.resolve(folder))) {
            Map<String, OptionalLong> best = GapInstances.bestKnown(gapDirectory.resolve("values.csv"));
            List<Instance> instances = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String name = folder + "/" + file.getFileName();
                instances.add(new Instance(name, GapInstances.read(file), best.getOrDefault(name,
                        OptionalLong.empty())));
            }
            return instances;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rows for CP-SAT (when {@code exact}), Timefold and greedy over the instances: against the proven optimum,
     * or else the best known value.
     */
    private static List<QualityRow> compare(String label, List<Instance> instances, Duration limit, boolean exact) {
        CpSatAssigner cpSat = new CpSatAssigner(Runtime.getRuntime().availableProcessors());
        Gaps timefold = new Gaps();
        Gaps greedy = new Gaps();
        int proven = 0;
        int agree = 0;
        double exactSeconds = 0;
        int searchBetter = 0;
        double searchGain = 0;
        for (Instance instance : instances) {
            long reference;
            if (exact) {
                Timing.Timed<ExactAssignment> optimum = Timing.time(() -> cpSat.solveExactly(instance.problem(),
                        EXACT_LIMIT, SEED));
                exactSeconds += optimum.seconds();
                proven += optimum.value().status() == ExactStatus.OPTIMAL ? 1 : 0;
                reference = optimum.value().assignment().totalCost();
                agree += instance.bestKnown().equals(OptionalLong.of(reference)) ? 1 : 0;
            } else {
                reference = instance.bestKnown().orElseThrow();
            }
            Timing.Timed<Assignment> ours = Timing.time(() -> new TimefoldAssigner().solve(instance.problem(),
                    limit, SEED));
            Timing.Timed<Assignment> baseline = Timing.time(() -> new GreedyAssigner().solve(instance.problem(),
                    limit, SEED));
            timefold.add(ours, reference);
            greedy.add(baseline, reference);
            // The search starts from greedy's assignment: what it adds is how much lower it ends.
            if (ours.value().score().compareTo(baseline.value().score()) < 0) {
                searchBetter++;
                searchGain += 100.0 * (baseline.value().totalCost() - ours.value().totalCost())
                        / Math.max(1, Math.abs(baseline.value().totalCost()));
            }
        }
        int n = instances.size();
        String against = !exact ? "the best known"
                : proven == n ? "the proven optimum"
                : String.format(Locale.ROOT, "CP-SAT's best found (proven optimal on %d of %d)", proven, n);
        List<QualityRow> rows = new ArrayList<>();
        if (exact) {
            rows.add(new QualityRow("generalized assignment", label, "CP-SAT (exact)", exactSeconds / n,
                    String.format(Locale.ROOT, "proven optimal on %d of %d", proven, n),
                    instances.get(0).bestKnown().isPresent()
                            ? String.format(Locale.ROOT, "equal to OR-Library's best known on %d of %d", agree, n)
                            : "reference"));
        }
        rows.add(new QualityRow("generalized assignment", label, "timefold", timefold.meanSeconds(),
                timefold.summary(against), String.format(Locale.ROOT,
                        "search alone vs greedy (its start): better on %d of %d, cost %.2f %% lower on those",
                        searchBetter, n, searchBetter == 0 ? 0 : searchGain / searchBetter)));
        rows.add(new QualityRow("generalized assignment", label, "greedy (MTHG)", greedy.meanSeconds(),
                greedy.summary(against), "baseline"));
        return rows;
    }

    /** Gaps to the reference over instances. */
    private static final class Gaps {

        private final List<Double> gaps = new ArrayList<>();
        private double seconds;
        private int infeasible;

        void add(Timing.Timed<Assignment> timed, long reference) {
            seconds += timed.seconds();
            if (!timed.value().isFeasible()) {
                infeasible++;
                return;
            }
            gaps.add(100.0 * (timed.value().totalCost() - reference) / reference);
        }

        double meanSeconds() {
            return seconds / (gaps.size() + infeasible);
        }

        String summary(String against) {
            long within = gaps.stream().filter(gap -> gap <= 1.0 + 1e-9).count();
            return String.format(Locale.ROOT, "within 1 %% of %s on %d of %d; gap mean %.2f %%, worst %.2f %%%s",
                    against, within, gaps.size() + infeasible,
                    gaps.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                    gaps.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    infeasible == 0 ? "" : "; infeasible on " + infeasible);
        }
    }
}
