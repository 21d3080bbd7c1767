package dev.tandem.io.plan;

import dev.tandem.io.internal.JsonWrites;
import dev.tandem.io.internal.JsonText;



import dev.tandem.divert.DiversionPlan;
import dev.tandem.divert.Fallback;
import dev.tandem.divert.Offer;
import dev.tandem.divert.Stay;
import dev.tandem.model.Money;
import dev.tandem.dispatch.DispatchPlan;
import dev.tandem.rebalance.Move;
import dev.tandem.model.PlanValidation;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.Run;
import dev.tandem.rebalance.Shortfall;
import dev.tandem.dispatch.Trip;
import dev.tandem.dispatch.UnassignedRequest;

/**
 * Plans as JSON: a top-level {@code summary}, the validator's verdict {@code validation: {valid, violations}},
 * then the plan's items. Money is CNY with two decimals. Thread-safe.
 */
public final class PlanJson {

    private PlanJson() {
    }

    /**
     * A dispatch plan: {@code summary} (solver, assigned, unassigned, hardViolations, unassignedPriority, cost in
     * CNY, softCost in CNY), {@code validation}, then {@code trips} and {@code unassigned}.
     */
    public static String toJson(DispatchPlan plan, PlanValidation validation) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("summary");
            gen.writeStringField("solver", plan.solver());
            gen.writeNumberField("assigned", plan.trips().size());
            gen.writeNumberField("unassigned", plan.unassigned().size());
            gen.writeNumberField("hardViolations", plan.hardViolations());
            gen.writeNumberField("unassignedPriority", plan.unassignedPriority());
            gen.writeNumberField("cost", plan.tripCost().toYuan());
            gen.writeNumberField("softCost", Money.ofCents(plan.softCost()).toYuan());
            gen.writeEndObject();
            JsonWrites.writeValidation(validation, gen);
            gen.writeArrayFieldStart("trips");
            for (Trip trip : plan.trips()) {
                gen.writeStartObject();
                gen.writeStringField("request", trip.request().value());
                gen.writeStringField("store", trip.store().value());
                gen.writeStringField("technician", trip.technician().value());
                gen.writeStringField("home", trip.home().value());
                gen.writeStringField("departure", trip.departure().toString());
                gen.writeStringField("start", trip.start().toString());
                gen.writeStringField("end", trip.end().toString());
                gen.writeStringField("back", trip.back().toString());
                gen.writeNumberField("distanceKm", Math.round(trip.distanceKm() * 10) / 10.0);
                gen.writeStringField("band", trip.band().name());
                gen.writeNumberField("cost", trip.cost().toYuan());
                gen.writeStringField("reason", trip.reason());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("unassigned");
            for (UnassignedRequest unassigned : plan.unassigned()) {
                gen.writeStartObject();
                gen.writeStringField("request", unassigned.request().value());
                gen.writeNumberField("priority", unassigned.priority());
                gen.writeArrayFieldStart("blockedBy");
                for (String line : unassigned.blockedBy()) {
                    gen.writeString(line);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    /**
     * A diversion plan: {@code summary} (solver, offers, stays, expectedAccepted, expectedCompensation and
     * compensationIfAllAccept in CNY, expectedCost in CNY, expectedWaitSavedHours, feasible), {@code validation},
     * then {@code offers} (each with its reason and fallback) and {@code stays}.
     */
    public static String toJson(DiversionPlan plan, PlanValidation validation) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("summary");
            gen.writeStringField("solver", plan.solver());
            gen.writeNumberField("offers", plan.offers().size());
            gen.writeNumberField("stays", plan.stays().size());
            gen.writeNumberField("expectedAccepted", round(plan.expectedAccepted()));
            gen.writeNumberField("expectedCompensation", plan.expectedCompensation().toYuan());
            gen.writeNumberField("compensationIfAllAccept", plan.compensationIfAllAccept().toYuan());
            gen.writeNumberField("expectedCost", plan.expectedCost().toYuan());
            gen.writeNumberField("expectedWaitSavedHours", round(plan.expectedWaitSavedHours()));
            gen.writeBooleanField("feasible", plan.feasible());
            gen.writeEndObject();
            JsonWrites.writeValidation(validation, gen);
            gen.writeArrayFieldStart("offers");
            for (Offer offer : plan.offers()) {
                gen.writeStartObject();
                gen.writeStringField("job", offer.job().value());
                gen.writeStringField("from", offer.from().value());
                gen.writeStringField("to", offer.to().value());
                gen.writeNumberField("driveMinutes", offer.driveMinutes());
                gen.writeNumberField("distanceKm", Math.round(offer.distanceKm() * 10) / 10.0);
                gen.writeNumberField("bayHours", round(offer.bayHours()));
                gen.writeNumberField("coupon", offer.coupon().toYuan());
                gen.writeNumberField("ride", offer.ride().toYuan());
                gen.writeNumberField("acceptance", round(offer.acceptance()));
                gen.writeNumberField("expectedCost", offer.expectedCost().toYuan());
                gen.writeStringField("reason", offer.reason());
                if (offer.fallback().isPresent()) {
                    Fallback fallback = offer.fallback().get();
                    gen.writeObjectFieldStart("fallback");
                    gen.writeStringField("to", fallback.to().value());
                    gen.writeNumberField("driveMinutes", fallback.driveMinutes());
                    gen.writeNumberField("acceptance", round(fallback.acceptance()));
                    gen.writeStringField("reason", fallback.reason());
                    gen.writeEndObject();
                }
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("stays");
            for (Stay stay : plan.stays()) {
                gen.writeStartObject();
                gen.writeStringField("job", stay.job().value());
                gen.writeStringField("store", stay.store().value());
                gen.writeNumberField("expectedWaitHours", round(stay.expectedWaitHours()));
                gen.writeNumberField("expectedCost", stay.expectedCost().toYuan());
                gen.writeStringField("reason", stay.reason());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * A rebalancing plan: {@code summary} (solver, freightMode, runs, moves, unitsMoved, valueMoved, freight, benefit,
     * net, deadStockUnitsRevived, deadStockValueRevived, unitsStillShort, incentivePoints; money in CNY),
     * {@code validation}, then {@code runs} (from, to, day, freight, units, the parts it carries), {@code moves} (each
     * with the index of its run and its share of the run's freight) and {@code shortfalls}.
     */
    public static String toJson(RebalancePlan plan, PlanValidation validation) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("summary");
            gen.writeStringField("solver", plan.solver());
            gen.writeStringField("freightMode", plan.freightMode().name());
            gen.writeNumberField("runs", plan.runs().size());
            gen.writeNumberField("moves", plan.moves().size());
            gen.writeNumberField("unitsMoved", plan.unitsMoved());
            gen.writeNumberField("valueMoved", plan.valueMoved().toYuan());
            gen.writeNumberField("freight", plan.totalFreight().toYuan());
            gen.writeNumberField("benefit", plan.totalBenefit().toYuan());
            gen.writeNumberField("net", plan.net().toYuan());
            gen.writeNumberField("deadStockUnitsRevived", plan.deadStockUnitsRevived());
            gen.writeNumberField("deadStockValueRevived", plan.deadStockValueRevived().toYuan());
            gen.writeNumberField("unitsStillShort", plan.unitsShort());
            gen.writeNumberField("incentivePoints", plan.incentivePoints());
            gen.writeEndObject();
            JsonWrites.writeValidation(validation, gen);
            gen.writeArrayFieldStart("runs");
            for (Run run : plan.runs()) {
                gen.writeStartObject();
                gen.writeStringField("from", run.from().value());
                gen.writeStringField("to", run.to().value());
                gen.writeStringField("day", run.day().toString());
                gen.writeNumberField("freight", run.freight().toYuan());
                gen.writeNumberField("units", run.units());
                gen.writeArrayFieldStart("parts");
                for (Move move : run.moves()) {
                    gen.writeString(move.part().value());
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("moves");
            for (int r = 0; r < plan.runs().size(); r++) {
                for (Move move : plan.runs().get(r).moves()) {
                    gen.writeStartObject();
                    gen.writeNumberField("run", r);
                    gen.writeStringField("from", move.from().value());
                    gen.writeStringField("to", move.to().value());
                    gen.writeStringField("part", move.part().value());
                    gen.writeNumberField("quantity", move.quantity());
                    gen.writeNumberField("value", move.value().toYuan());
                    gen.writeNumberField("freight", move.freight().toYuan());
                    gen.writeNumberField("benefit", move.benefit().toYuan());
                    gen.writeBooleanField("revivesDeadStock", move.revivesDeadStock());
                    gen.writeStringField("reason", move.reason());
                    gen.writeEndObject();
                }
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("shortfalls");
            for (Shortfall shortfall : plan.shortfalls()) {
                gen.writeStartObject();
                gen.writeStringField("store", shortfall.store().value());
                gen.writeStringField("part", shortfall.part().value());
                gen.writeNumberField("units", shortfall.units());
                gen.writeNumberField("backorderUnits", shortfall.backorderUnits());
                gen.writeStringField("why", shortfall.why());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }
}
