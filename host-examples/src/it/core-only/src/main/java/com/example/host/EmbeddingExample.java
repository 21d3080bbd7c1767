package com.example.host;

import dev.tandem.Tandem;
import dev.tandem.job.SolveJob;
import dev.tandem.job.SolveLimits;
import dev.tandem.match.TransferAdvice;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.sample.SampleNetworks;
import java.time.Duration;

/** A host application on engine-core alone: who can help right now, a live transfer, a rebalance. */
public final class EmbeddingExample {

    public static void main(String[] args) {
        // snippet:embedding
        NetworkSnapshot network = SampleNetworks.southChina();   // or SnapshotJson.read(Path.of("network.json"))
        try (Tandem tandem = Tandem.of(network)) {
            StoreId shenzhen = StoreId.of("SZ");
            PartNumber headlamp = PartNumber.of("HL-FL");

            // Who can send 2 front-left headlamps to Shenzhen, where a customer waits?
            TransferAdvice advice = tandem.adviseTransfer(TransferRequest.of(shenzhen, headlamp, 2));
            advice.options().forEach(option -> System.out.println(option.reason()));

            // The first store agrees: move the units on the live network (atomic, thread-safe).
            StoreId source = advice.options().get(0).source().id();
            tandem.live().transfer(source, shenzhen, headlamp, 2);

            // Plan the network's rebalancing as a job on the facade's executor, with progress.
            SolveJob<RebalancePlan> job = tandem.rebalance(SolveLimits.of(Duration.ofSeconds(10)));
            job.onProgress(progress -> System.out.println(progress.phase() + ": " + progress.bestScore()));
            RebalancePlan plan = job.result().join();
            System.out.println(plan.solver() + ": " + plan.moves().size() + " moves, net " + plan.net()
                    + ", valid: " + tandem.validate(network, plan).valid());
        }
        // end-snippet
    }
}
