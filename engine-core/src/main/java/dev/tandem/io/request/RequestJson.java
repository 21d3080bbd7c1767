package dev.tandem.io.request;

import dev.tandem.io.internal.JsonDocuments;
import dev.tandem.io.internal.JsonFields;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;

import dev.tandem.model.Level;
import dev.tandem.model.RequestId;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.SupportRequest;
import dev.tandem.model.TechnicianId;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;

/**
 * Reads and writes support requests (SOP 2) as JSON, checked against the network they are for; see the README
 * for the format. Every problem is reported at once with its path, as for snapshots. Thread-safe.
 */
public final class RequestJson {

    /** A working day: a support job longer than this is two requests. */
    static final int MAX_HOURS = 10;

    private static final ImmutableSet<String> REQUIRED =
            ImmutableSet.of("id", "store", "skill", "minimumLevel", "earliest", "latest", "hours", "priority");
    private static final ImmutableSet<String> OPTIONAL = ImmutableSet.of("pinnedTechnician", "pinnedDate", "urgent");

    private RequestJson() {
    }

    /**
     * @throws IOException if the file cannot be read
     * @throws dev.tandem.network.InvalidSnapshotException listing every problem, if the requests are invalid for
     *     {@code network}
     */
    public static List<SupportRequest> read(Path file, NetworkSnapshot network) throws IOException {
        return read(Files.readAllBytes(file), file.toString(), network);
    }

    public static List<SupportRequest> read(byte[] json, String source, NetworkSnapshot network) {
        Map<String, Integer> firstIndex = JsonDocuments.firstIndexes();
        return JsonDocuments.read(json, "request file", source, "requests",
                (node, index, problems) -> readRequest(node, index, network, problems, firstIndex));
    }

    private static Optional<SupportRequest> readRequest(JsonNode node, int index, NetworkSnapshot network,
            List<InputError> problems, Map<String, Integer> firstIndex) {
        String path = "requests[" + index + "]";
        Optional<JsonFields> opened = JsonFields.open(node, path, problems, REQUIRED, OPTIONAL);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = opened.get();
        String id = fields.id("id");
        JsonDocuments.checkUnique(id, index, fields, "request", "requests", firstIndex, problems);
        String store = fields.id("store");
        String skill = fields.text("skill");
        if (fields.has("skill") && fields.node("skill").isTextual() && !Skill.isValidCode(skill)) {
            problems.add(new InputError(fields.at("skill"), "\"" + skill + "\" is not a skill code, such as HV_SYSTEM"));
        }
        Level level = fields.constant("minimumLevel", Level.class, "level");
        LocalDate earliest = fields.date("earliest");
        LocalDate latest = fields.date("latest");
        BigDecimal hours = fields.decimal("hours");
        int priority = fields.wholeNumber("priority");
        String technician = fields.has("pinnedTechnician") ? fields.id("pinnedTechnician") : "";
        Optional<LocalDate> pinnedDate = fields.has("pinnedDate") ? Optional.of(fields.date("pinnedDate"))
                : Optional.empty();
        boolean urgent = fields.has("urgent") && fields.node("urgent").isBoolean() && fields.node("urgent").asBoolean();
        if (fields.has("urgent") && !fields.node("urgent").isBoolean()) {
            problems.add(new InputError(fields.at("urgent"), "expected true or false, found "
                    + JsonFields.describe(fields.node("urgent"))));
        }
        if (!fields.isClean()) {
            return Optional.empty();
        }
        int before = problems.size();
        if (network.findStore(StoreId.of(store)).isEmpty()) {
            problems.add(new InputError(fields.at("store"), "unknown store \"" + store + "\""));
        }
        Optional<TechnicianId> pinned = technician.isBlank() ? Optional.empty()
                : Optional.of(TechnicianId.of(technician));
        if (pinned.isPresent() && network.findTechnician(pinned.get()).isEmpty()) {
            problems.add(new InputError(fields.at("pinnedTechnician"), "unknown technician \"" + technician + "\""));
        }
        if (latest.isBefore(earliest)) {
            problems.add(new InputError(fields.at("latest"), latest + " is before earliest (" + earliest + ")"));
        }
        if (pinnedDate.isPresent() && (pinnedDate.get().isBefore(earliest) || pinnedDate.get().isAfter(latest))) {
            problems.add(new InputError(fields.at("pinnedDate"), pinnedDate.get() + " is outside earliest to latest"));
        }
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0) {
            problems.add(new InputError(fields.at("hours"), hours.toPlainString() + " must be more than 0 and at most "
                    + MAX_HOURS));
        }
        if (priority < 1 || priority > 5) {
            problems.add(new InputError(fields.at("priority"), priority + " must be from 1 to 5"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        Duration duration = Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).longValue());
        return Optional.of(new SupportRequest(RequestId.of(id), StoreId.of(store), Skill.of(skill), level, earliest,
                latest, duration, priority, pinned, pinnedDate, urgent));
    }

    /** The requests as JSON, in the order given. */
    public static String toJson(List<SupportRequest> requests) {
        return JsonDocuments.write("requests", requests, (request, gen) -> {
            gen.writeStringField("id", request.id().value());
            gen.writeStringField("store", request.store().value());
            gen.writeStringField("skill", request.skill().code());
            gen.writeStringField("minimumLevel", request.minimumLevel().name());
            gen.writeStringField("earliest", request.earliest().toString());
            gen.writeStringField("latest", request.latest().toString());
            gen.writeNumberField("hours", request.duration().toMinutes() / 60.0);
            gen.writeNumberField("priority", request.priority());
            if (request.pinnedTechnician().isPresent()) {
                gen.writeStringField("pinnedTechnician", request.pinnedTechnician().get().value());
            }
            if (request.pinnedDate().isPresent()) {
                gen.writeStringField("pinnedDate", request.pinnedDate().get().toString());
            }
            if (request.urgent()) {
                gen.writeBooleanField("urgent", true);
            }
        });
    }
}
