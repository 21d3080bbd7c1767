package dev.tandem.io.snapshot;

import dev.tandem.io.internal.SnapshotPrettyPrinter;
import dev.tandem.io.internal.JsonWrites;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Part;
import dev.tandem.model.Skill;
import dev.tandem.model.StockLevel;
import dev.tandem.model.Store;
import dev.tandem.model.Technician;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;
import dev.tandem.travel.HaversineTravel;
import dev.tandem.travel.Leg;
import dev.tandem.travel.TravelMatrix;
import dev.tandem.travel.TravelModel;

/**
 * Reads and writes a {@link NetworkSnapshot} in the JSON interchange format, {@code formatVersion} 1 (see the
 * README). Reading validates everything and reports every problem at once in an
 * {@link InvalidSnapshotException}; unknown fields are problems too. Writing then reading gives an equal
 * snapshot. Thread-safe.
 */
public final class SnapshotJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SnapshotJson() {
    }

    /**
     * Reads a snapshot file.
     *
     * @throws IOException if the file cannot be read
     * @throws InvalidSnapshotException if the content is not a valid snapshot
     */
    public static NetworkSnapshot read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.toString());
    }

    /** Reads a snapshot from JSON text. */
    public static NetworkSnapshot read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), "text");
    }

    /**
     * Reads a snapshot from UTF-8 JSON bytes.
     *
     * @param source names the input in the error message, such as a file name
     * @throws InvalidSnapshotException if the bytes are not a valid snapshot
     */
    public static NetworkSnapshot read(byte[] json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidSnapshotException(source, List.of(notJson(e)));
        } catch (IOException e) {
            throw new InvalidSnapshotException(source, List.of(new InputError("$", "is not UTF-8 JSON: "
                    + e.getMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidSnapshotException(source, List.of(new InputError("$", "is empty, not a JSON document")));
        }
        JsonSnapshotReader reader = new JsonSnapshotReader();
        Optional<NetworkSnapshot> snapshot = reader.read(root);
        if (snapshot.isEmpty()) {
            throw new InvalidSnapshotException(source, reader.problems());
        }
        return snapshot.get();
    }

    /** Writes {@code snapshot} as UTF-8 JSON; the stream is left open. */
    public static void write(NetworkSnapshot snapshot, OutputStream out) throws IOException {
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.setPrettyPrinter(new SnapshotPrettyPrinter());
            writeSnapshot(snapshot, gen);
            gen.writeRaw('\n');
        }
    }

    public static void write(NetworkSnapshot snapshot, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(snapshot, out);
        }
    }

    public static String toJson(NetworkSnapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(snapshot, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed.", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static InputError notJson(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                + location.getColumnNr();
        return new InputError("$", "is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    private static void writeSnapshot(NetworkSnapshot snapshot, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("formatVersion", JsonSnapshotReader.FORMAT_VERSION);
        gen.writeStringField("asOf", JsonWrites.dateTime(snapshot.asOf()));
        gen.writeArrayFieldStart("stores");
        for (Store store : snapshot.stores()) {
            writeStore(store, gen);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("technicians");
        for (Technician technician : snapshot.technicians()) {
            writeTechnician(technician, gen);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("parts");
        for (Part part : snapshot.parts()) {
            gen.writeStartObject();
            gen.writeStringField("partNumber", part.number().value());
            gen.writeStringField("name", part.name());
            gen.writeNumberField("unitCost", part.unitCost().toYuan());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("stock");
        for (StockLevel level : snapshot.stock()) {
            writeStock(level, gen);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("capacity");
        for (CapacityDay day : snapshot.capacity()) {
            JsonWrites.writeCapacity(day, gen);
        }
        gen.writeEndArray();
        gen.writeFieldName("travel");
        writeTravel(snapshot.travel(), gen);
        gen.writeEndObject();
    }

    private static void writeStore(Store store, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", store.id().value());
        gen.writeStringField("name", store.name());
        gen.writeStringField("region", store.region());
        gen.writeNumberField("lat", store.location().lat());
        gen.writeNumberField("lon", store.location().lon());
        gen.writeNumberField("dailyCapacity", store.dailyCapacity());
        if (store.bayHours().isPresent()) {
            gen.writeNumberField("bayHours", store.bayHours().getAsDouble());
        }
        gen.writeEndObject();
    }

    private static void writeTechnician(Technician technician, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", technician.id().value());
        gen.writeStringField("name", technician.name());
        gen.writeStringField("store", technician.store().value());
        gen.writeStringField("level", technician.level().name());
        gen.writeArrayFieldStart("skills");
        for (Skill skill : technician.skills()) {
            gen.writeString(skill.code());
        }
        gen.writeEndArray();
        gen.writeStringField("status", technician.status().name());
        gen.writeArrayFieldStart("supportWindows");
        for (TimeWindow window : technician.supportWindows()) {
            gen.writeStartObject();
            gen.writeStringField("from", JsonWrites.dateTime(window.from()));
            gen.writeStringField("to", JsonWrites.dateTime(window.to()));
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeStock(StockLevel level, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("store", level.store().value());
        gen.writeStringField("part", level.part().value());
        gen.writeNumberField("onHand", level.onHand());
        gen.writeNumberField("reserved", level.reserved());
        gen.writeNumberField("safetyStock", level.safetyStock());
        gen.writeNumberField("avgDailyDemand", level.avgDailyDemand());
        if (level.lastMovement().isPresent()) {
            gen.writeStringField("lastMovement", level.lastMovement().get().toString());
        }
        if (level.backorders() != 0) {
            gen.writeNumberField("backorders", level.backorders());
        }
        gen.writeEndObject();
    }

    private static void writeTravel(TravelModel travel, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        HaversineTravel haversine;
        if (travel instanceof TravelMatrix matrix) {
            gen.writeStringField("model", "matrix");
            haversine = matrix.fallback();
        } else {
            gen.writeStringField("model", "haversine");
            haversine = (HaversineTravel) travel;
        }
        gen.writeNumberField("roadFactor", haversine.roadFactor());
        gen.writeNumberField("speedKmh", haversine.speedKmh());
        if (travel instanceof TravelMatrix matrix) {
            gen.writeArrayFieldStart("legs");
            for (var entry : matrix.legs().entrySet()) {
                Leg leg = entry.getValue();
                gen.writeStartObject();
                gen.writeStringField("from", entry.getKey().from().value());
                gen.writeStringField("to", entry.getKey().to().value());
                gen.writeNumberField("km", leg.distanceKm());
                gen.writeNumberField("minutes", leg.driveMinutes());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }
}
