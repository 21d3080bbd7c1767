package dev.tandem.service.http;

import dev.tandem.service.ServiceException;
import dev.tandem.service.flow.ActionRunner;
import dev.tandem.service.plan.PlanJobs;
import dev.tandem.service.plan.PlanKind;
import dev.tandem.service.plan.PlanRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Plans as asynchronous jobs, for HQ: submit, follow, cancel, approve or reject. */
final class PlanRoutes {

    private static final int MAX_SAMPLE = 500;

    private final ActionRunner runner;
    private final PlanJobs plans;

    PlanRoutes(ActionRunner runner, PlanJobs plans) {
        this.runner = runner;
        this.plans = plans;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/plans", ctx -> {
            Fields fields = Exchange.fields(ctx, "kind", "timeLimitSeconds", "seed", "requests", "jobs",
                    "sampleSize");
            PlanKind kind = fields.enumValue("kind", PlanKind.class);
            int limit = fields.optionalInteger("timeLimitSeconds", 1, PlanJobs.MAX_TIME_LIMIT_SECONDS).orElse(10);
            long seed = fields.optionalLong("seed").orElse(1L);
            var requests = fields.array("requests");
            var jobs = fields.array("jobs");
            int sample = fields.optionalInteger("sampleSize", 1, MAX_SAMPLE).orElse(20);
            if (kind != null && kind != PlanKind.DISPATCH && !requests.isEmpty()) {
                fields.error("/requests", "is for DISPATCH plans only", null);
            }
            if (kind != null && kind != PlanKind.DIVERT && !jobs.isEmpty()) {
                fields.error("/jobs", "is for DIVERT plans only", null);
            }
            fields.done();
            PlanRequest request = new PlanRequest(kind, limit, seed, requests, jobs, sample);
            Exchange.act(ctx, runner, tx -> plans.submit(tx, request));
        });
        routes.get("/api/plans", ctx -> {
            Exchange.principal(ctx).requireHq("see plans");
            Exchange.json(ctx, plans.list(Exchange.intQuery(ctx, "limit", 50, 1, 500)));
        });
        routes.get("/api/plans/{id}", this::one);
        routes.post("/api/plans/{id}/cancel", ctx -> Exchange.act(ctx, runner,
                tx -> plans.cancel(tx, ctx.pathParam("id"))));
        routes.post("/api/plans/{id}/approve", ctx -> Exchange.act(ctx, runner,
                tx -> plans.approve(tx, ctx.pathParam("id"))));
        routes.post("/api/plans/{id}/reject", ctx -> Exchange.act(ctx, runner,
                tx -> plans.reject(tx, ctx.pathParam("id"))));
    }

    private void one(Context ctx) {
        Exchange.principal(ctx).requireHq("see plans");
        String id = ctx.pathParam("id");
        Exchange.json(ctx, plans.find(id).orElseThrow(() -> ServiceException.notFound("There is no plan (" + id
                + ").")));
    }
}
