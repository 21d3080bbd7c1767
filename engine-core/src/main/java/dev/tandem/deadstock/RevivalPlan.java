package dev.tandem.deadstock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.Run;
import dev.tandem.rebalance.internal.RebalancePlans;
import dev.tandem.travel.DriveIndex;

/**
 * Where dead stock can go (呆滞盘活): a dead-stock report handed to network rebalancing. The rebalancer sees idle
 * stock as surplus whole and excess cover as surplus above its target, and sends it to stores short of the part
 * when what the move covers and revives is worth more than its freight; the moves that leave a store holding dead
 * stock are the item's destinations. An item no store needs, or none near enough to pay the freight, has none:
 * a case for returning it to the supplier or writing it down.
 *
 * @param report the dead stock
 * @param settings the rebalancing policy used, with the report's idle days as its dead-stock days, so that the
 *     plan validates with a {@link dev.tandem.rebalance.RebalancePlanValidator} of the same settings
 * @param plan the rebalancing runs that carry dead stock, whole (under per-run freight a run may carry other parts
 *     too, since it is paid once for all it carries), without shortfalls
 * @param destinations per item (in report order), the moves that send it, nearest need first as the solver chose
 */
public record RevivalPlan(DeadStockReport report, RebalanceSettings settings, RebalancePlan plan,
        Map<DeadStockItem, List<Move>> destinations) {

    public RevivalPlan {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(plan, "plan");
        destinations = ImmutableMap.copyOf(destinations);
    }

    /**
     * Rebalances {@code network} with {@code solver} and keeps the moves of its dead stock.
     *
     * @param settings the rebalancing policy; its dead-stock days are replaced by the report's idle days
     */
    public static RevivalPlan plan(NetworkSnapshot network, DeadStockReport report, RebalanceSolver solver,
            RebalanceSettings settings) {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(solver, "solver");
        RebalanceSettings used = settings.withDeadStockDays(report.rule().idleDays());
        RebalanceProblem problem = RebalanceProblem.of(network, used, DriveIndex.of(network));
        RebalancePlan full = solver.solve(problem);
        Set<List<Object>> deadSources = new HashSet<>();
        report.items().forEach(item -> deadSources.add(key(item.store(), item.part().number())));
        // Whole runs: a run kept without some of its moves would pay its freight for less than it earns. Repriced,
        // since a receiver that also got units from a run left out now credits these with its most valuable need.
        List<Run> runs = full.runs().stream().filter(run -> run.moves().stream()
                .anyMatch(move -> deadSources.contains(key(move.from(), move.part())))).toList();
        RebalancePlan plan = RebalancePlans.ofRuns(full.solver(), problem, runs);
        plan = new RebalancePlan(plan.solver(), plan.freightMode(), plan.runs(), List.of());
        Map<List<Object>, List<Move>> movesBySource = new LinkedHashMap<>();
        plan.moves().forEach(move -> movesBySource.computeIfAbsent(key(move.from(), move.part()),
                key -> new ArrayList<>()).add(move));
        Map<DeadStockItem, List<Move>> destinations = new LinkedHashMap<>();
        for (DeadStockItem item : report.items()) {
            destinations.put(item, ImmutableList.copyOf(
                    movesBySource.getOrDefault(key(item.store(), item.part().number()), List.of())));
        }
        return new RevivalPlan(report, used, plan, destinations);
    }

    /** The moves that send {@code item}; empty when it can go nowhere worth the freight. */
    public List<Move> destinationsOf(DeadStockItem item) {
        return destinations.getOrDefault(item, List.of());
    }

    /** The dead units of {@code item} that the moves send; at most its units. */
    public int unitsPlaced(DeadStockItem item) {
        return Math.min(item.units(), destinationsOf(item).stream().mapToInt(Move::quantity).sum());
    }

    /** The value of all dead units the moves send, at unit cost. */
    public Money valuePlaced() {
        return report.items().stream().map(item -> item.part().unitCost().times(unitsPlaced(item)))
                .reduce(Money.ZERO, Money::plus);
    }

    private static List<Object> key(StoreId store, PartNumber part) {
        return List.of(store, part);
    }
}
