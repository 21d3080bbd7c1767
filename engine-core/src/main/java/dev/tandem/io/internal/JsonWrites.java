package dev.tandem.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.PlanValidation;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Writers of values that several documents share. */
public final class JsonWrites {

    private JsonWrites() {
    }

    /** Always with seconds, as RFC 3339 wants: {@code 2026-11-27T09:00:00+08:00}. */
    public static String dateTime(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
    /** One capacity day as the snapshot and the booking history write it. */
    public static void writeCapacity(CapacityDay day, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("store", day.store().value());
        gen.writeStringField("date", day.date().toString());
        gen.writeNumberField("capacity", day.capacity());
        gen.writeNumberField("booked", day.booked());
        gen.writeEndObject();
    }
    public static void writeValidation(PlanValidation validation, JsonGenerator gen) throws IOException {
        gen.writeObjectFieldStart("validation");
        gen.writeBooleanField("valid", validation.valid());
        gen.writeArrayFieldStart("violations");
        for (String violation : validation.violations()) {
            gen.writeString(violation);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
