package dev.tandem.examples.docs;

import dev.tandem.model.PlanValidation;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolvers;
import dev.tandem.solvers.flow.FlowNetwork;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.OrToolsMinCostFlow;
import dev.tandem.travel.DriveIndex;

/** The examples of docs/rebalancing.md, as code that {@link DocsExamplesTest} runs on the sample network. */
final class RebalancingExamples {

    private RebalancingExamples() {
    }

    record Answers(RebalancePlan plan, PlanValidation verdict, NetworkSnapshot after) {
    }

    static Answers rebalance(NetworkSnapshot network) {
        // snippet:rebalance
        RebalanceSettings settings = RebalanceSettings.DEFAULT.withFreightMode(FreightMode.PER_RUN);
        RebalanceProblem problem = RebalanceProblem.of(network, settings, DriveIndex.of(network));
        RebalancePlan plan = RebalanceSolvers.preferred().solve(problem);   // the OR-Tools flow with engine-solvers
        PlanValidation verdict = new RebalancePlanValidator(settings).validate(network, plan);
        NetworkSnapshot after = plan.applyTo(network);
        // end-snippet
        return new Answers(plan, verdict, after);
    }

    record Flow(FlowResult result, int aToC) {
    }

    static Flow minCostFlow() {
        // snippet:flow
        FlowNetwork.Builder builder = FlowNetwork.builder(4)
                .supply(0, 5).supply(1, 2)          // surplus stores: units to send
                .supply(2, -4).supply(3, -6);       // shortage stores: units wanted
        int aToC = builder.addArc(0, 2, 10, 3);     // capacity 10, 3 a unit
        builder.addArc(0, 3, 10, 8);
        builder.addArc(1, 3, 10, 2);
        FlowNetwork network = builder.build().withSlack(0, 5);   // surplus may stay (free), shortage go unmet (5 a unit)

        FlowResult result = new OrToolsMinCostFlow().solve(network);   // thread-safe, a fresh native solver per call
        result.status();     // OPTIMAL, INFEASIBLE, UNBALANCED, BAD_COST_RANGE, BAD_CAPACITY_RANGE, COST_OVERFLOW, BAD_RESULT
        result.cost();       // OptionalLong[36], recomputed exactly from the flows; empty unless OPTIMAL
        result.flow(aToC);   // 4
        // end-snippet
        return new Flow(result, aToC);
    }
}
