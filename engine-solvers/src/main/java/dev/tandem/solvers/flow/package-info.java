/**
 * Minimum-cost flow with a small API of its own: a {@link dev.tandem.solvers.flow.FlowNetwork} (nodes with
 * supplies, arcs with a capacity and a unit cost), a {@link dev.tandem.solvers.flow.MinCostFlowSolver}, and a
 * {@link dev.tandem.solvers.flow.FlowResult} with the flows, their exact cost and a
 * {@link dev.tandem.solvers.flow.FlowStatus}. Host applications can use it directly, and it can be checked against
 * standard minimum-cost flow instances; stock rebalancing maps its stores and transfers onto it.
 *
 * <p>The solver is {@link dev.tandem.solvers.flow.OrToolsMinCostFlow}, OR-Tools' cost-scaling algorithm with its
 * 9.15 pitfalls designed around: every status reported as a result, the cost recomputed exactly, the flows
 * verified.
 *
 * <p>Supplies and demands that differ, such as surplus stores and shortage stores, are balanced with a slack
 * node ({@link dev.tandem.solvers.flow.FlowNetwork#withSlack(long, long)}): supply may stay where it is and demand
 * go unmet at a cost, so only what is worth moving moves.
 */
package dev.tandem.solvers.flow;
