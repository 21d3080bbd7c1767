package dev.tandem.io.request;

import dev.tandem.io.internal.JsonDocuments;
import dev.tandem.io.internal.JsonFields;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;

import dev.tandem.divert.Job;
import dev.tandem.divert.JobId;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;

/**
 * Reads and writes the day's jobs for customer diversion (SOP 3) as JSON, checked against the network they are for;
 * see the README for the format. Every problem is reported at once with its path, as for snapshots. Thread-safe.
 */
public final class JobJson {

    /** A job longer than a day is not one job. */
    static final int MAX_HOURS = 24;
    /** The longest drive a customer may accept, in minutes. */
    static final int MAX_DRIVE_MINUTES = 600;
    static final int DEFAULT_MAX_DRIVE_MINUTES = 60;

    private static final ImmutableSet<String> REQUIRED = ImmutableSet.of("id", "store", "durationHours", "skill");
    private static final ImmutableSet<String> OPTIONAL = ImmutableSet.of("booked", "maxDriveMinutes", "vip");

    private JobJson() {
    }

    /**
     * @throws IOException if the file cannot be read
     * @throws InvalidSnapshotException listing every problem, if the jobs are invalid for {@code network}
     */
    public static List<Job> read(Path file, NetworkSnapshot network) throws IOException {
        return read(Files.readAllBytes(file), file.toString(), network);
    }

    public static List<Job> read(byte[] json, String source, NetworkSnapshot network) {
        Map<String, Integer> firstIndex = JsonDocuments.firstIndexes();
        return JsonDocuments.read(json, "job file", source, "jobs",
                (node, index, problems) -> readJob(node, index, network, problems, firstIndex));
    }

    private static Optional<Job> readJob(JsonNode node, int index, NetworkSnapshot network, List<InputError> problems,
            Map<String, Integer> firstIndex) {
        Optional<JsonFields> opened = JsonFields.open(node, "jobs[" + index + "]", problems, REQUIRED, OPTIONAL);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = opened.get();
        String id = fields.id("id");
        JsonDocuments.checkUnique(id, index, fields, "job", "jobs", firstIndex, problems);
        String store = fields.id("store");
        BigDecimal hours = fields.decimal("durationHours");
        String skill = fields.text("skill");
        if (fields.has("skill") && fields.node("skill").isTextual() && !Skill.isValidCode(skill)) {
            problems.add(new InputError(fields.at("skill"), "\"" + skill + "\" is not a skill code, such as HV_SYSTEM"));
        }
        Optional<OffsetDateTime> booked = fields.has("booked") ? Optional.of(fields.dateTime("booked"))
                : Optional.empty();
        int maxDrive = fields.wholeNumber("maxDriveMinutes", DEFAULT_MAX_DRIVE_MINUTES);
        boolean vip = fields.has("vip") && fields.node("vip").isBoolean() && fields.node("vip").asBoolean();
        if (fields.has("vip") && !fields.node("vip").isBoolean()) {
            problems.add(new InputError(fields.at("vip"), "expected true or false, found "
                    + JsonFields.describe(fields.node("vip"))));
        }
        if (!fields.isClean()) {
            return Optional.empty();
        }
        int before = problems.size();
        if (network.findStore(StoreId.of(store)).isEmpty()) {
            problems.add(new InputError(fields.at("store"), "unknown store \"" + store + "\""));
        }
        if (hours.signum() < 0) {
            problems.add(new InputError(fields.at("durationHours"), hours.toPlainString() + " is negative"));
        } else if (hours.signum() == 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0
                || hours.multiply(BigDecimal.valueOf(60)).stripTrailingZeros().scale() > 0) {
            problems.add(new InputError(fields.at("durationHours"), hours.toPlainString()
                    + " must be more than 0 and at most " + MAX_HOURS + ", in whole minutes"));
        }
        if (maxDrive <= 0 || maxDrive > MAX_DRIVE_MINUTES) {
            problems.add(new InputError(fields.at("maxDriveMinutes"), maxDrive + " must be from 1 to "
                    + MAX_DRIVE_MINUTES));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Job(JobId.of(id), StoreId.of(store),
                Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).longValueExact()), Skill.of(skill), booked,
                Duration.ofMinutes(maxDrive), vip));
    }

    /** The jobs as JSON, in the order given. */
    public static String toJson(List<Job> jobs) {
        return JsonDocuments.write("jobs", jobs, (job, gen) -> {
            gen.writeStringField("id", job.id().value());
            gen.writeStringField("store", job.store().value());
            gen.writeNumberField("durationHours", BigDecimal.valueOf(job.bayMinutes())
                    .divide(BigDecimal.valueOf(60), 6, RoundingMode.HALF_UP).stripTrailingZeros());
            gen.writeStringField("skill", job.skill().code());
            if (job.booked().isPresent()) {
                gen.writeStringField("booked", job.booked().get().toString());
            }
            gen.writeNumberField("maxDriveMinutes", job.maxDrive().toMinutes());
            if (job.vip()) {
                gen.writeBooleanField("vip", true);
            }
        });
    }
}
