package dev.tandem.service.http;

import dev.tandem.service.flow.ActionRunner;
import dev.tandem.service.flow.DiversionFlow;
import dev.tandem.service.flow.NetworkUpdates;
import dev.tandem.service.flow.SupportFlow;
import dev.tandem.service.flow.TransferFlow;
import dev.tandem.service.live.ChangeFollower;
import dev.tandem.service.live.EventHub;
import dev.tandem.service.live.LiveState;
import dev.tandem.service.plan.PlanJobs;
import dev.tandem.service.report.Reports;
import dev.tandem.service.store.Database;

/** The parts of a running service the HTTP routes call. */
public record ApiParts(Database database, LiveState live, ChangeFollower follower, EventHub hub, ActionRunner runner,
        NetworkUpdates updates, TransferFlow transfers, SupportFlow support, DiversionFlow diversions, PlanJobs plans,
        Reports reports) {
}
