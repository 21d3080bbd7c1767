package dev.tandem.solvers.rebalance.exact;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;

import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.Run;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;
import dev.tandem.solvers.internal.ortools.CpSat;

/**
 * A large-neighbourhood search that polishes a rebalancing plan: each step frees every shipment from or to a few
 * nearby stores, keeps the rest of the plan fixed, and re-solves the freed neighbourhood exactly with the CP-SAT
 * model of {@link CpSatRebalancer} restricted to it ({@link ModelScope}): every pair of a part's surplus and short
 * stores with one store in the neighbourhood, on the surplus and shortage the fixed shipments leave. The new
 * neighbourhood is kept only when it earns strictly more than the old one; the plan's net never falls.
 *
 * <p>Under per-run freight this is what the per-part flow cannot do: it loads parts onto a lane another part already
 * pays for, and closes runs whose parts can ride elsewhere. A neighbourhood is a random store (from the seed) and its
 * nearest stores by drive time, as many as keep it within {@code maxPairs} pairs and {@code maxStores} stores.
 *
 * <p>Each step runs CP-SAT on one worker, seeded, with a deterministic time budget ({@code stepEffort}, in CP-SAT's
 * deterministic seconds) and the wall-clock deadline of the whole polish: a polish that ends by its step budget is
 * the same for the same seed and plan; one that ends at the deadline may stop at another step. At the end, runs that
 * no longer pay are dropped, so the plan passes the validator. Thread-safe: each call has its own state.
 */
final class NeighbourhoodPolish {

    private final int maxStores;
    private final int maxPairs;
    private final double stepEffort;

    /** Up to 4 stores and 3,000 pairs a neighbourhood, 1 deterministic second a step. */
    NeighbourhoodPolish() {
        this(4, 3_000, 1.0);
    }

    /**
     * @param maxStores the most stores a neighbourhood frees, 1 or more
     * @param maxPairs the most (surplus, need) pairs a neighbourhood frees beyond its first store, 1 or more
     * @param stepEffort CP-SAT's deterministic time budget a step, positive
     */
    NeighbourhoodPolish(int maxStores, int maxPairs, double stepEffort) {
        checkArgument(maxStores >= 1, "The maxStores (%s) of a neighbourhood must be 1 or more.", maxStores);
        checkArgument(maxPairs >= 1, "The maxPairs (%s) of a neighbourhood must be 1 or more.", maxPairs);
        checkArgument(stepEffort > 0, "The stepEffort (%s) of a step must be positive.", stepEffort);
        this.maxStores = maxStores;
        this.maxPairs = maxPairs;
        this.stepEffort = stepEffort;
    }

    /**
     * What a polish did.
     *
     * @param plan the polished plan, never earning less than the plan it started from
     * @param steps the neighbourhoods solved
     * @param improvements the steps that raised the net
     */
    record Polished(RebalancePlan plan, int steps, int improvements) {
    }

    /**
     * Polishes {@code plan} (of {@code problem}) for at most {@code stepBudget} steps, stopping before a step when
     * {@code stop} says so, and each step's search at {@code deadline} ({@link System#nanoTime()}).
     *
     * @param solver the name of the polished plan
     * @throws IllegalArgumentException if the plan moves a part the problem does not balance
     */
    Polished polish(String solver, RebalanceProblem problem, RebalancePlan plan, long seed, int stepBudget,
            long deadline, BooleanSupplier stop) {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(stop, "stop");
        checkArgument(stepBudget >= 0, "The stepBudget (%s) must not be negative.", stepBudget);
        List<List<Shipment>> current = shipments(problem, plan.runs());
        long startNet = RebalancePlans.of(solver, problem, current).net().cents();
        int[] pairsAt = pairsAt(problem);
        List<Integer> active = new ArrayList<>();
        for (int store = 0; store < pairsAt.length; store++) {
            if (pairsAt[store] > 0) {
                active.add(store);
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int steps = 0;
        int improvements = 0;
        while (!active.isEmpty() && steps < stepBudget && !stop.getAsBoolean() && System.nanoTime() - deadline < 0) {
            Set<Integer> stores = neighbourhood(problem, pairsAt, active.get(random.nextInt(active.size())));
            steps++;
            ModelScope scope = ModelScope.around(problem, current, stores);
            RebalanceCpModel model = new RebalanceCpModel(problem, scope);
            if (model.pairCount() == 0) {
                continue;
            }
            model.hint(scope.freed());
            CpSolver cp = CpSat.solver(deadline, 1, random.nextLong());
            cp.getParameters().setMaxDeterministicTime(stepEffort);
            CpSolverStatus status = CpSat.checked(cp.solve(model.cpModel()), "rebalancing neighbourhood (" + model
                    + ")", model.cpModel()::validate);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                continue;
            }
            List<List<Shipment>> chosen = model.shipments(cp);
            if (scope.valueOf(problem, chosen) > scope.valueOf(problem, scope.freed())) {
                current = scope.with(chosen);
                improvements++;
            }
        }
        RebalancePlan polished = RebalancePlans.of(solver, problem, LosingRuns.dropped(problem, current));
        if (polished.net().cents() < startNet) {
            throw new IllegalStateException("The polish lowered the net from " + startNet + " to "
                    + polished.net().cents() + " fen.\nMaybe report a bug with the problem that caused it.");
        }
        return new Polished(polished, steps, improvements);
    }

    /** The store {@code anchor} and its nearest stores with pairs, within the store and pair limits. */
    private Set<Integer> neighbourhood(RebalanceProblem problem, int[] pairsAt, int anchor) {
        Set<Integer> stores = new LinkedHashSet<>();
        stores.add(anchor);
        long pairs = 0;
        int others = problem.drives().neighbourCount();
        for (int rank = 0; rank < others && stores.size() < maxStores; rank++) {
            int store = problem.drives().nearest(anchor, rank);
            if (pairsAt[store] == 0) {
                continue;
            }
            if (pairs + pairsAt[store] > maxPairs) {
                break;
            }
            pairs += pairsAt[store];
            stores.add(store);
        }
        return stores;
    }

    /** Per store, the pairs of every part it is in: its surplus to every need, or every surplus to its need. */
    private static int[] pairsAt(RebalanceProblem problem) {
        int[] pairs = new int[problem.network().storeCount()];
        for (PartBalance part : problem.parts()) {
            part.surpluses().forEach(surplus -> pairs[surplus.store()] += part.needs().size());
            part.needs().forEach(need -> pairs[need.store()] += part.surpluses().size());
        }
        return pairs;
    }

    /** The moves of {@code runs}, one aggregated list per part of the problem. */
    static List<List<Shipment>> shipments(RebalanceProblem problem, List<Run> runs) {
        List<List<Shipment>> shipments = RebalancePlans.shipmentsOf(problem, runs);
        List<List<Shipment>> merged = new ArrayList<>(shipments.size());
        shipments.forEach(part -> merged.add(RebalancePlans.aggregated(part)));
        return merged;
    }
}
