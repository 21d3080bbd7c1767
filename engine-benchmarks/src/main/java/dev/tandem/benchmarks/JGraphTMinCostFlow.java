package dev.tandem.benchmarks;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

import dev.tandem.solvers.flow.FlowNetwork;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.FlowStatus;
import dev.tandem.solvers.flow.MinCostFlowSolver;

/**
 * JGraphT's minimum-cost flow behind our interface, the baseline {@link FlowBenchmark} measures OR-Tools against:
 * successive shortest paths with capacity scaling, O(m log U (m + n) log n) (Ahuja, Magnanti and Orlin, Network
 * Flows, 1993), in pure Java. Each call copies the network into a JGraphT multigraph, as a caller would, and
 * that copy is part of what is measured, as the copy into the native solver is for OR-Tools.
 *
 * <p>JGraphT counts supplies and capacities in {@code int} (10^9 and more meaning "infinite") and costs in
 * {@code double}, so this adapter suits networks with small numbers only, such as the benchmark's. The engine's
 * tests hold their own copy, against which the OR-Tools solver is cross-checked.
 */
final class JGraphTMinCostFlow implements MinCostFlowSolver {

    @Override
    public FlowResult solve(FlowNetwork network) {
        if (!network.isBalanced()) {
            return FlowResult.failed(FlowStatus.UNBALANCED, "The supplies sum to (" + network.totalSupply() + ").");
        }
        Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        for (int node = 0; node < network.nodeCount(); node++) {
            graph.addVertex(node);
        }
        List<DefaultWeightedEdge> edges = new ArrayList<>(network.arcCount());
        Map<DefaultWeightedEdge, Integer> capacities = new IdentityHashMap<>(2 * network.arcCount());
        for (int arc = 0; arc < network.arcCount(); arc++) {
            DefaultWeightedEdge edge = graph.addEdge(network.arcFrom(arc), network.arcTo(arc));
            graph.setEdgeWeight(edge, network.unitCost(arc));
            capacities.put(edge, Math.toIntExact(network.capacity(arc)));
            edges.add(edge);
        }
        MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem =
                new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
                        node -> Math.toIntExact(network.supply(node)), capacities::get);
        MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow;
        try {
            flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
        } catch (IllegalArgumentException e) {
            return FlowResult.failed(FlowStatus.INFEASIBLE, "JGraphT: " + e.getMessage());
        }
        long[] flows = new long[network.arcCount()];
        long cost = 0;
        for (int arc = 0; arc < flows.length; arc++) {
            flows[arc] = Math.round(flow.getFlow(edges.get(arc)));
            cost = Math.addExact(cost, Math.multiplyExact(flows[arc], network.unitCost(arc)));
        }
        return FlowResult.optimal(flows, cost);
    }
}
