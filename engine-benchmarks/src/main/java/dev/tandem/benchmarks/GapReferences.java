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
import dev.tandem.solvers.assign.exact.MipAssigner;

/**
 * Computes the reference values of {@link LargeGapInstances}, once, to keep in the repository: per instance CP-SAT
 * (two workers) for a time limit, a long Timefold run, the MIP on SCIP from Timefold's answer (when given a time),
 * and the Lagrangian bound of {@link CapacityPrices}; the best cost found, and the best of the three bounds. Every
 * assignment is checked by the validator. A row of an instance already in the file keeps the lower best and the
 * higher bound of the two computations; the other rows are kept.
 *
 * <pre>
 * java -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.GapReferences FILE CP_SAT_SECONDS \
 *     TIMEFOLD_SECONDS MIP_SECONDS [KIND:BINS:ITEMS ...]
 * </pre>
 * Without instances it computes all of them. Heavy: run it alone on the machine.
 */
public final class GapReferences {

    private static final int LAGRANGIAN_ITERATIONS = 5_000;

    private GapReferences() {
    }

    private static final String USAGE = "Usage: GapReferences FILE CP_SAT_SECONDS TIMEFOLD_SECONDS MIP_SECONDS "
            + "[KIND:BINS:ITEMS ...], KIND one of A-E, for example C:40:800";

    public static void main(String[] args) throws IOException {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException bad) {
            System.err.println(bad.getMessage());
            System.exit(2);
            return;
        }
        for (Spec spec : arguments.specs()) {
            Reference reference = compute(spec, arguments.cpSatSeconds(), arguments.timefoldSeconds(),
                    arguments.mipSeconds());
            System.out.println(reference.line());
            write(arguments.file(), reference);
        }
    }

    /** The command line: the references file, each solver's seconds, the instances (all when none is named). */
    record Arguments(Path file, int cpSatSeconds, int timefoldSeconds, int mipSeconds, List<Spec> specs) {

        /** @throws IllegalArgumentException naming the argument and its value, with the usage */
        static Arguments parse(String[] args) {
            if (args.length < 4) {
                throw new IllegalArgumentException("Expected at least 4 arguments, got " + args.length + ".\n" + USAGE);
            }
            List<Spec> specs = new ArrayList<>();
            for (int i = 4; i < args.length; i++) {
                specs.add(spec(args[i]));
            }
            return new Arguments(Path.of(args[0]), seconds("CP_SAT_SECONDS", args[1]),
                    seconds("TIMEFOLD_SECONDS", args[2]), seconds("MIP_SECONDS", args[3]),
                    specs.isEmpty() ? LargeGapInstances.all() : List.copyOf(specs));
        }

        private static int seconds(String name, String value) {
            try {
                int seconds = Integer.parseInt(value);
                if (seconds > 0) {
                    return seconds;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            throw new IllegalArgumentException(name + " must be a positive whole number of seconds, not (" + shown(value)
                    + ").\n" + USAGE);
        }

        private static Spec spec(String value) {
            String[] parts = value.split(":");
            try {
                if (parts.length == 3) {
                    int bins = Integer.parseInt(parts[1]);
                    int items = Integer.parseInt(parts[2]);
                    if (bins >= 1 && items >= 0) {
                        return new Spec(Kind.valueOf(parts[0]), bins, items, LargeGapInstances.SEED);
                    }
                }
            } catch (IllegalArgumentException notAnInstance) {
                // reported below
            }
            throw new IllegalArgumentException("An instance is KIND:BINS:ITEMS with KIND one of A-E, BINS 1 or more "
                    + "and ITEMS 0 or more, not (" + shown(value) + ").\n" + USAGE);
        }

        /** At most 40 characters of a user's value. */
        private static String shown(String value) {
            return value.length() <= 40 ? value : value.substring(0, 40) + "…";
        }
    }

    static Reference compute(Spec spec, int cpSatSeconds, int timefoldSeconds, int mipSeconds) {
        AssignmentProblem problem = spec.generate();
        AssignmentValidator validator = new AssignmentValidator(false);
        ExactAssignment exact = new CpSatAssigner(2).solveExactly(problem, Duration.ofSeconds(cpSatSeconds),
                spec.seed());
        check(validator, problem, exact.assignment());
        AssignmentRun run = new TimefoldAssigner().run(problem, Assignment.empty(problem),
                Duration.ofSeconds(timefoldSeconds), spec.seed());
        check(validator, problem, run.assignment());
        ExactAssignment mip = mipSeconds > 0
                ? new MipAssigner().solveExactly(problem, run.assignment(), Duration.ofSeconds(mipSeconds)) : null;
        if (mip != null) {
            check(validator, problem, mip.assignment());
        }
        long cpSat = exact.assignment().totalCost();
        long best = cpSat;
        String bestBy = "cp-sat " + cpSatSeconds + " s";
        if (run.assignment().totalCost() < best) {
            best = run.assignment().totalCost();
            bestBy = "timefold " + timefoldSeconds + " s";
        }
        if (mip != null && mip.assignment().unassignedCount() == 0 && mip.assignment().totalCost() < best) {
            best = mip.assignment().totalCost();
            bestBy = "scip " + mipSeconds + " s";
        }
        long bound = CapacityPrices.of(problem, best, LAGRANGIAN_ITERATIONS).lowerBound();
        String boundBy = "lagrangian";
        if (exact.costBound().orElse(Long.MIN_VALUE) > bound) {
            bound = exact.costBound().getAsLong();
            boundBy = "cp-sat";
        }
        if (mip != null && mip.costBound().orElse(Long.MIN_VALUE) > bound) {
            bound = mip.costBound().getAsLong();
            boundBy = "scip";
        }
        boolean optimal = exact.status() == ExactStatus.OPTIMAL || bound >= best;
        return new Reference(spec, best, bestBy, optimal ? best : bound, boundBy, optimal ? "optimal" : "best known",
                cpSat, cpSatSeconds);
    }

    /**
     * What is known after two computations of one instance: the lower best, the higher bound, and CP-SAT's best of the
     * one that gave it longer.
     */
    static Reference merge(Reference known, Reference fresh) {
        boolean freshBest = fresh.best() < known.best();
        boolean freshBound = fresh.bound() > known.bound();
        long best = freshBest ? fresh.best() : known.best();
        Reference longer = fresh.cpSatSeconds() >= known.cpSatSeconds() ? fresh : known;
        long bound = Math.min(best, freshBound ? fresh.bound() : known.bound());
        return new Reference(fresh.spec(), best, freshBest ? fresh.bestBy() : known.bestBy(), bound,
                freshBound ? fresh.boundBy() : known.boundBy(), bound == best ? "optimal" : "best known",
                longer.cpSatBest(), longer.cpSatSeconds());
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
        kept.merge(reference.spec(), reference, GapReferences::merge);
        for (Spec spec : LargeGapInstances.all()) {
            if (kept.containsKey(spec)) {
                lines.add(kept.remove(spec).line());
            }
        }
        kept.values().forEach(other -> lines.add(other.line()));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
