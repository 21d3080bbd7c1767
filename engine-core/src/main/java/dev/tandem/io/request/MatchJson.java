package dev.tandem.io.request;

import dev.tandem.io.internal.JsonText;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.tandem.match.ReceivingMatch;
import dev.tandem.match.ReceivingOption;
import dev.tandem.match.Rejection;
import dev.tandem.match.SplitProposal;
import dev.tandem.match.TechnicianMatch;
import dev.tandem.match.TechnicianOption;
import dev.tandem.match.TransferAdvice;
import dev.tandem.match.TransferOption;
import dev.tandem.model.Money;

/**
 * The answers of the matching core as JSON for machines (see the README for the forms). Minutes and kilometres
 * are rounded to one decimal, money is CNY with two decimals, an infinite days-of-cover is {@code null}.
 * Thread-safe.
 */
public final class MatchJson {

    private MatchJson() {
    }

    public static String toJson(TransferAdvice advice) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("request");
            gen.writeStringField("store", advice.request().store().value());
            gen.writeStringField("part", advice.request().part().value());
            gen.writeNumberField("quantity", advice.request().quantity());
            gen.writeNumberField("promiseMinutes", advice.request().promise().toMinutes());
            gen.writeNumberField("limit", advice.request().limit());
            gen.writeEndObject();
            gen.writeArrayFieldStart("options");
            for (TransferOption option : advice.options()) {
                writeTransferOption(option, gen);
            }
            gen.writeEndArray();
            gen.writeFieldName("split");
            if (advice.split().isPresent()) {
                SplitProposal split = advice.split().get();
                gen.writeStartObject();
                gen.writeArrayFieldStart("legs");
                for (TransferOption leg : split.legs()) {
                    writeTransferOption(leg, gen);
                }
                gen.writeEndArray();
                gen.writeNumberField("covered", split.covered());
                gen.writeNumberField("uncovered", split.uncovered());
                gen.writeEndObject();
            } else {
                gen.writeNull();
            }
            writeMisses(advice.misses(), gen);
            gen.writeEndObject();
        });
    }

    public static String toJson(TechnicianMatch match) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("request");
            gen.writeStringField("store", match.request().store().value());
            gen.writeStringField("skill", match.request().skill().code());
            gen.writeStringField("minimumLevel", match.request().minimumLevel().name());
            gen.writeStringField("from", match.request().window().from().toString());
            gen.writeStringField("to", match.request().window().to().toString());
            gen.writeEndObject();
            gen.writeArrayFieldStart("options");
            for (TechnicianOption option : match.options()) {
                gen.writeStartObject();
                gen.writeStringField("technician", option.technician().id().value());
                gen.writeStringField("name", option.technician().name());
                gen.writeStringField("store", option.home().id().value());
                gen.writeStringField("level", option.technician().level().name());
                gen.writeNumberField("driveMinutes", tenth(option.driveMinutes()));
                gen.writeNumberField("distanceKm", tenth(option.distanceKm()));
                gen.writeStringField("subsidyBand", option.band().name());
                gen.writeNumberField("subsidy", yuan(option.subsidy()));
                gen.writeStringField("reason", option.reason());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            writeMisses(match.misses(), gen);
            gen.writeEndObject();
        });
    }

    public static String toJson(ReceivingMatch match) {
        return JsonText.write(gen -> {
            gen.writeStartObject();
            gen.writeObjectFieldStart("request");
            gen.writeStringField("store", match.request().store().value());
            gen.writeNumberField("jobHours", match.request().jobHours());
            gen.writeStringField("skill", match.request().skill().code());
            gen.writeStringField("date", match.request().date().toString());
            gen.writeNumberField("maxDriveMinutes", match.request().maxDrive().toMinutes());
            gen.writeEndObject();
            gen.writeArrayFieldStart("options");
            for (ReceivingOption option : match.options()) {
                gen.writeStartObject();
                gen.writeStringField("store", option.store().id().value());
                gen.writeStringField("name", option.store().name());
                gen.writeNumberField("driveMinutes", tenth(option.driveMinutes()));
                gen.writeNumberField("distanceKm", tenth(option.distanceKm()));
                gen.writeNumberField("spareJobs", option.spareJobs());
                gen.writeNumberField("utilization", BigDecimal.valueOf(option.utilization())
                        .setScale(3, RoundingMode.HALF_UP));
                gen.writeStringField("reason", option.reason());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            writeMisses(match.misses(), gen);
            gen.writeEndObject();
        });
    }

    private static void writeTransferOption(TransferOption option, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("source", option.source().id().value());
        gen.writeStringField("name", option.source().name());
        gen.writeNumberField("quantity", option.quantity());
        gen.writeNumberField("spare", option.spare());
        gen.writeNumberField("etaMinutes", tenth(option.etaMinutes()));
        gen.writeNumberField("distanceKm", tenth(option.distanceKm()));
        gen.writeNumberField("freight", yuan(option.freight()));
        gen.writeFieldName("daysOfCoverLeft");
        if (Double.isInfinite(option.daysOfCoverLeft())) {
            gen.writeNull();
        } else {
            gen.writeNumber(tenth(option.daysOfCoverLeft()));
        }
        gen.writeBooleanField("dipsIntoSafetyStock", option.dipsIntoSafetyStock());
        gen.writeBooleanField("meetsPromise", option.meetsPromise());
        gen.writeStringField("reason", option.reason());
        gen.writeEndObject();
    }

    private static void writeMisses(List<Rejection> misses, JsonGenerator gen) throws IOException {
        gen.writeArrayFieldStart("misses");
        for (Rejection miss : misses) {
            gen.writeStartObject();
            gen.writeStringField("store", miss.store().id().value());
            if (miss.technician().isPresent()) {
                gen.writeStringField("technician", miss.technician().get().value());
            }
            gen.writeStringField("rule", miss.rule().name());
            gen.writeStringField("detail", miss.detail());
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static BigDecimal tenth(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal yuan(Money money) {
        return money.toYuan();
    }
}
