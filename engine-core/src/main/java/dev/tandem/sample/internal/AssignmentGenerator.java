package dev.tandem.sample.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

import dev.tandem.assign.AssignmentProblem;

/**
 * Generates generalized assignment instances of the classic correlation types, deterministic for a seed: Chu and
 * Beasley's A to D (A genetic algorithm for the generalised assignment problem, Computers &amp; Operations Research
 * 24, 1997; the types of OR-Library's {@code gapa} to {@code gapd}) and type E of Laguna, Kelly, González-Velarde
 * and Glover (1995), the inverse type. Every item may go to every bin; loads and costs are whole numbers.
 *
 * <ul>
 *   <li>{@link Kind#A}: loads uniform in [5, 25], costs uniform in [10, 50], independent; a capacity is
 *       {@code 9 × items / bins + 0.4 × the largest load any bin gets when each item goes to its cheapest bin}:
 *       loose, the cheapest placement is nearly feasible.</li>
 *   <li>{@link Kind#B}: as A with capacities at 70 % of A's.</li>
 *   <li>{@link Kind#C}: as A with a capacity of {@code 0.8 × Σ loads / bins}: tight.</li>
 *   <li>{@link Kind#D}: loads uniform in [1, 100], costs {@code 111 − load + e} with {@code e} uniform in
 *       [-10, 10]: the cheap pairs are the heavy ones; capacities as C. The hard type.</li>
 *   <li>{@link Kind#E}: loads {@code 1 − 10 ln u} with {@code u} uniform in (0, 1], costs
 *       {@code 1000 / load − 10 v} with {@code v} uniform in [0, 1]: the cost is high where the load is low, far
 *       from linear; capacities as C (at least the largest load, so every item fits somewhere alone).</li>
 * </ul>
 * Capacities are rounded down. Stateless.
 */
public final class AssignmentGenerator {

    /** The correlation types. */
    public enum Kind {
        A, B, C, D, E
    }

    private AssignmentGenerator() {
    }

    /**
     * A tiny instance with no structure, for checks against exact solvers and brute force: capacities 0–11, each
     * (item, bin) pair allowed with chance 3/4 at a cost of -20–49 and a load of 0–5.
     *
     * @param bins 1 or more
     * @param items 0 or more
     * @param random the source of the instance, advanced by it
     */
    public static AssignmentProblem tiny(int items, int bins, SplittableRandom random) {
        checkArgument(bins >= 1, "The number of bins (%s) must be 1 or more.", bins);
        checkArgument(items >= 0, "The number of items (%s) must be 0 or more.", items);
        AssignmentProblem.Builder builder = AssignmentProblem.builder(items, bins);
        for (int bin = 0; bin < bins; bin++) {
            builder.capacity(bin, random.nextInt(0, 12));
        }
        for (int item = 0; item < items; item++) {
            for (int bin = 0; bin < bins; bin++) {
                if (random.nextInt(4) > 0) {
                    builder.allow(item, bin, random.nextInt(-20, 50), random.nextInt(0, 6));
                }
            }
        }
        return builder.build();
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
                switch (kind) {
                    case A, B, C -> {
                        loads[bin][item] = random.nextInt(5, 26);
                        costs[bin][item] = random.nextInt(10, 51);
                    }
                    case D -> {
                        loads[bin][item] = random.nextInt(1, 101);
                        costs[bin][item] = 111 - loads[bin][item] + random.nextInt(-10, 11);
                    }
                    case E -> {
                        double u = 1 - random.nextDouble(); // in (0, 1]
                        loads[bin][item] = Math.round(1 - 10 * Math.log(u));
                        costs[bin][item] = Math.round(1000.0 / loads[bin][item] - 10 * random.nextDouble());
                    }
                    default -> throw new AssertionError(kind);
                }
            }
        }
        long[] capacities = capacities(kind, loads, costs, items);
        AssignmentProblem.Builder builder = AssignmentProblem.builder(items, bins);
        for (int bin = 0; bin < bins; bin++) {
            for (int item = 0; item < items; item++) {
                builder.allow(item, bin, costs[bin][item], loads[bin][item]);
            }
            builder.capacity(bin, capacities[bin]);
        }
        return builder.build();
    }

    private static long[] capacities(Kind kind, long[][] loads, long[][] costs, int items) {
        int bins = loads.length;
        long[] capacities = new long[bins];
        if (kind == Kind.A || kind == Kind.B) {
            long[] cheapestLoads = new long[bins];
            for (int item = 0; item < items; item++) {
                int cheapest = 0;
                for (int bin = 1; bin < bins; bin++) {
                    if (costs[bin][item] < costs[cheapest][item]) {
                        cheapest = bin;
                    }
                }
                cheapestLoads[cheapest] += loads[cheapest][item];
            }
            long largest = 0;
            for (long load : cheapestLoads) {
                largest = Math.max(largest, load);
            }
            // In tenths, so that B's 70 % of A's stays exact.
            long tenths = 90L * items / bins + 4 * largest;
            Arrays.fill(capacities, kind == Kind.A ? tenths / 10 : tenths * 7 / 100);
            return capacities;
        }
        for (int bin = 0; bin < bins; bin++) {
            long total = 0;
            long heaviest = 0;
            for (int item = 0; item < items; item++) {
                total += loads[bin][item];
                heaviest = Math.max(heaviest, loads[bin][item]);
            }
            capacities[bin] = total * 8 / (10L * bins);
            if (kind == Kind.E) {
                capacities[bin] = Math.max(capacities[bin], heaviest);
            }
        }
        return capacities;
    }
}
