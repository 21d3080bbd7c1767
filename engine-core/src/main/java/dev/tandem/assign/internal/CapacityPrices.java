package dev.tandem.assign.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.Objects;
import dev.tandem.assign.Assignment;
import dev.tandem.assign.AssignmentProblem;
import dev.tandem.assign.GreedyAssigner;

/**
 * Prices on the bins' capacities from the Lagrangian relaxation of capacitated assignment, and the lower bound they
 * prove. Relaxing every capacity with a price {@code λ[b] ≥ 0} per unit of load leaves each item free to take the
 * bin where {@code cost + λ[b] × load} is least; the sum of those least values less {@code Σ λ[b] × capacity[b]} is
 * a lower bound on the cost of any assignment that places every item within the capacities. Subgradient
 * optimization (Held, Wolfe and Crowder 1974) raises the price of the bins the relaxed choice overloads and lowers
 * the others', with Polyak's step towards an upper bound, halving the step after {@value #PATIENCE} iterations
 * without a better bound.
 *
 * <p>The prices make a greedy construction see what the bound sees: an item that is cheap in a bin everyone wants
 * is not as cheap as it looks ({@link GreedyAssigner#solve(AssignmentProblem, Assignment, double[])}). At the best
 * prices the bound equals that of the linear relaxation. An iteration costs {@code O(pairs)}. Deterministic;
 * immutable.
 */
public final class CapacityPrices {

    private static final int PATIENCE = 20;
    private static final double SMALLEST_STEP = 1e-4;

    private final double[] prices;
    private final double bound;

    private CapacityPrices(double[] prices, double bound) {
        this.prices = prices;
        this.bound = bound;
    }

    /**
     * Optimizes the prices for at most {@code iterations} subgradient steps.
     *
     * @param upperBound the cost of a known assignment that places every item, or any larger value: where the step
     *     aims
     * @throws IllegalArgumentException if an item has no allowed bin, so that no assignment places every item
     */
    public static CapacityPrices of(AssignmentProblem problem, long upperBound, int iterations) {
        Objects.requireNonNull(problem, "problem");
        checkArgument(iterations >= 0, "The iterations (%s) must not be negative.", iterations);
        for (int item = 0; item < problem.itemCount(); item++) {
            checkArgument(problem.optionCount(item) > 0,
                    "The item (%s) has no allowed bin, so no assignment places every item.", item);
        }
        int bins = problem.binCount();
        double[] prices = new double[bins];
        double[] best = prices.clone();
        double bestBound = value(problem, prices, new double[bins]);
        double theta = 2;
        int unimproved = 0;
        double[] used = new double[bins];
        for (int iteration = 0; iteration < iterations && theta > SMALLEST_STEP; iteration++) {
            double value = value(problem, prices, used);
            if (value > bestBound + 1e-9) {
                bestBound = value;
                best = prices.clone();
                unimproved = 0;
            } else if (++unimproved >= PATIENCE) {
                theta /= 2;
                unimproved = 0;
            }
            double norm = 0;
            for (int bin = 0; bin < bins; bin++) {
                double g = used[bin] - problem.capacity(bin);
                // A bin with a zero price and room to spare cannot move the bound: leave it out of the step.
                if (prices[bin] > 0 || g > 0) {
                    norm += g * g;
                }
            }
            if (norm == 0) {
                break; // the relaxed choice fits every capacity and prices nothing: it is optimal
            }
            double step = theta * Math.max(1e-9, upperBound - value) / norm;
            for (int bin = 0; bin < bins; bin++) {
                prices[bin] = Math.max(0, prices[bin] + step * (used[bin] - problem.capacity(bin)));
            }
        }
        return new CapacityPrices(best, bestBound);
    }

    /** The Lagrangian value at {@code prices}; fills {@code used} with the load the relaxed choice puts per bin. */
    private static double value(AssignmentProblem problem, double[] prices, double[] used) {
        Arrays.fill(used, 0);
        double total = 0;
        for (int item = 0; item < problem.itemCount(); item++) {
            double least = Double.POSITIVE_INFINITY;
            int chosen = -1;
            for (int k = 0; k < problem.optionCount(item); k++) {
                double value = problem.optionCost(item, k) + prices[problem.optionBin(item, k)]
                        * problem.optionLoad(item, k);
                if (value < least) {
                    least = value;
                    chosen = k;
                }
            }
            total += least;
            used[problem.optionBin(item, chosen)] += problem.optionLoad(item, chosen);
        }
        for (int bin = 0; bin < prices.length; bin++) {
            total -= prices[bin] * problem.capacity(bin);
        }
        return total;
    }

    /** The price of one unit of load in each bin, a copy. */
    public double[] prices() {
        return prices.clone();
    }

    /**
     * A lower bound on the cost of every assignment that places every item within the capacities: the Lagrangian
     * value at the best prices found, rounded up (costs are whole).
     */
    public long lowerBound() {
        return (long) Math.ceil(bound - 1e-6 * Math.max(1, Math.abs(bound)));
    }
}
