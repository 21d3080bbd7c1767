package dev.tandem.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.AssignmentValidator;
import dev.tandem.assign.internal.CapacityPrices;
import dev.tandem.benchmarks.LargeGapInstances.Reference;
import dev.tandem.benchmarks.LargeGapInstances.Spec;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;
import dev.tandem.solvers.assign.AssignmentRun;
import dev.tandem.solvers.assign.TimefoldAssigner;
import dev.tandem.solvers.assign.exact.CpSatAssigner;
import dev.tandem.solvers.assign.exact.ExactAssignment;
import dev.tandem.solvers.assign.exact.ExactStatus;

/**
 * Computes the reference values of {@link LargeGapInstances}, once, to keep in the repository: per instance CP-SAT
 * (two workers) for a time limit, a long Timefold run, and the Lagrangian bound of {@link CapacityPrices}; the best
 * cost of the two, and the better of CP-SAT's bound and the Lagrangian one. Every assignment is checked by the
 * validator. Rows of instances already in the file are replaced, the others kept.
 *
 * <pre>
 * java -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.GapReferences FILE CP_SAT_SECONDS \
 *     TIMEFOLD_SECONDS [KIND:BINS:ITEMS ...]
 * </pre>
 * Without instances it computes all of them. Heavy: run it alone on the machine.
 */
public final class GapReferences {

    private static final int LAGRANGIAN_ITERATIONS = 5_000;

    private GapReferences() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int cpSatSeconds = Integer.parseInt(args[1]);
        int timefoldSeconds = Integer.parseInt(args[2]);
        List<Spec> specs = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] parts = args[i].split(":");
            specs.add(new Spec(Kind.valueOf(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    LargeGapInstances.SEED));
        }
        if (specs.isEmpty()) {
            specs = LargeGapInstances.all();
        }
        for (Spec spec : specs) {
            Reference reference = compute(spec, cpSatSeconds, timefoldSeconds);
            System.out.println(reference.line());
            write(file, reference);
        }
    }

    static Reference compute(Spec spec, int cpSatSeconds, int timefoldSeconds) {
        AssignmentProblem problem = spec.generate();
        AssignmentValidator validator = new AssignmentValidator(false);
        ExactAssignment exact = new CpSatAssigner(2).solveExactly(problem, Duration.ofSeconds(cpSatSeconds),
                spec.seed());
        check(validator, problem, exact.assignment());
        AssignmentRun run = new TimefoldAssigner().run(problem, Assignment.empty(problem),
                Duration.ofSeconds(timefoldSeconds), spec.seed());
        check(validator, problem, run.assignment());
        long cpSat = exact.assignment().totalCost();
        long timefold = run.assignment().totalCost();
        long best = Math.min(cpSat, timefold);
        String bestBy = cpSat <= timefold ? "cp-sat " + cpSatSeconds + " s" : "timefold " + timefoldSeconds + " s";
        long lagrangian = CapacityPrices.of(problem, best, LAGRANGIAN_ITERATIONS).lowerBound();
        OptionalLong cpSatBound = exact.costBound();
        long bound = Math.max(lagrangian, cpSatBound.orElse(Long.MIN_VALUE));
        String boundBy = cpSatBound.orElse(Long.MIN_VALUE) >= lagrangian ? "cp-sat" : "lagrangian";
        boolean optimal = exact.status() == ExactStatus.OPTIMAL || bound == best;
        return new Reference(spec, best, bestBy, optimal ? best : bound, boundBy, optimal ? "optimal" : "best known",
                cpSat, cpSatSeconds);
    }

    private static void check(AssignmentValidator validator, AssignmentProblem problem, Assignment assignment) {
        List<String> violations = validator.validate(problem, assignment).violations();
        if (!violations.isEmpty()) {
            throw new IllegalStateException("An invalid reference assignment: " + violations);
        }
    }

    private static void write(Path file, Reference reference) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(Reference.HEADER);
        Map<Spec, Reference> kept = new LinkedHashMap<>();
        List<String> old = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        if (old.size() > 1) {
            for (String line : old.subList(1, old.size())) {
                if (!line.isBlank()) {
                    Reference known = Reference.parse(line);
                    kept.put(known.spec(), known);
                }
            }
        }
        kept.put(reference.spec(), reference);
        for (Spec spec : LargeGapInstances.all()) {
            if (kept.containsKey(spec)) {
                lines.add(kept.remove(spec).line());
            }
        }
        kept.values().forEach(other -> lines.add(other.line()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
