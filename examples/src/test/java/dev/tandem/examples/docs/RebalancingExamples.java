package dev.tandem.examples.docs;

import dev.tandem.model.PlanValidation;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolvers;
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
}
