package dev.tandem.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import dev.tandem.model.PlanValidation;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.solvers.flow.FlowNetwork;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.JGraphTMinCostFlow;
import dev.tandem.solvers.flow.MinCostFlowSolver;
import dev.tandem.solvers.flow.OrToolsMinCostFlow;
import dev.tandem.solvers.rebalance.FlowRebalancer;
import dev.tandem.solvers.rebalance.internal.RebalanceFlowModel;
import dev.tandem.travel.DriveIndex;

/**
 * The rebalancing quality and scale harness: on generated networks it plans with the greedy baseline and the
 * OR-Tools flow rebalancer in the same run and prints time, moves, freight, net earnings and the validator's
 * verdict, then solves the same per-part flow graphs with OR-Tools and with JGraphT's capacity scaling and
 * prints both times and whether every cost agreed.
 *
 * <pre>
 * java -Xmx4g -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.RebalanceHarness
 * java -Xmx4g -cp engine-benchmarks/target/benchmarks.jar dev.tandem.benchmarks.RebalanceHarness 50 300000 1
 * </pre>
 * Arguments: stores, parts, seed (default: both scales of the issue, 2,000 × 20,000 and 50 × 300,000).
 */
public final class RebalanceHarness {

    private RebalanceHarness() {
    }

    public static void main(String[] args) {
        List<int[]> scales = new ArrayList<>();
        long seed = 1;
        if (args.length >= 2) {
            scales.add(new int[] {Integer.parseInt(args[0]), Integer.parseInt(args[1])});
            seed = args.length >= 3 ? Long.parseLong(args[2]) : 1;
        } else {
            scales.add(new int[] {2_000, 20_000});
            scales.add(new int[] {50, 300_000});
        }
        System.out.printf(Locale.ROOT, "%-16s %-24s %9s %7s %8s %14s %14s %14s %6s%n", "network", "solver",
                "time (s)", "moves", "units", "freight (CNY)", "net (CNY)", "dead revived", "valid");
        for (int[] scale : scales) {
            run(scale[0], scale[1], seed);
        }
    }

    private static void run(int stores, int parts, long seed) {
        long started = System.nanoTime();
        NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(stores, parts, 0, seed));
        DriveIndex drives = DriveIndex.of(network);
        RebalanceSettings settings = RebalanceSettings.DEFAULT;
        long setup = System.nanoTime();
        RebalanceProblem problem = RebalanceProblem.of(network, settings, drives);
        double problemSeconds = seconds(setup);
        String label = stores + " x " + parts;
        System.out.printf(Locale.ROOT, "%-16s %-24s %9.2f   (generate %.1f s, %d stock rows; imbalance of %d parts)%n",
                label, "problem", problemSeconds, (setup - started) / 1e9, network.stock().size(),
                problem.parts().size());
        RebalancePlanValidator validator = new RebalancePlanValidator(settings);
        for (RebalanceSolver solver : List.of(new GreedyRebalancer(), new FlowRebalancer())) {
            long t0 = System.nanoTime();
            RebalancePlan plan = solver.solve(problem);
            double time = seconds(t0);
            PlanValidation validation = validator.validate(network, plan);
            System.out.printf(Locale.ROOT, "%-16s %-24s %9.2f %7d %8d %14s %14s %14d %6s%n", label, solver.name(),
                    time, plan.moves().size(), plan.unitsMoved(), plan.totalFreight().toYuan(),
                    plan.net().toYuan(), plan.deadStockUnitsRevived(), validation.valid());
        }
        compareFlowSolvers(label, problem);
    }

    private static void compareFlowSolvers(String label, RebalanceProblem problem) {
        List<FlowNetwork> graphs = new ArrayList<>();
        for (PartBalance part : problem.parts()) {
            graphs.add(new RebalanceFlowModel(problem, part, new HashSet<>()).network());
        }
        MinCostFlowSolver orTools = new OrToolsMinCostFlow();
        MinCostFlowSolver jgrapht = new JGraphTMinCostFlow();
        long[] orToolsCosts = new long[graphs.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < graphs.size(); i++) {
            orToolsCosts[i] = orTools.solve(graphs.get(i)).optimalCost();
        }
        double orToolsSeconds = seconds(t0);
        long t1 = System.nanoTime();
        int agreed = 0;
        for (int i = 0; i < graphs.size(); i++) {
            FlowResult result = jgrapht.solve(graphs.get(i));
            if (result.isOptimal() && result.optimalCost() == orToolsCosts[i]) {
                agreed++;
            }
        }
        double jgraphtSeconds = seconds(t1);
        long arcs = graphs.stream().mapToLong(FlowNetwork::arcCount).sum();
        System.out.printf(Locale.ROOT, "%-16s flow graphs: %d parts, %d arcs; one thread: OR-Tools %.2f s, "
                + "JGraphT %.2f s; costs agree on %d of %d%n", label, graphs.size(), arcs, orToolsSeconds,
                jgraphtSeconds, agreed, graphs.size());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
