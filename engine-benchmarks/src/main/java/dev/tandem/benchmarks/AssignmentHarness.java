package dev.tandem.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.DiversionPlanValidator;
import dev.tandem.divert.DiversionPlanner;
import dev.tandem.divert.DiversionProblem;
import dev.tandem.divert.DiversionSettings;
import dev.tandem.divert.Job;
import dev.tandem.travel.DriveIndex;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.JobGenerator;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.solvers.assign.TimefoldAssigner;
import dev.tandem.solvers.assign.exact.CpSatAssigner;
import dev.tandem.solvers.assign.exact.ExactAssignment;

/**
 * The capacitated assignment and diversion harness, printing Markdown tables.
 *
 * <ol>
 *   <li>OR-Library's small instances ({@code cattrysse1994/gap1..12}, 5–10 bins × 15–60 items): per group of five,
 *       Timefold and greedy against the CP-SAT optimum (which equals {@code values.csv}'s best known).</li>
 *   <li>The classic sizes ({@code chu1997}, classes A–D, 5–20 bins × 100–200 items): per instance, Timefold and
 *       greedy against the best known value.</li>
 *   <li>Diversion at 500 stores × 5,000 jobs: greedy and Timefold at the same time limit.</li>
 * </ol>
 *
 * <pre>
 * java -Xmx4g -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.AssignmentHarness \
 *     [GAP_DIR] [SMALL_SECONDS] [CLASSIC_SECONDS] [DIVERSION_SECONDS]
 * </pre>
 * {@code GAP_DIR} defaults to {@code ../shared/benchmarks/gap}, read at run time and never copied; then 2, 10 and 30
 * seconds; a section with 0 seconds is skipped. Seed 1 throughout.
 */
public final class AssignmentHarness {

    private static final long SEED = 1L;

    private AssignmentHarness() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/benchmarks/gap");
        Duration small = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 2);
        Duration classic = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 10);
        Duration diversion = Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 30);
        Map<String, OptionalLong> best = GapInstances.bestKnown(dir.resolve("values.csv"));
        if (!small.isZero()) {
            small(dir, best, small);
        }
        if (!classic.isZero()) {
            classic(dir, best, classic);
        }
        if (!diversion.isZero()) {
            diversion(diversion);
        }
    }

    private static void small(Path dir, Map<String, OptionalLong> best, Duration limit) throws IOException {
        System.out.printf("%n| group | bins × items | CP-SAT proven (= best known) | Timefold %d s: mean / worst gap, "
                + "within 1 %% | greedy: mean / worst gap | never worse than greedy |%n", limit.toSeconds());
        System.out.println("|---|---|---|---|---|---|");
        for (int group = 1; group <= 12; group++) {
            double tfSum = 0;
            double tfWorst = 0;
            double grSum = 0;
            double grWorst = 0;
            int within = 0;
            int proven = 0;
            int agree = 0;
            int notWorse = 0;
            String size = "";
            for (int k = 0; k < 5; k++) {
                String name = "cattrysse1994/gap" + group + "-" + k;
                AssignmentProblem problem = GapInstances.read(dir.resolve(name));
                size = problem.binCount() + " × " + problem.itemCount();
                ExactAssignment exact = new CpSatAssigner(2).solveExactly(problem, Duration.ofSeconds(60), SEED);
                long optimum = exact.assignment().totalCost();
                proven += exact.status() == dev.tandem.solvers.assign.exact.ExactStatus.OPTIMAL ? 1 : 0;
                agree += best.getOrDefault(name, OptionalLong.empty()).equals(OptionalLong.of(optimum)) ? 1 : 0;
                Assignment greedy = new GreedyAssigner().solve(problem, limit, SEED);
                Assignment timefold = new TimefoldAssigner().solve(problem, limit, SEED);
                double tfGap = gap(timefold, optimum);
                double grGap = gap(greedy, optimum);
                tfSum += tfGap;
                tfWorst = Math.max(tfWorst, tfGap);
                grSum += grGap;
                grWorst = Math.max(grWorst, grGap);
                within += tfGap <= 0.01 ? 1 : 0;
                notWorse += timefold.score().compareTo(greedy.score()) <= 0 ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "| gap%d | %s | %d of 5 (%d of 5) | %.2f %% / %.2f %%, %d of 5 | %.2f %% / "
                    + "%.2f %% | %d of 5 |%n", group, size, proven, agree, 100 * tfSum / 5, 100 * tfWorst, within,
                    100 * grSum / 5, 100 * grWorst, notWorse);
        }
    }

    private static void classic(Path dir, Map<String, OptionalLong> best, Duration limit) throws IOException {
        System.out.printf("%n| instance | bins × items | best known | Timefold %d s | gap | greedy | gap | greedy time |%n",
                limit.toSeconds());
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir.resolve("chu1997"))) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            String name = "chu1997/" + file.getFileName();
            AssignmentProblem problem = GapInstances.read(file);
            long known = best.getOrDefault(name, OptionalLong.empty()).orElse(Long.MIN_VALUE);
            long started = System.nanoTime();
            Assignment greedy = new GreedyAssigner().solve(problem, limit, SEED);
            double greedySeconds = (System.nanoTime() - started) / 1e9;
            Assignment timefold = new TimefoldAssigner().solve(problem, limit, SEED);
            System.out.printf(Locale.ROOT, "| %s | %d × %d | %d | %s | %s | %s | %s | %.3f s |%n", file.getFileName(),
                    problem.binCount(), problem.itemCount(), known, cost(timefold), gapText(timefold, known),
                    cost(greedy), gapText(greedy, known), greedySeconds);
        }
    }

    private static void diversion(Duration limit) {
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(500, 10, 2_500, SEED));
        List<Job> jobs = JobGenerator.generate(network, 5_000, 1.4, SEED);
        long started = System.nanoTime();
        DiversionProblem problem = DiversionProblem.of(network, jobs, DiversionSettings.DEFAULT,
                DriveIndex.of(network));
        double build = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%nDiversion: 500 stores, 5,000 jobs (surge 1.4): %d jobs at overloaded stores "
                + "may move, %d allowed (job, store) pairs; problem built in %.2f s%n%n", problem.itemCount(),
                problem.assignment().optionCount(), build);
        System.out.println("| solver | time | offers | stays | expected accepted | expected cost (CNY) | "
                + "expected compensation (CNY) | valid |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---|");
        DiversionPlanValidator validator = new DiversionPlanValidator(DiversionSettings.DEFAULT);
        for (DiversionPlanner planner : List.of(DiversionPlanner.greedy(), new DiversionPlanner(new TimefoldAssigner()))) {
            long start = System.nanoTime();
            DiversionPlan plan = planner.plan(problem, limit, SEED);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "| %s | %.2f s | %d | %d | %.1f | %s | %s | %s |%n", plan.solver(), seconds,
                    plan.offers().size(), plan.stays().size(), plan.expectedAccepted(),
                    plan.expectedCost().toYuan().toPlainString(), plan.expectedCompensation().toYuan().toPlainString(),
                    validator.validate(network, jobs, plan).valid() ? "yes" : "NO");
        }
    }

    private static double gap(Assignment assignment, long optimum) {
        if (!assignment.isFeasible()) {
            return Double.POSITIVE_INFINITY;
        }
        return (double) (assignment.totalCost() - optimum) / optimum;
    }

    private static String cost(Assignment assignment) {
        return assignment.isFeasible() ? String.valueOf(assignment.totalCost())
                : "infeasible (" + assignment.unassignedCount() + " unplaced)";
    }

    private static String gapText(Assignment assignment, long known) {
        return assignment.isFeasible() && known != Long.MIN_VALUE
                ? String.format(Locale.ROOT, "%.2f %%", 100.0 * (assignment.totalCost() - known) / known) : "–";
    }
}
