package dev.tandem.solvers.rebalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.model.PartNumber;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolvers;
import dev.tandem.rebalance.Run;
import dev.tandem.sample.GeneratorSpec;
import dev.tandem.sample.NetworkGenerator;
import dev.tandem.sample.SampleNetworks;
import dev.tandem.solvers.flow.FlowResult;
import dev.tandem.solvers.flow.JGraphTMinCostFlow;
import dev.tandem.solvers.flow.MinCostFlowSolver;
import dev.tandem.solvers.flow.OrToolsMinCostFlow;
import dev.tandem.solvers.rebalance.internal.RebalanceFlowModel;
import dev.tandem.travel.DriveIndex;

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
    void thePlanOfTheSampleIsValidDeterministicAndTheFlowAloneEarnsMoreThanGreedy() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalanceProblem problem = problem(sample, RebalanceSettings.DEFAULT);

        RebalancePlan flow = new FlowRebalancer().solve(problem);
        RebalancePlan flowAlone = new FlowRebalancer().flowAlone().solve(problem);
        RebalancePlan greedy = new GreedyRebalancer().solve(problem);

        assertThat(validator(RebalanceSettings.DEFAULT).validate(sample, flow).violations()).isEmpty();
        assertThat(validator(RebalanceSettings.DEFAULT).validate(sample, flowAlone).violations()).isEmpty();
        assertThat(flowAlone.solver()).isEqualTo("or-tools-min-cost-flow (flow alone)");
        // The flow on its own, without the per-part pick of greedy's plan: measured 4.7 % above greedy.
        assertThat(flowAlone.net().cents()).isGreaterThan(greedy.net().cents() * 103 / 100);
        assertThat(flow.deadStockUnitsRevived()).isPositive();
        assertThat(new FlowRebalancer().solve(problem)).isEqualTo(flow);
    }

    @Test
    void onThousandsOfRandomNetworksThePlanIsValidTheFlowAloneMostlyBeatsGreedyAndTheFlowIsExactlyOptimal() {
        SplittableRandom random = new SplittableRandom(20261127);
        OrToolsMinCostFlow orTools = new OrToolsMinCostFlow();
        JGraphTMinCostFlow jgrapht = new JGraphTMinCostFlow();
        int partsChecked = 0;
        int flowAloneNotWorse = 0;
        long flowAloneNet = 0;
        long greedyNet = 0;
        for (int round = 0; round < 300; round++) {
            NetworkSnapshot network = NetworkGenerator.generate(GeneratorSpec.of(2 + random.nextInt(30),
                    1 + random.nextInt(40), 0, random.nextLong()));
            RebalanceSettings settings = RebalanceSettings.DEFAULT.withCoverHorizonDays(1 + random.nextInt(30))
                    .withCandidatesPerShortage(1 + random.nextInt(10));
            RebalanceProblem problem = problem(network, settings);

            RebalancePlan flow = new FlowRebalancer().solve(problem);
            RebalancePlan flowAlone = new FlowRebalancer().flowAlone().solve(problem);
            RebalancePlan greedy = new GreedyRebalancer().solve(problem);

            assertThat(validator(settings).validate(network, flow).violations()).as("round %s", round).isEmpty();
            assertThat(validator(settings).validate(network, flowAlone).violations()).as("round %s", round)
                    .isEmpty();
            flowAloneNotWorse += flowAlone.net().compareTo(greedy.net()) >= 0 ? 1 : 0;
            flowAloneNet += flowAlone.net().cents();
            greedyNet += greedy.net().cents();
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
        // The flow without the per-part pick of greedy: measured not worse on 273 of 300 networks, and 8 % more
        // net in total. The fixed charge of a trip is why it can lose on a network.
        assertThat(flowAloneNotWorse).isGreaterThanOrEqualTo(255);
        assertThat(flowAloneNet).isGreaterThan(greedyNet + greedyNet / 20);
    }

    @Test
    void aPartBudgetSolvesTheFirstPartsOnlyAndGivesAValidPlan() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalanceProblem problem = problem(sample, RebalanceSettings.DEFAULT);
        int parts = problem.parts().size();
        Progress progress = new Progress(Integer.MAX_VALUE);

        RebalancePlan half = new FlowRebalancer().solve(problem,
                SolveLimits.DEFAULT.withMoveBudget(parts / 2), progress);
        RebalancePlan whole = new FlowRebalancer().solve(problem);

        assertThat(validator(RebalanceSettings.DEFAULT).validate(sample, half).violations()).isEmpty();
        Set<PartNumber> firstHalf = problem.parts().subList(0, parts / 2).stream().map(part -> part.part().number())
                .collect(Collectors.toSet());
        assertThat(half.runs()).flatExtracting(Run::moves).extracting(Move::part).isNotEmpty()
                .allMatch(firstHalf::contains);
        assertThat(half.net()).isLessThan(whole.net());
        assertThat(progress.reports).singleElement().asString().endsWith(parts / 2 + " of " + parts + " parts solved");
    }

    @Test
    void aStopAskedBetweenPartsKeepsThePartsDoneAndGivesAValidPlan() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalanceProblem problem = problem(sample, RebalanceSettings.DEFAULT);
        // The parts one after the other on this thread, and a stop asked once three parts have started.
        Progress stopAfterThree = new Progress(3);

        RebalancePlan plan = new FlowRebalancer(new OrToolsMinCostFlow(), Runnable::run).solve(problem,
                SolveLimits.DEFAULT, stopAfterThree);
        RebalancePlan firstThree = new FlowRebalancer(new OrToolsMinCostFlow(), Runnable::run).solve(problem,
                SolveLimits.DEFAULT.withMoveBudget(3), SolveControl.none());

        assertThat(validator(RebalanceSettings.DEFAULT).validate(sample, plan).violations()).isEmpty();
        assertThat(plan).isEqualTo(firstThree);
        assertThat(stopAfterThree.reports).singleElement().asString()
                .endsWith("3 of " + problem.parts().size() + " parts solved");
    }

    @Test
    void aStopAskedBeforeTheStartGivesTheEmptyPlan() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalanceProblem problem = problem(sample, RebalanceSettings.DEFAULT);

        RebalancePlan plan = new FlowRebalancer().solve(problem, SolveLimits.DEFAULT, new Progress(0));

        assertThat(plan.runs()).isEmpty();
        assertThat(validator(RebalanceSettings.DEFAULT).validate(sample, plan).violations()).isEmpty();
    }

    @Test
    void solvesThePartsOnTheExecutorItIsGivenOrElseOnItsOwnPool() {
        NetworkSnapshot sample = SampleNetworks.southChina();
        RebalanceProblem problem = problem(sample, RebalanceSettings.DEFAULT);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        MinCostFlowSolver recording = network -> {
            threads.add(Thread.currentThread().getName());
            return new OrToolsMinCostFlow().solve(network);
        };
        AtomicInteger tasks = new AtomicInteger();
        ExecutorService given = Executors.newSingleThreadExecutor(task -> new Thread(task, "the-hosts-thread"));
        try {
            RebalancePlan onGiven = new FlowRebalancer(recording, task -> {
                tasks.incrementAndGet();
                given.execute(task);
            }).solve(problem);

            assertThat(tasks).hasValue(problem.parts().size());
            assertThat(threads).containsExactly("the-hosts-thread");
            assertThat(onGiven).isEqualTo(new FlowRebalancer().solve(problem));
        } finally {
            given.shutdownNow();
        }
        threads.clear();

        new FlowRebalancer(recording).solve(problem);

        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("tandem-rebalance-"));
    }

    /** A control that asks to stop once it was polled {@code polls} times, and keeps what it is told. */
    private static final class Progress implements SolveControl {

        private final AtomicInteger polls = new AtomicInteger();
        private final int stopAfter;
        private final List<String> reports = new CopyOnWriteArrayList<>();

        Progress(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public boolean stopRequested() {
            return polls.getAndIncrement() >= stopAfter;
        }

        @Override
        public void onStop(Runnable action) {
            // polled only
        }

        @Override
        public void improved(String phase, String bestScore) {
            reports.add(bestScore);
        }
    }
}
