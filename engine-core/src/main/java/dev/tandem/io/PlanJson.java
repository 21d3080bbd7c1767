package dev.tandem.io;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.tandem.model.Money;
import dev.tandem.plan.DispatchPlan;
import dev.tandem.plan.Move;
import dev.tandem.plan.PlanValidation;
import dev.tandem.plan.RebalancePlan;
import dev.tandem.plan.Shortfall;
import dev.tandem.plan.Trip;
import dev.tandem.plan.UnassignedRequest;

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
            writeValidation(validation, gen);
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

    static void writeValidation(PlanValidation validation, JsonGenerator gen) throws IOException {
        gen.writeObjectFieldStart("validation");
        gen.writeBooleanField("valid", validation.valid());
        gen.writeArrayFieldStart("violations");
        for (String violation : validation.violations()) {
            gen.writeString(violation);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    public static String toJson(RebalancePlan plan, PlanValidation validation) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("summary");
            gen.writeStringField("solver", plan.solver());
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
            writeValidation(validation, gen);
            gen.writeArrayFieldStart("moves");
            for (Move move : plan.moves()) {
                gen.writeStartObject();
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
