package dev.tandem.solvers.rebalance.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;

import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;
import dev.tandem.solvers.internal.ortools.OrToolsNative;

/**
 * The same fixed-charge problem as {@link RebalanceCpModel}, as a mixed-integer program for SCIP through OR-Tools'
 * {@code MPSolver}: the proof and bound of {@link CpSatRebalancer}, since a linear-programming branch and cut bounds
 * a fixed-charge problem far better than CP-SAT's search does on these networks.
 *
 * <p>Per part, pair and shortage class: {@code x[i,j,c]} units from surplus {@code i} covering class {@code c}
 * (customers waiting, safety stock, demand cover) of need {@code j}, worth a unit of that class plus the revival of a
 * dead unit; per surplus {@code Σ x ≤ surplus}; per need and class {@code Σ_i x ≤} the class's units; a Boolean per
 * trip (pair and part) or run (lane) paying its freight, with {@code x[i,j,c] ≤ min(surplus, class units) × Boolean}
 * per class and {@code Σ_c x[i,j,c] ≤ min(surplus, shortage) × Boolean} per pair (the second is tighter when a
 * shortage spans several classes).
 * Bounding each class by its own units, not the pair's by the whole shortage, keeps the linear relaxation from paying
 * a sliver of a trip for a unit of the most valuable class. The classes' worth falls in class order, so a maximum
 * fills them in that order, as the plans credit them. Pairs or lanes that can never pay are left out, as in the CP-SAT
 * model. Values are in fen; SCIP works in doubles, so its answer is rounded and repriced exactly by the caller.
 *
 * <p>Not thread-safe; built, solved and read once by one caller, then {@link #close() closed}.
 */
final class RebalanceMipModel implements AutoCloseable {

    private final RebalanceProblem problem;
    private final MPSolver solver;
    private final List<List<Pair>> pairsOfPart = new ArrayList<>();
    private final Map<List<Long>, MPVariable> charged = new LinkedHashMap<>();

    private record Pair(int need, int from, int to, MPVariable[] byClass, List<Long> trip) {
    }

    /** What SCIP found: its shipments (one list per part), if any, and its bound on the objective, if any. */
    record Result(Optional<List<List<Shipment>>> shipments, OptionalLong bound, boolean optimal) {
    }

    private RebalanceMipModel(RebalanceProblem problem, MPSolver solver) {
        this.problem = problem;
        this.solver = solver;
        boolean perRun = problem.settings().freightMode() == FreightMode.PER_RUN;
        MPObjective objective = solver.objective();
        Map<Long, Long> mostOfLane = perRun ? RebalanceCpModel.lanesMost(problem) : Map.of();
        Map<Long, Long> freightOf = new HashMap<>();
        for (int p = 0; p < problem.parts().size(); p++) {
            PartBalance part = problem.parts().get(p);
            long[] worth = {part.backorderBenefit(), part.safetyBenefit(), part.coverBenefit()};
            List<Pair> pairs = new ArrayList<>();
            MPConstraint[][] intoClass = new MPConstraint[part.needs().size()][3];
            for (int j = 0; j < part.needs().size(); j++) {
                PartBalance.Need need = part.needs().get(j);
                int[] units = {need.backorderUnits(), need.safetyUnits(), need.coverUnits()};
                for (int c = 0; c < 3; c++) {
                    intoClass[j][c] = units[c] > 0 ? solver.makeConstraint(0, units[c]) : null;
                }
            }
            for (PartBalance.Surplus surplus : part.surpluses()) {
                MPConstraint out = solver.makeConstraint(0, surplus.units());
                for (int j = 0; j < part.needs().size(); j++) {
                    PartBalance.Need need = part.needs().get(j);
                    long lane = RebalancePlans.lane(surplus.store(), need.store());
                    long freight = freightOf.computeIfAbsent(lane,
                            key -> problem.tripFreight(surplus.store(), need.store()));
                    boolean usable = perRun ? mostOfLane.get(lane) > freight
                            : RebalanceCpModel.most(part, surplus, need) > freight;
                    if (!usable) {
                        continue;
                    }
                    List<Long> key = perRun ? List.of(lane) : List.of(lane, (long) p);
                    MPVariable trip = charged.computeIfAbsent(key, k -> {
                        MPVariable bool = solver.makeBoolVar("f" + k);
                        objective.setCoefficient(bool, -freight);
                        return bool;
                    });
                    int[] units = {need.backorderUnits(), need.safetyUnits(), need.coverUnits()};
                    MPVariable[] byClass = new MPVariable[3];
                    MPConstraint pairLink = solver.makeConstraint(-MPSolver.infinity(), 0);
                    pairLink.setCoefficient(trip, -Math.min(surplus.units(), need.units()));
                    for (int c = 0; c < 3; c++) {
                        int cap = Math.min(surplus.units(), units[c]);
                        if (cap <= 0) {
                            continue;
                        }
                        byClass[c] = solver.makeIntVar(0, cap, "x" + p + "_" + surplus.store() + "_" + j + "_" + c);
                        objective.setCoefficient(byClass[c],
                                worth[c] + (surplus.dead() ? part.revivalBenefit() : 0));
                        MPConstraint link = solver.makeConstraint(-MPSolver.infinity(), 0);
                        link.setCoefficient(byClass[c], 1);
                        link.setCoefficient(trip, -cap);
                        pairLink.setCoefficient(byClass[c], 1);
                        out.setCoefficient(byClass[c], 1);
                        intoClass[j][c].setCoefficient(byClass[c], 1);
                    }
                    pairs.add(new Pair(j, surplus.store(), need.store(), byClass, key));
                }
            }
            pairsOfPart.add(pairs);
        }
        objective.setMaximization();
    }

    /** The model on SCIP, or empty when this platform's OR-Tools has no SCIP. */
    static Optional<RebalanceMipModel> of(RebalanceProblem problem) {
        OrToolsNative.ensureLoaded();
        MPSolver solver = MPSolver.createSolver("SCIP");
        return solver == null ? Optional.empty() : Optional.of(new RebalanceMipModel(problem, solver));
    }

    /** Suggests {@code shipments} (one list per part) as SCIP's first solution. */
    void hint(List<List<Shipment>> shipments) {
        List<MPVariable> vars = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        Map<List<Long>, Boolean> used = new HashMap<>();
        for (int p = 0; p < pairsOfPart.size(); p++) {
            PartBalance part = problem.parts().get(p);
            Map<Long, Integer> sent = new HashMap<>();
            RebalancePlans.aggregated(shipments.get(p))
                    .forEach(s -> sent.put(RebalancePlans.lane(s.from(), s.to()), s.units()));
            int[][] open = new int[part.needs().size()][];
            for (int j = 0; j < open.length; j++) {
                PartBalance.Need need = part.needs().get(j);
                open[j] = new int[] {need.backorderUnits(), need.safetyUnits(), need.coverUnits()};
            }
            for (Pair pair : pairsOfPart.get(p)) {
                int units = sent.getOrDefault(RebalancePlans.lane(pair.from(), pair.to()), 0);
                if (units > 0) {
                    used.put(pair.trip(), true);
                }
                for (int c = 0; c < 3; c++) {
                    MPVariable var = pair.byClass()[c];
                    if (var == null) {
                        continue;
                    }
                    int inClass = Math.min(units, Math.min(open[pair.need()][c], (int) var.ub()));
                    vars.add(var);
                    values.add((double) inClass);
                    open[pair.need()][c] -= inClass;
                    units -= inClass;
                }
            }
        }
        charged.forEach((key, trip) -> {
            vars.add(trip);
            values.add(used.containsKey(key) ? 1.0 : 0.0);
        });
        solver.setHint(vars.toArray(new MPVariable[0]), values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Solves until {@code deadline} ({@link System#nanoTime()}), on one thread, asking for a zero gap. */
    Result solve(long deadline) {
        solver.setTimeLimit(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        solver.setNumThreads(1);
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0.0);
        MPSolver.ResultStatus status = solver.solve(parameters);
        boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
        double bound = solver.objective().bestBound();
        OptionalLong netBound = found && Double.isFinite(bound) && Math.abs(bound) < 9e18
                ? OptionalLong.of((long) Math.floor(bound + 1e-3)) : OptionalLong.empty();
        return new Result(found ? Optional.of(shipments()) : Optional.empty(), netBound,
                status == MPSolver.ResultStatus.OPTIMAL);
    }

    private List<List<Shipment>> shipments() {
        List<List<Shipment>> shipments = new ArrayList<>(pairsOfPart.size());
        for (List<Pair> pairs : pairsOfPart) {
            List<Shipment> part = new ArrayList<>();
            for (Pair pair : pairs) {
                long units = 0;
                for (MPVariable var : pair.byClass()) {
                    units += var == null ? 0 : Math.round(var.solutionValue());
                }
                if (units > 0) {
                    part.add(new Shipment(pair.from(), pair.to(), (int) units));
                }
            }
            shipments.add(part);
        }
        return shipments;
    }

    @Override
    public void close() {
        solver.delete();
    }
}
