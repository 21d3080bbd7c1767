package dev.tandem.io.report;

import dev.tandem.io.internal.JsonWrites;
import dev.tandem.io.internal.JsonText;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.tandem.kpi.Breach;
import dev.tandem.kpi.ServiceLevel;
import dev.tandem.kpi.StorePoints;
import dev.tandem.ledger.RecordKind;
import dev.tandem.model.Money;
import dev.tandem.report.WeeklyReport;

/**
 * Writes reports as JSON: money in CNY as decimal numbers, durations in minutes with one decimal, a missing mean
 * (nothing to average) as {@code null}. Thread-safe.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static String toJson(WeeklyReport report) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeStringField("week", report.week().toString());
            gen.writeStringField("from", report.week().monday().toString());
            gen.writeStringField("to", report.week().sunday().toString());
            gen.writeStringField("asOf", JsonWrites.dateTime(report.asOf()));

            WeeklyReport.Transfers transfers = report.transfers();
            gen.writeObjectFieldStart("transfers");
            gen.writeNumberField("requested", transfers.requested());
            gen.writeNumberField("done", transfers.done());
            minutes(gen, "meanResponseMinutes", transfers.meanResponse());
            gen.writeNumberField("customersRetained", transfers.customersRetained());
            money(gen, "retainedValue", transfers.retainedValue());
            gen.writeEndObject();

            WeeklyReport.Support support = report.support();
            gen.writeObjectFieldStart("support");
            gen.writeNumberField("requested", support.requested());
            gen.writeNumberField("done", support.done());
            gen.writeNumberField("faultsSolved", support.faultsSolved());
            decimal(gen, "meanSatisfaction", support.meanSatisfaction());
            gen.writeEndObject();

            WeeklyReport.Diversions diversions = report.diversions();
            gen.writeObjectFieldStart("diversions");
            gen.writeNumberField("offered", diversions.offered());
            gen.writeNumberField("accepted", diversions.accepted());
            decimal(gen, "acceptanceRatePercent", diversions.acceptanceRate());
            gen.writeNumberField("served", diversions.served());
            money(gen, "compensation", diversions.compensation());
            money(gen, "retainedValue", diversions.retainedValue());
            gen.writeEndObject();

            money(gen, "retainedValue", report.value().gross());
            money(gen, "collaborationCost", report.value().cost());
            money(gen, "valueCreated", report.valueCreated());
            gen.writeArrayFieldStart("contributions");
            for (StorePoints store : report.contributions()) {
                gen.writeStartObject();
                gen.writeStringField("store", store.store().value());
                for (RecordKind kind : RecordKind.values()) {
                    gen.writeNumberField(camelCase(kind.name()), store.records(kind));
                }
                gen.writeNumberField("points", store.points());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            serviceLevel(gen, report.serviceLevel());
            gen.writeEndObject();
        });
    }

    private static void serviceLevel(JsonGenerator gen, ServiceLevel level) throws IOException {
        gen.writeObjectFieldStart("serviceLevel");
        gen.writeNumberField("requests", level.requests());
        gen.writeNumberField("answered", level.answered());
        minutes(gen, "meanAnswerMinutes", level.meanAnswerTime());
        minutes(gen, "meanFulfilmentMinutes", level.meanFulfilmentTime());
        gen.writeObjectFieldStart("breaches");
        for (Breach breach : Breach.values()) {
            gen.writeNumberField(camelCase(breach.name()), level.breaches(breach));
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /** {@code DEAD_STOCK_REVIVAL} as {@code deadStockRevival}. */
    private static String camelCase(String constant) {
        StringBuilder name = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    private static void money(JsonGenerator gen, String field, Money money) throws IOException {
        gen.writeNumberField(field, money.toYuan());
    }

    private static void minutes(JsonGenerator gen, String field, Optional<Duration> duration) throws IOException {
        decimal(gen, field, duration.map(value -> BigDecimal.valueOf(value.toSeconds())
                .divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)));
    }

    private static void decimal(JsonGenerator gen, String field, Optional<BigDecimal> value) throws IOException {
        if (value.isPresent()) {
            gen.writeNumberField(field, value.get());
        } else {
            gen.writeNullField(field);
        }
    }
}
