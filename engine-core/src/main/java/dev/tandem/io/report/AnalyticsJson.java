package dev.tandem.io.report;

import dev.tandem.io.internal.JsonWrites;
import dev.tandem.io.internal.JsonText;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.tandem.deadstock.DeadStockItem;
import dev.tandem.deadstock.DeadStockReport;
import dev.tandem.deadstock.RevivalPlan;
import dev.tandem.forecast.Backtest;
import dev.tandem.forecast.CapacityForecast;
import dev.tandem.forecast.ForecastDay;
import dev.tandem.forecast.OverloadWarning;
import dev.tandem.forecast.StoreForecast;
import dev.tandem.model.StoreId;
import dev.tandem.rebalance.Move;
import dev.tandem.model.PlanValidation;

/**
 * Writes the answers of the early warnings as JSON: the capacity forecast with its backtest, and dead stock with
 * where it can go. Money is CNY with two decimals, utilization a ratio (1.07 is 107 %), MAPE in percent.
 */
public final class AnalyticsJson {

    private AnalyticsJson() {
    }

    /**
     * {@code {settings, backtest: {weeks, scores: [{method, mape, daysScored, byStore}]}, warnings: [...],
     * stores: [{store, name, days: [{date, capacity, forecastBooked, bookedSoFar, utilization, state}]}],
     * skipped}}.
     */
    public static String toJson(CapacityForecast forecast) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("settings");
            gen.writeStringField("method", forecast.method());
            gen.writeNumberField("days", forecast.settings().days());
            gen.writeNumberField("backtestWeeks", forecast.settings().backtestWeeks());
            gen.writeNumberField("overloadedAt", forecast.settings().thresholds().overloadedAt());
            gen.writeNumberField("idleBelow", forecast.settings().thresholds().idleBelow());
            gen.writeEndObject();
            writeBacktest(forecast.backtest(), gen);
            gen.writeArrayFieldStart("warnings");
            for (OverloadWarning warning : forecast.warnings()) {
                gen.writeStartObject();
                gen.writeStringField("store", warning.store().id().value());
                gen.writeStringField("date", warning.date().toString());
                gen.writeNumberField("daysAhead", warning.daysAhead());
                gen.writeNumberField("utilization", round(warning.day().utilization(), 3));
                gen.writeNumberField("jobsOver", warning.jobsOver());
                gen.writeStringField("message", warning.message());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("stores");
            for (StoreForecast store : forecast.stores()) {
                gen.writeStartObject();
                gen.writeStringField("store", store.store().id().value());
                gen.writeStringField("name", store.store().name());
                gen.writeArrayFieldStart("days");
                for (ForecastDay day : store.days()) {
                    gen.writeStartObject();
                    gen.writeStringField("date", day.date().toString());
                    gen.writeNumberField("capacity", day.capacity());
                    gen.writeNumberField("forecastBooked", round(day.forecastBooked(), 2));
                    gen.writeNumberField("bookedSoFar", day.bookedSoFar());
                    gen.writeNumberField("utilization", round(day.utilization(), 3));
                    gen.writeStringField("state", day.state().name());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("skipped");
            for (String skipped : forecast.skipped()) {
                gen.writeString(skipped);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    /**
     * {@code {rule, summary, validation, stores: [{store, name, units, value, items: [{part, name, units, value,
     * daysIdle, daysOfCover, reason, unitsPlaced, destinations: [{to, quantity, freight, benefit}]}]}]}}; a cover
     * without demand is {@code null}, as JSON has no infinity.
     */
    public static String toJson(RevivalPlan revival, PlanValidation validation) {
        DeadStockReport report = revival.report();
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("rule");
            gen.writeNumberField("idleDays", report.rule().idleDays());
            gen.writeNumberField("coverDays", report.rule().coverDays());
            gen.writeEndObject();
            gen.writeObjectFieldStart("summary");
            gen.writeStringField("date", report.today().toString());
            gen.writeNumberField("items", report.items().size());
            gen.writeNumberField("units", report.totalUnits());
            gen.writeNumberField("value", report.totalValue().toYuan());
            gen.writeStringField("solver", revival.plan().solver());
            gen.writeNumberField("moves", revival.plan().moves().size());
            gen.writeNumberField("valuePlaced", revival.valuePlaced().toYuan());
            gen.writeEndObject();
            JsonWrites.writeValidation(validation, gen);
            gen.writeArrayFieldStart("stores");
            for (DeadStockReport.StoreTotal store : report.stores()) {
                gen.writeStartObject();
                gen.writeStringField("store", store.store().id().value());
                gen.writeStringField("name", store.store().name());
                gen.writeNumberField("units", store.units());
                gen.writeNumberField("value", store.value().toYuan());
                gen.writeArrayFieldStart("items");
                for (DeadStockItem item : store.items()) {
                    writeItem(revival, item, gen);
                }
                gen.writeEndArray();
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    private static void writeItem(RevivalPlan revival, DeadStockItem item, JsonGenerator gen)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("part", item.part().number().value());
        gen.writeStringField("name", item.part().name());
        gen.writeNumberField("units", item.units());
        gen.writeNumberField("value", item.value().toYuan());
        if (item.daysIdle().isPresent()) {
            gen.writeNumberField("daysIdle", item.daysIdle().get());
        } else {
            gen.writeNullField("daysIdle");
        }
        if (Double.isFinite(item.daysOfCover())) {
            gen.writeNumberField("daysOfCover", round(item.daysOfCover(), 1));
        } else {
            gen.writeNullField("daysOfCover");
        }
        gen.writeStringField("reason", item.reason());
        gen.writeNumberField("unitsPlaced", revival.unitsPlaced(item));
        gen.writeArrayFieldStart("destinations");
        for (Move move : revival.destinationsOf(item)) {
            gen.writeStartObject();
            gen.writeStringField("to", move.to().value());
            gen.writeNumberField("quantity", move.quantity());
            gen.writeNumberField("freight", move.freight().toYuan());
            gen.writeNumberField("benefit", move.benefit().toYuan());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeBacktest(Backtest backtest, JsonGenerator gen) throws IOException {
        gen.writeObjectFieldStart("backtest");
        gen.writeNumberField("weeks", backtest.weeks());
        gen.writeArrayFieldStart("scores");
        for (Backtest.Score score : backtest.scores()) {
            gen.writeStartObject();
            gen.writeStringField("method", score.method());
            writeOptional("mape", score.mape(), gen);
            gen.writeNumberField("daysScored", score.daysScored());
            gen.writeObjectFieldStart("byStore");
            for (Map.Entry<StoreId, Double> store : score.byStore().entrySet()) {
                gen.writeNumberField(store.getKey().value(), round(store.getValue(), 2));
            }
            gen.writeEndObject();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeOptional(String field, OptionalDouble value, JsonGenerator gen) throws IOException {
        if (value.isPresent()) {
            gen.writeNumberField(field, round(value.getAsDouble(), 2));
        } else {
            gen.writeNullField(field);
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
