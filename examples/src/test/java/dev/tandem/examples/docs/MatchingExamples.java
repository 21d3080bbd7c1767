package dev.tandem.examples.docs;

import dev.tandem.Tandem;
import dev.tandem.match.ReceivingMatch;
import dev.tandem.match.ReceivingRequest;
import dev.tandem.match.TechnicianMatch;
import dev.tandem.match.TechnicianRequest;
import dev.tandem.match.TransferAdvice;
import dev.tandem.match.TransferRequest;
import dev.tandem.model.Level;
import dev.tandem.model.LoadState;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.view.CapacityMonitor;
import dev.tandem.view.SharedStockTable;
import dev.tandem.view.TechnicianCapabilityMap;
import dev.tandem.view.TechnicianQuery;
import java.time.OffsetDateTime;
import java.util.List;

/** The examples of docs/matching.md, as code that {@link DocsExamplesTest} runs on the sample network. */
final class MatchingExamples {

    private MatchingExamples() {
    }

    record Answers(TransferAdvice advice, TechnicianMatch experts, ReceivingMatch receivers) {
    }

    static Answers whoCanHelp(Tandem tandem, NetworkSnapshot network) {
        // snippet:who-can-help
        TransferAdvice advice = tandem.adviseTransfer(TransferRequest.of(StoreId.of("SZ"), PartNumber.of("HL-FL"), 2));
        advice.options().forEach(option -> System.out.println(option.reason()));
        advice.split();    // present when no single store has the quantity to spare: the fewest, then fastest
        advice.misses();   // when nothing qualifies: which rule ruled out each of the nearest stores

        StoreId source = advice.options().get(0).source().id();
        tandem.live().transfer(source, StoreId.of("SZ"), PartNumber.of("HL-FL"), 2);   // atomic, thread-safe

        OffsetDateTime monday = OffsetDateTime.parse("2026-11-30T09:00:00+08:00");
        TechnicianMatch experts = tandem.findTechnicians(TechnicianRequest.of(StoreId.of("SZ"), Skill.HV_SYSTEM,
                Level.T2, new TimeWindow(monday, monday.plusHours(4))));
        ReceivingMatch receivers = tandem.findReceivingStores(
                ReceivingRequest.of(StoreId.of("ZS"), 2.0, Skill.HV_SYSTEM, network.today()));
        // end-snippet
        return new Answers(advice, experts, receivers);
    }

    record Views(List<TechnicianCapabilityMap.Entry> experts, List<CapacityMonitor.Load> red,
            List<SharedStockTable.Pile> piles) {
    }

    static Views views(NetworkSnapshot network) {
        // snippet:views
        // who can fix a battery fault, nearest to Shenzhen first?
        List<TechnicianCapabilityMap.Entry> experts = new TechnicianCapabilityMap(network).find(
                TechnicianQuery.ALL.withSkill(Skill.HV_SYSTEM).withMinimumLevel(Level.T3)
                        .withDriveFrom(StoreId.of("SZ")));

        // who is overloaded today?
        List<CapacityMonitor.Load> red = new CapacityMonitor(network).inState(LoadState.OVERLOADED, network.today());

        // which stores sit on unusually much stock?
        List<SharedStockTable.Pile> piles = new SharedStockTable(network).piles();
        // end-snippet
        return new Views(experts, red, piles);
    }
}
