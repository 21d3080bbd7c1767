package dev.tandem.assign;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Polishes an assignment that respects the capacities with the classic neighbourhoods of the generalized
 * assignment problem, taking the first move that lowers the cost until none does: shift one item to another bin
 * (or place one left unassigned), swap the bins of two items, and move three items round a cycle of three bins,
 * {@code i: a → b, j: b → c, k: c → a}. The cycle is what a search of one-item and two-item moves misses on tight
 * instances, where every bin is nearly full and no single shift or swap fits.
 *
 * <p>{@link #iterate} repeats the polish from random kicks, an iterated local search.
 *
 * <p>Every move keeps each bin within its capacity, so a feasible assignment stays feasible; an assignment with
 * overload is returned as it is. A pass of cycles costs {@code O(items³)} in the worst case; the search asks
 * {@code stop} between items and ends with what it has. Deterministic.
 */
final class CyclicExchanges {

    /** How many items a kick of {@link #iterate} moves. */
    static final int KICKED = 3;
    /** Random tries for each move of a kick before it gives up on that move. */
    private static final int KICK_ATTEMPTS = 200;

    private final AssignmentProblem problem;
    private final int[] bins;
    private final long[] loads;
    private final BooleanSupplier stop;

    private CyclicExchanges(Assignment start, BooleanSupplier stop) {
        this.problem = start.problem();
        this.bins = start.bins();
        this.loads = new long[problem.binCount()];
        for (int bin = 0; bin < loads.length; bin++) {
            loads[bin] = start.load(bin);
        }
        this.stop = stop;
    }

    /**
     * An assignment at least as good as {@code start}: the same one if it has overload, else one no shift, swap or
     * cycle of three improves (unless {@code stop} said to end first).
     */
    public static Assignment improve(Assignment start, BooleanSupplier stop) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        if (start.overload() > 0) {
            return start;
        }
        CyclicExchanges search = new CyclicExchanges(start, stop);
        search.run();
        return new Assignment(search.problem, search.bins);
    }

    /**
     * Iterated local search: polishes {@code start} as {@link #improve}, then up to {@code kicks} times moves a few
     * items at random to other bins with room and polishes again, keeping the best assignment found and going on
     * from it. Deterministic for a seed while {@code stop} does not cut it short.
     */
    public static Assignment iterate(Assignment start, int kicks, long seed, BooleanSupplier stop) {
        Assignment best = improve(start, stop);
        if (best.overload() > 0) {
            return best;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int kick = 0; kick < kicks && !stop.getAsBoolean(); kick++) {
            CyclicExchanges search = new CyclicExchanges(best, stop);
            search.kick(random);
            search.run();
            Assignment found = new Assignment(search.problem, search.bins);
            if (found.score().compareTo(best.score()) < 0) {
                best = found;
            }
        }
        return best;
    }

    /**
     * Makes {@value #KICKED} random moves that keep the capacities, whatever they cost: an item to a random other
     * bin where it fits, or else swapped with a random item of that bin where both fit.
     */
    private void kick(SplittableRandom random) {
        if (bins.length == 0) {
            return;
        }
        for (int n = 0; n < KICKED; n++) {
            for (int attempt = 0; attempt < KICK_ATTEMPTS; attempt++) {
                int item = random.nextInt(bins.length);
                int from = bins[item];
                if (problem.optionCount(item) == 0) {
                    continue;
                }
                int option = random.nextInt(problem.optionCount(item));
                int to = problem.optionBin(item, option);
                if (to == from) {
                    continue;
                }
                if (fits(to, problem.optionLoad(item, option))) {
                    move(item, to);
                    break;
                }
                int other = random.nextInt(bins.length);
                if (from != Assignment.UNASSIGNED && bins[other] == to && problem.isAllowed(other, from)
                        && fits(to, problem.load(item, to) - problem.load(other, to))
                        && fits(from, problem.load(other, from) - problem.load(item, from))) {
                    move(item, to);
                    move(other, from);
                    break;
                }
            }
        }
    }

    private void run() {
        boolean improved = true;
        while (improved && !stop.getAsBoolean()) {
            improved = shift() || swap() || cycle();
        }
    }

    /** Places an unassigned item, or moves one to a cheaper bin with room. */
    private boolean shift() {
        for (int item = 0; item < bins.length; item++) {
            int from = bins[item];
            long current = from == Assignment.UNASSIGNED ? Long.MAX_VALUE : problem.cost(item, from);
            for (int k = 0; k < problem.optionCount(item); k++) {
                int to = problem.optionBin(item, k);
                if (to != from && problem.optionCost(item, k) < current
                        && loads[to] + problem.optionLoad(item, k) <= problem.capacity(to)) {
                    move(item, to);
                    return true;
                }
            }
        }
        return false;
    }

    private boolean swap() {
        for (int i = 0; i < bins.length; i++) {
            if (stop.getAsBoolean()) {
                return false;
            }
            int a = bins[i];
            if (a == Assignment.UNASSIGNED) {
                continue;
            }
            for (int j = i + 1; j < bins.length; j++) {
                int b = bins[j];
                if (b == Assignment.UNASSIGNED || b == a || !problem.isAllowed(i, b) || !problem.isAllowed(j, a)) {
                    continue;
                }
                long delta = problem.cost(i, b) + problem.cost(j, a) - problem.cost(i, a) - problem.cost(j, b);
                if (delta < 0 && fits(a, -problem.load(i, a) + problem.load(j, a))
                        && fits(b, -problem.load(j, b) + problem.load(i, b))) {
                    move(i, b);
                    move(j, a);
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code i: a → b, j: b → c, k: c → a} for three distinct bins. */
    private boolean cycle() {
        for (int i = 0; i < bins.length; i++) {
            if (stop.getAsBoolean()) {
                return false;
            }
            int a = bins[i];
            if (a == Assignment.UNASSIGNED) {
                continue;
            }
            for (int j = 0; j < bins.length; j++) {
                int b = bins[j];
                if (b == Assignment.UNASSIGNED || b == a || !problem.isAllowed(i, b)) {
                    continue;
                }
                long intoB = -problem.load(j, b) + problem.load(i, b);
                if (!fits(b, intoB)) {
                    continue;
                }
                long partial = problem.cost(i, b) - problem.cost(i, a) - problem.cost(j, b);
                for (int k = 0; k < bins.length; k++) {
                    int c = bins[k];
                    if (c == Assignment.UNASSIGNED || c == a || c == b || !problem.isAllowed(j, c)
                            || !problem.isAllowed(k, a)) {
                        continue;
                    }
                    long delta = partial + problem.cost(j, c) + problem.cost(k, a) - problem.cost(k, c);
                    if (delta < 0 && fits(c, -problem.load(k, c) + problem.load(j, c))
                            && fits(a, -problem.load(i, a) + problem.load(k, a))) {
                        move(i, b);
                        move(j, c);
                        move(k, a);
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean fits(int bin, long change) {
        return loads[bin] + change <= problem.capacity(bin);
    }

    private void move(int item, int to) {
        int from = bins[item];
        if (from != Assignment.UNASSIGNED) {
            loads[from] -= problem.load(item, from);
        }
        loads[to] += problem.load(item, to);
        bins[item] = to;
    }
}
