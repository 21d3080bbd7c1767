package dev.tandem.service.plan;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.DiversionPlanValidator;
import dev.tandem.divert.DiversionPlanner;
import dev.tandem.divert.DiversionProblem;
import dev.tandem.divert.DiversionSettings;
import dev.tandem.divert.Job;
import dev.tandem.divert.Offer;
import dev.tandem.io.request.JobJson;
import dev.tandem.io.plan.PlanJson;
import dev.tandem.io.request.RequestJson;
import dev.tandem.travel.DriveIndex;
import dev.tandem.model.SupportRequest;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.dispatch.DispatchPlanValidator;
import dev.tandem.rebalance.Move;
import dev.tandem.model.PlanValidation;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalancePlanValidator;
import dev.tandem.dispatch.Trip;
import dev.tandem.sample.JobGenerator;
import dev.tandem.sample.RequestGenerator;
import dev.tandem.service.Json;
import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;
import dev.tandem.dispatch.DispatchSolver;
import dev.tandem.dispatch.DispatchSolvers;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSettings;
import dev.tandem.rebalance.RebalanceSolvers;

/**
 * Solves one plan on a snapshot of the live network with the library's engines, checks it with the engine's
 * independent validator, and says what approving it would do: the actions HQ's approval applies.
 */
final class PlanSolver {

    /** A solved plan: the library's plan document, its headline figures, and the actions approval applies. */
    record Solved(String plan, ObjectNode summary, ArrayNode actions) {
    }

    /** Surge of the sample diversion day against the snapshot's bookings. */
    private static final double SAMPLE_SURGE = 1.3;

    private PlanSolver() {
    }

    static Solved solve(PlanRequest request, NetworkSnapshot network) {
        return switch (request.kind()) {
            case REBALANCE -> rebalance(network);
            case DISPATCH -> dispatch(request, network);
            case DIVERT -> divert(request, network);
        };
    }

    private static Solved rebalance(NetworkSnapshot network) {
        RebalanceSettings settings = RebalanceSettings.DEFAULT;
        var solver = RebalanceSolvers.preferred();
        RebalancePlan plan = solver.solve(RebalanceProblem.of(network, settings, DriveIndex.of(network)));
        PlanValidation validation = new RebalancePlanValidator(settings.coverHorizonDays(), settings.deadStockDays(),
                settings.freight()).validate(network, plan);
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

    private static Solved dispatch(PlanRequest request, NetworkSnapshot network) {
        List<SupportRequest> requests = request.requests().isEmpty()
                ? RequestGenerator.generate(network, request.sampleSize(), request.seed())
                : RequestJson.read(document("requests", request.requests()), "body", network);
        DispatchSettings settings = DispatchSettings.DEFAULT;
        DispatchSolver solver = DispatchSolvers.preferred();
        Dispatch dispatch = solver.solve(DispatchProblem.of(network, requests, settings, DriveIndex.of(network)),
                Duration.ofSeconds(request.timeLimitSeconds()), request.seed());
        DispatchPlan plan = DispatchPlans.of(solver.name(), dispatch);
        PlanValidation validation = new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(),
                settings.thresholds()).validate(network, requests, plan);
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

    private static Solved divert(PlanRequest request, NetworkSnapshot network) {
        List<Job> jobs = request.jobs().isEmpty()
                ? JobGenerator.generate(network, request.sampleSize(), SAMPLE_SURGE, request.seed())
                : JobJson.read(document("jobs", request.jobs()), "body", network);
        DiversionSettings settings = DiversionSettings.DEFAULT;
        DiversionPlan plan = DiversionPlanner.preferred().plan(DiversionProblem.of(network, jobs, settings,
                DriveIndex.of(network)), Duration.ofSeconds(request.timeLimitSeconds()), request.seed());
        PlanValidation validation = new DiversionPlanValidator(settings).validate(network, jobs, plan);
        ObjectNode summary = summary(plan.solver(), validation).put("jobs", jobs.size())
                .put("sampleJobs", request.jobs().isEmpty()).put("offers", plan.offers().size())
                .put("stays", plan.stays().size()).put("expectedAccepted", plan.expectedAccepted())
                .put("expectedCompensation", plan.expectedCompensation().toYuan());
        ArrayNode actions = Json.MAPPER.createArrayNode();
        LocalDate today = network.today();
        for (Offer offer : plan.offers()) {
            LocalDate day = jobs.stream().filter(job -> job.id().equals(offer.job())).findFirst()
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
