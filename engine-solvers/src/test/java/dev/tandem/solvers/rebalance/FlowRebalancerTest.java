package dev.tandem.solvers.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.tandem.travel.DriveIndex;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolvers;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.JGraphTMinCostFlow;
import dev.tandem.solvers.flow.OrToolsMinCostFlow;

class FlowRebalancerTest {

    private static RebalancePlanValidator validator(RebalanceSettings settings) {
        return new RebalancePlanValidator(settings);
    }

    private static RebalanceProblem problem(NetworkSnapshot network, RebalanceSettings settings) {
        return RebalanceProblem.of(network, settings, DriveIndex.of(network));
    }

    @Test
    void isFoundOnTheClassPathAndPreferredOverGreedy() {
        assertThat(RebalanceSolvers.preferred()).isInstanceOf(FlowRebalancer.class);
        assertThat(RebalanceSolvers.available()).extracting(solver -> solver.name())
                .containsExactly("or-tools-min-cost-flow", "greedy");
    }

    @Test
    void thePlanOfTheSampleIsValidDeterministicAndAtLeastAsGoodAsGreedy() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalanceProblem problem = problem(sample, RebalanceSettings.DEFAULT);

        RebalancePlan flow = new FlowRebalancer().solve(problem);
        RebalancePlan greedy = new GreedyRebalancer().solve(problem);

        assertThat(validator(RebalanceSettings.DEFAULT).validate(sample, flow).violations()).isEmpty();
        assertThat(flow.net()).isGreaterThanOrEqualTo(greedy.net());
        assertThat(flow.deadStockUnitsRevived()).isPositive();
        assertThat(new FlowRebalancer().solve(problem)).isEqualTo(flow);
    }

    @Test
    void onThousandsOfRandomNetworksThePlanIsValidNeverWorseThanGreedyAndTheFlowIsExactlyOptimal() {
        SplittableRandom random = new SplittableRandom(20261127);
        OrToolsMinCostFlow orTools = new OrToolsMinCostFlow();
        JGraphTMinCostFlow jgrapht = new JGraphTMinCostFlow();
        int partsChecked = 0;
        for (int round = 0; round < 300; round++) {
            NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(2 + random.nextInt(30),
                    1 + random.nextInt(40), 0, random.nextLong()));
            RebalanceSettings settings = RebalanceSettings.DEFAULT.withCoverHorizonDays(1 + random.nextInt(30))
                    .withCandidatesPerShortage(1 + random.nextInt(10));
            RebalanceProblem problem = problem(network, settings);

            RebalancePlan flow = new FlowRebalancer().solve(problem);
            RebalancePlan greedy = new GreedyRebalancer().solve(problem);

            assertThat(validator(settings).validate(network, flow).violations()).as("round %s", round).isEmpty();
            assertThat(flow.net()).as("round %s", round).isGreaterThanOrEqualTo(greedy.net());
            for (PartBalance part : problem.parts()) {
                var model = new RebalanceFlowModel(problem, part, new HashSet<>());
                FlowResult exact = jgrapht.solve(model.network());
                FlowResult fast = orTools.solve(model.network());
                assertThat(fast.isOptimal()).isTrue();
                assertThat(fast.cost()).as("round %s part %s", round, part.part().number())
                        .isEqualTo(exact.cost());
                partsChecked++;
            }
        }
        assertThat(partsChecked).as("enough parts were compared to mean something").isGreaterThan(2_000);
    }
}
