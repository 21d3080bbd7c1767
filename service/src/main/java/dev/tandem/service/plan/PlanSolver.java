package dev.tandem.service.plan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tandem.Tandem;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.Trip;
import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.Job;
import dev.tandem.divert.Offer;
import dev.tandem.io.plan.PlanJson;
import dev.tandem.io.request.JobJson;
import dev.tandem.io.request.RequestJson;
import dev.tandem.job.SolveJob;
import dev.tandem.job.SolveLimits;
import dev.tandem.model.PlanValidation;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.sample.JobGenerator;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.service.Json;

/**
 * Solves one plan on a snapshot of the live network with the library's facade ({@link Tandem}: its solvers,
 * progress and early stop), checks it with the engine's independent validator, and says what approving it would do: the actions HQ's approval applies.
 */
final class PlanSolver {

    /** A solved plan: the library's plan document, its headline figures, and the actions approval applies. */
    record Solved(String plan, ObjectNode summary, ArrayNode actions) {
    }

    /** Surge of the sample diversion day against the snapshot's bookings. */
    private static final double SAMPLE_SURGE = 1.3;

    private PlanSolver() {
    }

    /**
     * Solves on {@code network} through the library's facade, the solve running on {@code executor};
     * {@code started} gets the running job, for its progress and an early stop.
     */
    static Solved solve(PlanRequest request, NetworkSnapshot network, Executor executor,
            Consumer<SolveJob<?>> started) {
        SolveLimits limits = SolveLimits.of(Duration.ofSeconds(request.timeLimitSeconds())).withSeed(request.seed());
        try (Tandem tandem = Tandem.builder(network).executor(executor).build()) {
            return switch (request.kind()) {
                case REBALANCE -> rebalance(tandem, network, limits, started);
                case DISPATCH -> dispatch(tandem, request, network, limits, started);
                case DIVERT -> divert(tandem, request, network, limits, started);
            };
        }
    }

    private static Solved rebalance(Tandem tandem, NetworkSnapshot network, SolveLimits limits,
            Consumer<SolveJob<?>> started) {
        SolveJob<RebalancePlan> job = tandem.rebalance(limits);
        started.accept(job);
        RebalancePlan plan = job.result().join();
        PlanValidation validation = tandem.validate(network, plan);
        ObjectNode summary = summary(plan.solver(), validation).put("moves", plan.moves().size())
                .put("unitsMoved", plan.unitsMoved()).put("freight", plan.totalFreight().toYuan())
                .put("benefit", plan.totalBenefit().toYuan()).put("net", plan.net().toYuan())
                .put("deadStockUnitsRevived", plan.deadStockUnitsRevived()).put("unitsShort", plan.unitsShort())
                .put("incentivePoints", plan.incentivePoints());
        ArrayNode actions = Json.MAPPER.createArrayNode();
        for (Move move : plan.moves()) {
            actions.addObject().put("type", "move").put("from", move.from().value()).put("to", move.to().value())
                    .put("part", move.part().value()).put("quantity", move.quantity())
                    .put("revivesDeadStock", move.revivesDeadStock());
        }
        return new Solved(PlanJson.toJson(plan, validation), summary, actions);
    }

    private static Solved dispatch(Tandem tandem, PlanRequest request, NetworkSnapshot network, SolveLimits limits,
            Consumer<SolveJob<?>> started) {
        List<SupportRequest> requests = request.requests().isEmpty()
                ? RequestGenerator.generate(network, request.sampleSize(), request.seed())
                : RequestJson.read(document("requests", request.requests()), "body", network);
        SolveJob<DispatchPlan> job = tandem.dispatch(requests, limits);
        started.accept(job);
        DispatchPlan plan = job.result().join();
        PlanValidation validation = tandem.validate(network, requests, plan);
        ObjectNode summary = summary(plan.solver(), validation).put("requests", requests.size())
                .put("sampleRequests", request.requests().isEmpty()).put("trips", plan.trips().size())
                .put("unassigned", plan.unassigned().size()).put("hardViolations", plan.hardViolations())
                .put("tripCost", plan.tripCost().toYuan());
        ArrayNode actions = Json.MAPPER.createArrayNode();
        for (Trip trip : plan.trips()) {
            actions.addObject().put("type", "trip").put("request", trip.request().value())
                    .put("store", trip.store().value()).put("technician", trip.technician().value())
                    .put("home", trip.home().value()).put("from", trip.start().toString())
                    .put("to", trip.end().toString()).put("day", trip.start().toLocalDate().toString())
                    .put("distanceKm", trip.distanceKm());
        }
        return new Solved(PlanJson.toJson(plan, validation), summary, actions);
    }

    private static Solved divert(Tandem tandem, PlanRequest request, NetworkSnapshot network, SolveLimits limits,
            Consumer<SolveJob<?>> started) {
        List<Job> jobs = request.jobs().isEmpty()
                ? JobGenerator.generate(network, request.sampleSize(), SAMPLE_SURGE, request.seed())
                : JobJson.read(document("jobs", request.jobs()), "body", network);
        SolveJob<DiversionPlan> job = tandem.divert(jobs, limits);
        started.accept(job);
        DiversionPlan plan = job.result().join();
        PlanValidation validation = tandem.validateDiversion(network, jobs, plan);
        ObjectNode summary = summary(plan.solver(), validation).put("jobs", jobs.size())
                .put("sampleJobs", request.jobs().isEmpty()).put("offers", plan.offers().size())
                .put("stays", plan.stays().size()).put("expectedAccepted", plan.expectedAccepted())
                .put("expectedCompensation", plan.expectedCompensation().toYuan());
        ArrayNode actions = Json.MAPPER.createArrayNode();
        LocalDate today = network.today();
        for (Offer offer : plan.offers()) {
            LocalDate day = jobs.stream().filter(each -> each.id().equals(offer.job())).findFirst()
                    .flatMap(Job::booked).map(at -> at.toLocalDate()).orElse(today);
            actions.addObject().put("type", "offer").put("job", offer.job().value())
                    .put("from", offer.from().value()).put("to", offer.to().value()).put("date", day.toString())
                    .put("compensationCents", offer.compensation().cents());
        }
        return new Solved(PlanJson.toJson(plan, validation), summary, actions);
    }

    private static ObjectNode summary(String solver, PlanValidation validation) {
        ObjectNode summary = Json.MAPPER.createObjectNode().put("solver", solver).put("valid", validation.valid());
        ArrayNode violations = summary.putArray("violations");
        validation.violations().stream().limit(20).forEach(violations::add);
        return summary;
    }

    /**
     * Checks the requests or jobs of a plan request against the network before the job is queued.
     *
     * @throws dev.tandem.network.InvalidInputException listing every problem, each at its place
     */
    static void check(PlanRequest request, NetworkSnapshot network) {
        if (!request.requests().isEmpty()) {
            RequestJson.read(document("requests", request.requests()), "body", network);
        }
        if (!request.jobs().isEmpty()) {
            JobJson.read(document("jobs", request.jobs()), "body", network);
        }
    }

    /** The command line's document around the items: {@code {"formatVersion": 1, "<list>": [...]}}. */
    private static byte[] document(String list, List<JsonNode> items) {
        ObjectNode document = Json.MAPPER.createObjectNode().put("formatVersion", 1);
        ArrayNode array = document.putArray(list);
        items.forEach(array::add);
        return Json.write(document).getBytes(StandardCharsets.UTF_8);
    }
}
