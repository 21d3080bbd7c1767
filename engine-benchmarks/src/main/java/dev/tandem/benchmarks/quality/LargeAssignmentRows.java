package dev.tandem.benchmarks.quality;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentScore;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.assign.GreedyAssigner;
import dev.tandem.benchmarks.LargeGapInstances;
import dev.tandem.benchmarks.LargeGapInstances.Reference;
import dev.tandem.benchmarks.LargeGapInstances.Spec;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;
import dev.tandem.solvers.assign.AssignmentRun;
import dev.tandem.solvers.assign.TimefoldAssigner;

/**
 * The large generalized assignment instances of {@link LargeGapInstances}, per correlation type: Timefold's gap to
 * the kept best known value and to the kept lower bound at 10 s, its time to quality (its best at 1, 2, 5, 10 and
 * 30 s of one 30 s run), and greedy's gap. Every assignment goes through the validator.
 */
final class LargeAssignmentRows {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final int[] CHECKPOINTS = {1, 2, 5, 10, 30};
    private static final int AT = 10;

    List<QualityRow> run() {
        Map<Spec, Reference> references = LargeGapInstances.references();
        if (references.isEmpty()) {
            return List.of(new QualityRow("generalized assignment", "large generated", "skipped", 0,
                    "no " + LargeGapInstances.REFERENCES + " on the class path", "run GapReferences"));
        }
        Map<Kind, List<Measured>> byKind = new LinkedHashMap<>();
        AssignmentValidator validator = new AssignmentValidator(false);
        for (Reference reference : references.values()) {
            AssignmentProblem problem = reference.spec().generate();
            Timing.Timed<Assignment> greedy = Timing.time(() -> new GreedyAssigner().solve(problem, LIMIT, 1L));
            AssignmentRun run = new TimefoldAssigner().run(problem, Assignment.empty(problem), LIMIT,
                    reference.spec().seed());
            boolean valid = validator.validate(problem, run.assignment()).valid()
                    && validator.validate(problem, greedy.value()).valid();
            byKind.computeIfAbsent(reference.spec().kind(), kind -> new ArrayList<>())
                    .add(new Measured(reference, run, greedy.value(), valid));
        }
        List<QualityRow> rows = new ArrayList<>();
        List<Measured> all = new ArrayList<>();
        for (Map.Entry<Kind, List<Measured>> entry : byKind.entrySet()) {
            List<Measured> ofKind = entry.getValue();
            rows.addAll(rows("type " + entry.getKey() + ": " + ofKind.stream().map(m -> m.reference().spec().bins()
                    + "×" + m.reference().spec().items()).collect(Collectors.joining(", ")) + " (generated)", ofKind));
            all.addAll(entry.getValue());
        }
        rows.addAll(rows("all " + all.size() + " instances, types A–E (generated)", all));
        return rows;
    }

    private static List<QualityRow> rows(String instance, List<Measured> measured) {
        List<Double> gaps = new ArrayList<>();
        List<Double> boundGaps = new ArrayList<>();
        List<Double> greedyGaps = new ArrayList<>();
        int invalid = 0;
        int infeasible = 0;
        StringBuilder quality = new StringBuilder();
        for (int at : CHECKPOINTS) {
            double sum = 0;
            for (Measured m : measured) {
                sum += m.gapAt(at);
            }
            quality.append(String.format(Locale.ROOT, "%s%d s %.2f %%", quality.length() == 0 ? "" : ", ", at,
                    sum / measured.size()));
        }
        for (Measured m : measured) {
            AssignmentScore score = m.run().scoreAt(Duration.ofSeconds(AT)).orElseThrow();
            infeasible += score.isFeasible() ? 0 : 1;
            gaps.add(m.reference().gapPercent(score.cost()));
            boundGaps.add(m.reference().boundGapPercent(score.cost()));
            greedyGaps.add(m.reference().gapPercent(m.greedy().totalCost()));
            invalid += m.valid() ? 0 : 1;
        }
        long within = gaps.stream().filter(gap -> gap <= 1.0 + 1e-9).count();
        String verdict = invalid == 0 ? "valid" : "INVALID on " + invalid;
        return List.of(
                new QualityRow("generalized assignment", instance, "timefold " + AT + " s", AT,
                        String.format(Locale.ROOT, "within 1 %% of the best known on %d of %d; gap mean %.2f %%, "
                                + "worst %.2f %%; to the lower bound mean %.2f %%%s; %s", within, gaps.size(),
                                mean(gaps), max(gaps), mean(boundGaps),
                                infeasible == 0 ? "" : "; infeasible on " + infeasible, verdict),
                        "time to quality (mean gap to the best known): " + quality),
                new QualityRow("generalized assignment", instance, "greedy (MTHG)", 0,
                        String.format(Locale.ROOT, "gap mean %.2f %%, worst %.2f %%", mean(greedyGaps),
                                max(greedyGaps)), "baseline"));
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** One instance measured. */
    private record Measured(Reference reference, AssignmentRun run, Assignment greedy, boolean valid) {

        /** The gap to the best known of the run's best by {@code seconds}, in percent; greedy's before the first. */
        double gapAt(int seconds) {
            long cost = run.scoreAt(Duration.ofSeconds(seconds)).map(AssignmentScore::cost)
                    .orElse(greedy.totalCost());
            return reference.gapPercent(cost);
        }
    }
}
