package dev.tandem.io.history;

import dev.tandem.network.InvalidInputException;
import dev.tandem.io.internal.HistoryRows;
import dev.tandem.io.internal.JsonWrites;
import dev.tandem.io.internal.JsonDocument;
import dev.tandem.io.internal.JsonFields;
import dev.tandem.io.internal.SnapshotPrettyPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;

import dev.tandem.forecast.BookingHistory;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.StoreId;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;

/**
 * Reads and writes a booking history as JSON, checked against the network it belongs to; every problem is
 * reported at once at its path, as for snapshots. Thread-safe.
 *
 * <pre>{@code
 * {"formatVersion": 1,
 *  "days": [{"store": "SZ", "date": "2026-11-26", "capacity": 30, "booked": 31}]}
 * }</pre>
 *
 * <p>Each day: {@code store} (an id of the network), {@code date} (before the snapshot's date, within two
 * years), {@code capacity} (positive) and {@code booked} (0 or more); one day per store and date. Unknown
 * fields are an error.
 */
public final class BookingHistoryJson {

    static final String WHAT = "booking history";

    private static final ImmutableSet<String> TOP = ImmutableSet.of("formatVersion", "days");
    private static final ImmutableSet<String> DAY = ImmutableSet.of("store", "date", "capacity", "booked");

    private BookingHistoryJson() {
    }

    /**
     * @throws IOException if the file cannot be read
     * @throws InvalidSnapshotException listing every problem, if the history is invalid for {@code network}
     */
    public static BookingHistory read(Path file, NetworkSnapshot network) throws IOException {
        return read(Files.readAllBytes(file), file.toString(), network);
    }

    /** @throws InvalidSnapshotException listing every problem, if the history is invalid for {@code network} */
    public static BookingHistory read(byte[] json, String source, NetworkSnapshot network) {
        List<InputError> problems = new ArrayList<>();
        HistoryRows rows = new HistoryRows(network);
        JsonDocument.open(json, WHAT, source, TOP, problems).ifPresent(top -> {
            List<JsonNode> days = top.array("days");
            for (int i = 0; i < days.size(); i++) {
                readDay(days.get(i), "days[" + i + "]", rows, problems);
            }
            if (top.has("days") && top.node("days").isArray() && days.isEmpty()) {
                problems.add(new InputError("days", "is empty; give at least two weeks of days"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(WHAT, source, problems);
        }
        return BookingHistory.of(rows.days());
    }

    private static void readDay(JsonNode node, String path, HistoryRows rows, List<InputError> problems) {
        JsonFields.open(node, path, problems, DAY, ImmutableSet.of()).ifPresent(fields -> {
            String store = fields.id("store");
            LocalDate date = fields.date("date");
            int capacity = fields.wholeNumber("capacity");
            int booked = fields.wholeNumber("booked");
            if (fields.isClean()) {
                rows.add(StoreId.of(store), date, capacity, booked, path,
                        (field, message) -> problems.add(new InputError(fields.at(field), message)));
            }
        });
    }

    /** The history as JSON, one day per line, in the history's order. */
    public static String toJson(BookingHistory history) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = new JsonFactory().createGenerator(out)) {
            gen.setPrettyPrinter(new SnapshotPrettyPrinter());
            gen.writeStartObject();
            gen.writeNumberField("formatVersion", JsonDocument.FORMAT_VERSION);
            gen.writeArrayFieldStart("days");
            for (CapacityDay day : history.days()) {
                JsonWrites.writeCapacity(day, gen);
            }
            gen.writeEndArray();
            gen.writeEndObject();
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed.", e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
