package dev.tandem.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import dev.tandem.assign.AssignmentProblem;
import dev.tandem.sample.internal.AssignmentGenerator;
import dev.tandem.sample.internal.AssignmentGenerator.Kind;

/**
 * The large generalized assignment instances of the quality harness: every correlation type of
 * {@link AssignmentGenerator} (A–D of OR-Library, E the inverse one) at 10 bins × 400 items, 40 × 800 and
 * 80 × 1,600, generated from their seed at run time. Their reference values, computed once and kept in the
 * repository, are in {@value #REFERENCES} on the class path.
 */
public final class LargeGapInstances {

    /** The class-path resource of the reference values. */
    public static final String REFERENCES = "/gap-large/references.csv";
    /** The seed of every instance. */
    public static final long SEED = 1L;
    private static final int[][] SIZES = {{10, 400}, {40, 800}, {80, 1_600}};

    private LargeGapInstances() {
    }

    /**
     * One instance: its type, size and seed.
     *
     * @param kind the correlation type
     * @param bins how many bins
     * @param items how many items
     * @param seed the generator's seed
     */
    public record Spec(Kind kind, int bins, int items, long seed) {

        public Spec {
            Objects.requireNonNull(kind, "kind");
        }

        /** Such as {@code D 80×1600}. */
        public String name() {
            return String.format(Locale.ROOT, "%s %d×%d", kind, bins, items);
        }

        public AssignmentProblem generate() {
            return AssignmentGenerator.generate(kind, bins, items, seed);
        }
    }

    /**
     * What is known of one instance's optimum.
     *
     * @param spec the instance
     * @param best the least cost known, of an assignment placing every item
     * @param bestBy who found it
     * @param bound a proven lower bound on the cost
     * @param boundBy who proved it
     * @param status {@code optimal} when {@code best} is proven optimal, else {@code best known}
     * @param cpSatBest CP-SAT's best cost within {@code cpSatSeconds}
     * @param cpSatSeconds CP-SAT's time limit
     */
    public record Reference(Spec spec, long best, String bestBy, long bound, String boundBy, String status,
            long cpSatBest, int cpSatSeconds) {

        /** {@code (cost − best) / best}, in percent. */
        public double gapPercent(long cost) {
            return 100.0 * (cost - best) / best;
        }

        /** {@code (cost − bound) / bound}, in percent. */
        public double boundGapPercent(long cost) {
            return 100.0 * (cost - bound) / bound;
        }

        static final String HEADER = "kind,bins,items,seed,best,best_by,bound,bound_by,status,cp_sat_best,"
                + "cp_sat_seconds";

        String line() {
            return String.join(",", spec.kind().name(), String.valueOf(spec.bins()), String.valueOf(spec.items()),
                    String.valueOf(spec.seed()), String.valueOf(best), bestBy, String.valueOf(bound), boundBy, status,
                    String.valueOf(cpSatBest), String.valueOf(cpSatSeconds));
        }

        static Reference parse(String line) {
            String[] cells = line.split(",", -1);
            Spec spec = new Spec(Kind.valueOf(cells[0]), Integer.parseInt(cells[1]), Integer.parseInt(cells[2]),
                    Long.parseLong(cells[3]));
            return new Reference(spec, Long.parseLong(cells[4]), cells[5], Long.parseLong(cells[6]), cells[7],
                    cells[8], Long.parseLong(cells[9]), Integer.parseInt(cells[10]));
        }
    }

    /** Every instance: by size, then by type. */
    public static List<Spec> all() {
        List<Spec> specs = new ArrayList<>();
        for (int[] size : SIZES) {
            for (Kind kind : Kind.values()) {
                specs.add(new Spec(kind, size[0], size[1], SEED));
            }
        }
        return specs;
    }

    /** The kept reference values, by instance, in the file's order. */
    public static Map<Spec, Reference> references() {
        Map<Spec, Reference> references = new LinkedHashMap<>();
        try (InputStream in = LargeGapInstances.class.getResourceAsStream(REFERENCES)) {
            if (in == null) {
                return references;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    Reference reference = Reference.parse(line);
                    references.put(reference.spec(), reference);
                }
            }
            return references;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
