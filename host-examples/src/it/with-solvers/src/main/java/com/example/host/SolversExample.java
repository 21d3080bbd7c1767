package com.example.host;

import dev.tandem.SolverChoice;
import dev.tandem.Tandem;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.job.SolveJob;
import dev.tandem.job.SolveLimits;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.sample.SampleNetworks;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A host application with engine-solvers: OR-Tools rebalancing and Timefold dispatch on the host's executor. */
public final class SolversExample {

    public static void main(String[] args) {
        // snippet:solvers
        NetworkSnapshot network = SampleNetworks.southChina();
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try (Tandem tandem = Tandem.builder(network).executor(executor)
                .rebalanceSolver(SolverChoice.named("or-tools-min-cost-flow"))   // this one or fail
                .dispatchSolver(SolverChoice.bestAvailable())                    // timefold, found on the class path
                .build()) {
            SolveJob<RebalancePlan> rebalance = tandem.rebalance(SolveLimits.of(Duration.ofSeconds(10)));

            List<SupportRequest> requests = RequestGenerator.generate(network, 20, 7L);
            SolveJob<DispatchPlan> dispatch = tandem.dispatch(requests,
                    SolveLimits.of(Duration.ofSeconds(30)).withMoveBudget(20_000).withSeed(7L));
            dispatch.onProgress(progress -> System.out.println("dispatch " + progress.bestScore()));

            RebalancePlan moves = rebalance.result().join();
            DispatchPlan trips = dispatch.result().join();
            System.out.println(moves.solver() + ": net " + moves.net() + "; " + trips.solver() + ": "
                    + trips.trips().size() + " trips, " + trips.unassigned().size() + " unassigned, valid: "
                    + tandem.validate(network, requests, trips).valid());
        } finally {
            executor.shutdown();
        }
        // end-snippet
    }
}
