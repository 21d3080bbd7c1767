package dev.tandem.solvers.rebalance.exact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.rebalance.internal.Shipment;
import dev.tandem.solvers.internal.ortools.OrToolsNative;

/**
 * The CP-SAT model of a whole rebalancing problem, the fixed-charge problem the plans are priced by, over every pair
 * of a part's surplus and short stores on the snapshot's day.
 *
 * <p>Per part and pair: an integer {@code x[i,j]} of units from surplus {@code i} to need {@code j}, at most the
 * smaller of the two; per surplus {@code Σ_j x ≤ surplus}; per need {@code Σ_i x = b + s + c}, its units covered in
 * the three shortage classes, each at most the class's units and worth a unit of it. The classes' worth falls from
 * customers waiting to safety stock to demand cover, so a maximum fills them in that order, as the plans credit them.
 * A unit from dead stock also earns its revival. Freight: under {@link FreightMode#PER_PART} a Boolean per pair and
 * part, {@code x ≤ cap × y}, paying the trip; under {@link FreightMode#PER_RUN} one Boolean per lane, every part's
 * {@code x} on it bounded by it, paying the run once. The objective, maximized, is worth minus freight, in fen.
 *
 * <p>Pairs (per part) or lanes (per run) that cannot pay are left out: when even their full loads at the most
 * valuable class, with revival, are worth no more than the freight, removing such a trip or run from any plan never
 * lowers its net, so some optimum never uses them.
 *
 * <p>Not thread-safe; built, solved and read once by one caller.
 */
final class RebalanceCpModel {

    private final RebalanceProblem problem;
    private final ModelScope scope;
    private final CpModel model = new CpModel();
    /** Per part (problem order): its pairs. */
    private final List<List<Pair>> pairsOfPart = new ArrayList<>();
    /** Per part: per need index, its class variables {backorder, safety, cover}. */
    private final List<IntVar[][]> classesOfPart = new ArrayList<>();
    /** The freight Booleans: per lane (per run) or per lane and part (per part). */
    private final Map<List<Long>, BoolVar> charged = new LinkedHashMap<>();
    private final LinearExpr objective;

    /** One usable (surplus, need) pair of a part and its variable. */
    private record Pair(int surplus, int need, int from, int to, IntVar units, List<Long> trip) {
    }

    /** The model of the whole problem. */
    RebalanceCpModel(RebalanceProblem problem) {
        this(problem, ModelScope.whole(problem));
    }

    /**
     * The model of {@code scope} of the problem: its residual parts, only the pairs it frees; its objective is what
     * the scope's shipments add to the fixed ones ({@link ModelScope#valueOf}).
     */
    RebalanceCpModel(RebalanceProblem problem, ModelScope scope) {
        OrToolsNative.ensureLoaded();
        this.problem = problem;
        this.scope = scope;
        boolean perRun = problem.settings().freightMode() == FreightMode.PER_RUN;
        Map<Long, Long> freightOf = new HashMap<>();
        Map<Long, Long> mostOfLane = perRun ? lanesMost(scope) : Map.of();
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int p = 0; p < scope.parts().size(); p++) {
            PartBalance part = scope.parts().get(p);
            List<Pair> pairs = new ArrayList<>();
            List<List<IntVar>> intoNeed = new ArrayList<>();
            part.needs().forEach(need -> intoNeed.add(new ArrayList<>()));
            for (int i = 0; i < part.surpluses().size(); i++) {
                PartBalance.Surplus surplus = part.surpluses().get(i);
                List<IntVar> outOfSurplus = new ArrayList<>();
                for (int j = 0; j < part.needs().size(); j++) {
                    PartBalance.Need need = part.needs().get(j);
                    if (!scope.frees(surplus.store(), need.store())) {
                        continue;
                    }
                    long lane = RebalancePlans.lane(surplus.store(), need.store());
                    long freight = freightOf.computeIfAbsent(lane,
                            key -> problem.tripFreight(surplus.store(), need.store()));
                    int cap = Math.min(surplus.units(), need.units());
                    boolean usable = perRun ? mostOfLane.get(lane) > freight : most(part, surplus, need) > freight;
                    if (cap <= 0 || !usable) {
                        continue;
                    }
                    IntVar units = model.newIntVar(0, cap, "x" + p + "_" + i + "_" + j);
                    List<Long> key = perRun ? List.of(lane) : List.of(lane, (long) p);
                    BoolVar trip = freightVariable(key, freight, objective);
                    model.addLessOrEqual(units, LinearExpr.term(trip, cap));
                    if (surplus.dead()) {
                        objective.addTerm(units, part.revivalBenefit());
                    }
                    outOfSurplus.add(units);
                    intoNeed.get(j).add(units);
                    pairs.add(new Pair(i, j, surplus.store(), need.store(), units, key));
                }
                if (!outOfSurplus.isEmpty()) {
                    model.addLessOrEqual(LinearExpr.sum(outOfSurplus.toArray(new IntVar[0])), surplus.units());
                }
            }
            IntVar[][] classes = new IntVar[part.needs().size()][];
            for (int j = 0; j < part.needs().size(); j++) {
                PartBalance.Need need = part.needs().get(j);
                if (intoNeed.get(j).isEmpty()) {
                    continue;
                }
                classes[j] = new IntVar[] {model.newIntVar(0, need.backorderUnits(), "b" + p + "_" + j),
                        model.newIntVar(0, need.safetyUnits(), "s" + p + "_" + j),
                        model.newIntVar(0, need.coverUnits(), "c" + p + "_" + j)};
                model.addEquality(LinearExpr.sum(intoNeed.get(j).toArray(new IntVar[0])),
                        LinearExpr.sum(classes[j]));
                objective.addTerm(classes[j][0], part.backorderBenefit());
                objective.addTerm(classes[j][1], part.safetyBenefit());
                objective.addTerm(classes[j][2], part.coverBenefit());
            }
            pairsOfPart.add(pairs);
            classesOfPart.add(classes);
        }
        this.objective = objective.build();
        model.maximize(this.objective);
    }

    private BoolVar freightVariable(List<Long> key, long freight, LinearExprBuilder objective) {
        BoolVar existing = charged.get(key);
        if (existing != null) {
            return existing;
        }
        BoolVar trip = model.newBoolVar("f" + key);
        objective.addTerm(trip, -freight);
        charged.put(key, trip);
        return trip;
    }

    /** What a full load of the pair could at most be worth: all of it at the need's best class, with revival. */
    static long most(PartBalance part, PartBalance.Surplus surplus, PartBalance.Need need) {
        long best = need.backorderUnits() > 0 ? part.backorderBenefit()
                : need.safetyUnits() > 0 ? part.safetyBenefit() : part.coverBenefit();
        long load = Math.min(surplus.units(), need.units());
        return Math.multiplyExact(load, best + (surplus.dead() ? part.revivalBenefit() : 0));
    }

    /** Per lane, what every part's full load on it could at most be worth together. */
    static Map<Long, Long> lanesMost(RebalanceProblem problem) {
        return lanesMost(ModelScope.whole(problem));
    }

    /** Per lane the scope frees, what every part's full load on it could at most be worth together. */
    private static Map<Long, Long> lanesMost(ModelScope scope) {
        Map<Long, Long> most = new HashMap<>();
        for (PartBalance part : scope.parts()) {
            for (PartBalance.Surplus surplus : part.surpluses()) {
                for (PartBalance.Need need : part.needs()) {
                    if (!scope.frees(surplus.store(), need.store())) {
                        continue;
                    }
                    most.merge(RebalancePlans.lane(surplus.store(), need.store()), most(part, surplus, need),
                            Math::addExact);
                }
            }
        }
        return most;
    }

    CpModel cpModel() {
        return model;
    }

    /** The pairs the model offers, over all parts. */
    int pairCount() {
        return pairsOfPart.stream().mapToInt(List::size).sum();
    }

    /** The freight Booleans: lanes under per-run freight, lane-part trips under per-part freight. */
    int tripCount() {
        return charged.size();
    }

    /**
     * Suggests {@code shipments} (one list per part, as {@link RebalancePlans#of} takes them) as CP-SAT's first
     * solution; units on pairs the model leaves out are left out of the hint, which then earns at least as much.
     */
    void hint(List<List<Shipment>> shipments) {
        model.clearHints();
        Map<List<Long>, Boolean> used = new HashMap<>();
        for (int p = 0; p < pairsOfPart.size(); p++) {
            PartBalance part = scope.parts().get(p);
            Map<Long, Integer> sent = new HashMap<>();
            RebalancePlans.aggregated(shipments.get(p))
                    .forEach(s -> sent.put(RebalancePlans.lane(s.from(), s.to()), s.units()));
            int[] received = new int[part.needs().size()];
            for (Pair pair : pairsOfPart.get(p)) {
                int units = sent.getOrDefault(RebalancePlans.lane(pair.from(), pair.to()), 0);
                model.addHint(pair.units(), units);
                received[pair.need()] += units;
                if (units > 0) {
                    used.put(pair.trip(), true);
                }
            }
            IntVar[][] classes = classesOfPart.get(p);
            for (int j = 0; j < classes.length; j++) {
                if (classes[j] == null) {
                    continue;
                }
                PartBalance.Need need = part.needs().get(j);
                int backorders = Math.min(received[j], need.backorderUnits());
                int safety = Math.min(received[j] - backorders, need.safetyUnits());
                model.addHint(classes[j][0], backorders);
                model.addHint(classes[j][1], safety);
                model.addHint(classes[j][2], received[j] - backorders - safety);
            }
        }
        charged.forEach((key, trip) -> model.addHint(trip, used.containsKey(key) ? 1 : 0));
    }

    /** The objective of the solver's last solution, in fen. */
    long objectiveOf(CpSolver solver) {
        return solver.value(objective);
    }

    /** The shipments of the solver's last solution, one list per part. */
    List<List<Shipment>> shipments(CpSolver solver) {
        List<List<Shipment>> shipments = new ArrayList<>(pairsOfPart.size());
        for (List<Pair> pairs : pairsOfPart) {
            List<Shipment> part = new ArrayList<>();
            for (Pair pair : pairs) {
                long units = solver.value(pair.units());
                if (units > 0) {
                    part.add(new Shipment(pair.from(), pair.to(), (int) units));
                }
            }
            shipments.add(part);
        }
        return shipments;
    }

    @Override
    public String toString() {
        return pairCount() + " pairs, " + tripCount() + " freight choices";
    }
}
