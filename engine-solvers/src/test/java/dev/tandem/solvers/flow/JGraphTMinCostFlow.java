package dev.tandem.solvers.flow;

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

/**
 * The reference solver the OR-Tools one is checked against: JGraphT's successive shortest paths with capacity
 * scaling (Ahuja, Magnanti and Orlin, Network Flows, 1993), an independent algorithm in pure Java.
 *
 * <p>JGraphT counts supplies and capacities in {@code int} and costs in {@code double}, and takes a capacity of
 * 10^9 as infinite and a cost of 10^9 as its big M; so it is exact only on small networks with small numbers,
 * which is what the cross-check gives it. A multigraph carries parallel arcs. A fresh algorithm per call: JGraphT's
 * keeps the last problem in its fields.
 */
public final class JGraphTMinCostFlow implements MinCostFlowSolver {

    @Override
    public FlowResult solve(FlowNetwork network) {
        if (!network.isBalanced()) {
            return FlowResult.failed(FlowStatus.UNBALANCED, FlowCheck.unbalanced(network));
        }
        Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
        for (int node = 0; node < network.nodeCount(); node++) {
            graph.addVertex(node);
        }
        List<DefaultWeightedEdge> edges = new ArrayList<>(network.arcCount());
        Map<DefaultWeightedEdge, Integer> capacities = new IdentityHashMap<>();
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
            // JGraphT says "no feasible solution" this way; any other refusal is a mistake of the test.
            if (e.getMessage() == null || !e.getMessage().contains("no feasible solution")) {
                throw e;
            }
            return FlowResult.failed(FlowStatus.INFEASIBLE, "JGraphT: " + e.getMessage());
        }
        long[] flows = new long[network.arcCount()];
        for (int arc = 0; arc < flows.length; arc++) {
            flows[arc] = Math.round(flow.getFlow(edges.get(arc)));
        }
        return FlowCheck.costed(network, flows);
    }
}
