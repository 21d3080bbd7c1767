package dev.tandem.service;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;

/**
 * The service's one JSON mapper: records as objects, times as ISO-8601 text, empty optionals left out. Values the
 * library already writes as JSON (advice, plans, reports) are embedded as parsed trees, so the API shows the same
 * documents the command line writes.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(domainValues())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);

    private Json() {
    }

    /** The library's typed ids and codes as plain strings, money as yuan. */
    private static SimpleModule domainValues() {
        SimpleModule module = new SimpleModule("tandem-values");
        module.addSerializer(StoreId.class, text(StoreId::value));
        module.addSerializer(PartNumber.class, text(PartNumber::value));
        module.addSerializer(TechnicianId.class, text(TechnicianId::value));
        module.addSerializer(RequestId.class, text(RequestId::value));
        module.addSerializer(Skill.class, text(Skill::code));
        module.addSerializer(Money.class, new StdSerializer<>(Money.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(value.toYuan());
            }
        });
        return module;
    }

    private static <T> StdSerializer<T> text(Function<T, String> value) {
        return new StdSerializer<>((Class<T>) null, false) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T item, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.apply(item));
            }
        };
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses JSON the library wrote, to embed it in a response. */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
