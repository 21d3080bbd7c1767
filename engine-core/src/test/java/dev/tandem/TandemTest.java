package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.job.Progress;
import dev.tandem.job.SolveControl;
import dev.tandem.job.SolveLimits;
import dev.tandem.job.SolverUnavailableException;
import dev.tandem.match.TransferAdvice;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.GreedyRebalancer;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.sample.SampleNetworks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class TandemTest {

    private static final NetworkSnapshot SOUTH_CHINA = SampleNetworks.southChina();
    private static final StoreId SHENZHEN = StoreId.of("SZ");
    private static final PartNumber HEADLAMP = PartNumber.of("HL-FL");

    @Test
    void answersWhoCanHelpOnTheLiveStateAndSeesUpdates() {
        try (Tandem tandem = Tandem.of(SOUTH_CHINA)) {
            TransferAdvice before = tandem.adviseTransfer(TransferRequest.of(SHENZHEN, HEADLAMP, 2));
            assertThat(before.options()).isNotEmpty();
            StoreId first = before.options().get(0).source().id();
            int spare = before.options().get(0).spare();

            tandem.live().transfer(first, SHENZHEN, HEADLAMP, spare);

            TransferAdvice after = tandem.adviseTransfer(TransferRequest.of(SHENZHEN, HEADLAMP, 2));
            assertThat(after.options()).extracting(option -> option.source().id()).doesNotContain(first);
            assertThat(tandem.snapshot().stock(SHENZHEN, HEADLAMP).orElseThrow().onHand())
                    .isEqualTo(SOUTH_CHINA.stock(SHENZHEN, HEADLAMP).orElseThrow().onHand() + spare);
        }
    }

    @Test
    void rebalancesAsAJobOnTheHostExecutorWithProgressAndAValidPlan() {
        ExecutorService host = Executors.newSingleThreadExecutor();
        try (Tandem tandem = Tandem.builder(SOUTH_CHINA).executor(host)
                .rebalanceSolver(SolverChoice.named("greedy")).build()) {
            List<Progress> seen = new CopyOnWriteArrayList<>();
            var job = tandem.rebalance(SolveLimits.of(Duration.ofSeconds(5)));
            job.onProgress(seen::add);
            RebalancePlan plan = job.result().join();

            assertThat(plan.solver()).isEqualTo("greedy");
            assertThat(plan.moves()).isNotEmpty();
            assertThat(tandem.validate(SOUTH_CHINA, plan).violations()).isEmpty();
            assertThat(job.progress().phase()).isEqualTo("done");
            assertThat(job.progress().bestScore()).startsWith("net ");
        } finally {
            host.shutdownNow();
        }
        assertThat(host.isShutdown()).isTrue();
    }

    @Test
    void theHostsSettingsReachThePlanAndItsValidator() {
        RebalanceSettings perRun = RebalanceSettings.DEFAULT.withFreightMode(FreightMode.PER_RUN);
        try (Tandem byDefault = Tandem.builder(SOUTH_CHINA).rebalanceSolver(SolverChoice.named("greedy")).build();
                Tandem host = Tandem.builder(SOUTH_CHINA).rebalanceSolver(SolverChoice.named("greedy"))
                        .rebalanceSettings(perRun).build()) {
            RebalancePlan perPart = byDefault.rebalance(SolveLimits.DEFAULT).result().join();
            RebalancePlan runs = host.rebalance(SolveLimits.DEFAULT).result().join();

            assertThat(perPart.freightMode()).isEqualTo(FreightMode.PER_PART);
            assertThat(runs.freightMode()).isEqualTo(FreightMode.PER_RUN);
            assertThat(host.validate(SOUTH_CHINA, runs).violations()).isEmpty();
        }
    }

    @Test
    void aBuilderRefusesNoSolverThreadsAndAMissingSetting() {
        Tandem.Builder builder = Tandem.builder(SOUTH_CHINA);

        assertThatIllegalArgumentException().isThrownBy(() -> builder.solverThreads(0))
                .withMessage("The solverThreads (0) must be positive.");
        assertThatThrownBy(() -> builder.rebalanceSettings(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("settings");
    }

    @Test
    void aSolverAskedForByNameMustBeThere() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tandem.builder(SOUTH_CHINA).dispatchSolver(SolverChoice.named("gurobi")).build())
                .withMessageContaining("The dispatch solver (gurobi) is not on the class path")
                .withMessageContaining("greedy");
    }

    @Test
    void bestAvailableFallsBackToTheBaselineWhenTheSolverCannotRunAndSaysSo() {
        Engines.Chosen<RebalanceSolver> chosen = Engines.Chosen.of("rebalancing", SolverChoice.bestAvailable(),
                List.of(new NativeRebalancer(), new GreedyRebalancer()), RebalanceSolver::name);
        RebalanceProblem problem = RebalanceProblem.of(SOUTH_CHINA, dev.tandem.rebalance.RebalanceSettings.DEFAULT,
                dev.tandem.travel.DriveIndex.of(SOUTH_CHINA));

        RebalancePlan plan = chosen.solve(solver -> solver.solve(problem, SolveLimits.DEFAULT, SolveControl.none()),
                (answer, name) -> new RebalancePlan(name, answer.freightMode(), answer.runs(), answer.shortfalls()));

        assertThat(plan.solver()).isEqualTo("greedy (native unavailable)");
        assertThat(plan.moves()).isEqualTo(new GreedyRebalancer().solve(problem).moves());
    }

    @Test
    void aSolverAskedForByNameThatCannotRunFailsInsteadOfFallingBack() {
        Engines.Chosen<RebalanceSolver> chosen = Engines.Chosen.of("rebalancing", SolverChoice.named("native"),
                List.of(new NativeRebalancer(), new GreedyRebalancer()), RebalanceSolver::name);

        assertThatThrownBy(() -> chosen.solve(solver -> solver.solve(null), (answer, name) -> answer))
                .isInstanceOf(SolverUnavailableException.class);
    }

    /** A solver whose native library never loads. */
    private static final class NativeRebalancer implements RebalanceSolver {

        @Override
        public String name() {
            return "native";
        }

        @Override
        public RebalancePlan solve(RebalanceProblem problem) {
            throw new SolverUnavailableException("no native library for this platform", null);
        }
    }
}
