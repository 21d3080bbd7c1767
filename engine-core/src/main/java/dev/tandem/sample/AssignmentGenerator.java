package dev.tandem.sample;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.SplittableRandom;

import dev.tandem.assign.AssignmentProblem;

/**
 * Generates generalized assignment instances of Chu and Beasley's classes (A genetic algorithm for the generalised
 * assignment problem, Computers &amp; Operations Research 24, 1997), the classes of OR-Library's {@code gapa} to
 * {@code gapd}, deterministic for a seed. Every item may go to every bin; a capacity is
 * {@code 0.8 × Σ loads / bins} (class C and D), which makes a feasible assignment likely but tight.
 *
 * <ul>
 *   <li>{@link Kind#C}: loads uniform in [5, 25], costs uniform in [10, 50], independent.</li>
 *   <li>{@link Kind#D}: loads uniform in [1, 100], costs {@code 111 − load + e} with {@code e} uniform in
 *       [-10, 10]: the cheap pairs are the heavy ones, the hard class.</li>
 * </ul>
 */
public final class AssignmentGenerator {

    /** The instance classes. */
    public enum Kind {
        C, D
    }

    private AssignmentGenerator() {
    }

    /**
     * @param bins 1 or more
     * @param items 0 or more
     * @param seed the same arguments and seed always give the same instance
     */
    public static AssignmentProblem generate(Kind kind, int bins, int items, long seed) {
        Objects.requireNonNull(kind, "kind");
        checkArgument(bins >= 1, "The number of bins (%s) must be 1 or more.", bins);
        checkArgument(items >= 0, "The number of items (%s) must be 0 or more.", items);
        SplittableRandom random = new SplittableRandom(seed);
        long[][] loads = new long[bins][items];
        long[][] costs = new long[bins][items];
        for (int bin = 0; bin < bins; bin++) {
            for (int item = 0; item < items; item++) {
                if (kind == Kind.C) {
                    loads[bin][item] = random.nextInt(5, 26);
                    costs[bin][item] = random.nextInt(10, 51);
                } else {
                    loads[bin][item] = random.nextInt(1, 101);
                    costs[bin][item] = 111 - loads[bin][item] + random.nextInt(-10, 11);
                }
            }
        }
        AssignmentProblem.Builder builder = AssignmentProblem.builder(items, bins);
        for (int bin = 0; bin < bins; bin++) {
            long total = 0;
            for (int item = 0; item < items; item++) {
                total += loads[bin][item];
                builder.allow(item, bin, costs[bin][item], loads[bin][item]);
            }
            builder.capacity(bin, total * 8 / (10L * bins));
        }
        return builder.build();
    }
}
