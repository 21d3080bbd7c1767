package dev.tandem.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;

import dev.tandem.divert.Job;
import dev.tandem.divert.JobId;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.Problem;

/**
 * Reads and writes the day's jobs for customer diversion (SOP 3) as JSON, checked against the network they are for;
 * see the README for the format. Every problem is reported at once with its path, as for snapshots. Thread-safe.
 */
public final class JobJson {

    static final int FORMAT_VERSION = 1;
    /** A job longer than a day is not one job. */
    static final int MAX_HOURS = 24;
    /** The longest drive a customer may accept, in minutes. */
    static final int MAX_DRIVE_MINUTES = 600;
    static final int DEFAULT_MAX_DRIVE_MINUTES = 60;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ImmutableSet<String> TOP = ImmutableSet.of("formatVersion", "jobs");
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
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidSnapshotException(source, List.of(new Problem("$", "is not valid JSON: "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidSnapshotException(source, List.of(new Problem("$", "is not UTF-8 JSON")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        if (root == null || root.isMissingNode()) {
            problems.add(new Problem("$", "is empty, not a JSON document"));
        } else {
            JsonFields.open(root, "$", problems, TOP, ImmutableSet.of()).ifPresent(top -> {
                JsonNode version = top.node("formatVersion");
                if (version != null && (!version.isIntegralNumber() || version.asLong() != FORMAT_VERSION)) {
                    problems.add(new Problem("formatVersion", version + " is not supported; this version of Tandem "
                            + "reads formatVersion " + FORMAT_VERSION));
                    return;
                }
                List<JsonNode> nodes = top.array("jobs");
                Map<String, Integer> firstIndex = new HashMap<>();
                for (int i = 0; i < nodes.size(); i++) {
                    readJob(nodes.get(i), i, network, problems, firstIndex).ifPresent(jobs::add);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidSnapshotException(source, problems);
        }
        return jobs;
    }

    private static Optional<Job> readJob(JsonNode node, int index, NetworkSnapshot network, List<Problem> problems,
            Map<String, Integer> firstIndex) {
        Optional<JsonFields> opened = JsonFields.open(node, "jobs[" + index + "]", problems, REQUIRED, OPTIONAL);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = opened.get();
        String id = fields.id("id");
        if (!id.isBlank()) {
            Integer first = firstIndex.putIfAbsent(id, index);
            if (first != null) {
                problems.add(new Problem(fields.at("id"), "duplicate job id \"" + id + "\" (first at jobs[" + first
                        + "])"));
            }
        }
        String store = fields.id("store");
        BigDecimal hours = fields.decimal("durationHours");
        String skill = fields.text("skill");
        if (fields.has("skill") && fields.node("skill").isTextual() && !Skill.isValidCode(skill)) {
            problems.add(new Problem(fields.at("skill"), "\"" + skill + "\" is not a skill code, such as HV_SYSTEM"));
        }
        Optional<OffsetDateTime> booked = fields.has("booked") ? Optional.of(fields.dateTime("booked"))
                : Optional.empty();
        int maxDrive = fields.wholeNumber("maxDriveMinutes", DEFAULT_MAX_DRIVE_MINUTES);
        boolean vip = fields.has("vip") && fields.node("vip").isBoolean() && fields.node("vip").asBoolean();
        if (fields.has("vip") && !fields.node("vip").isBoolean()) {
            problems.add(new Problem(fields.at("vip"), "expected true or false, found "
                    + JsonFields.describe(fields.node("vip"))));
        }
        if (!fields.isClean()) {
            return Optional.empty();
        }
        int before = problems.size();
        if (network.findStore(StoreId.of(store)).isEmpty()) {
            problems.add(new Problem(fields.at("store"), "unknown store \"" + store + "\""));
        }
        if (hours.signum() < 0) {
            problems.add(new Problem(fields.at("durationHours"), hours.toPlainString() + " is negative"));
        } else if (hours.signum() == 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS)) > 0
                || hours.multiply(BigDecimal.valueOf(60)).stripTrailingZeros().scale() > 0) {
            problems.add(new Problem(fields.at("durationHours"), hours.toPlainString()
                    + " must be more than 0 and at most " + MAX_HOURS + ", in whole minutes"));
        }
        if (maxDrive <= 0 || maxDrive > MAX_DRIVE_MINUTES) {
            problems.add(new Problem(fields.at("maxDriveMinutes"), maxDrive + " must be from 1 to "
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.setPrettyPrinter(new SnapshotPrettyPrinter());
            gen.writeStartObject();
            gen.writeNumberField("formatVersion", FORMAT_VERSION);
            gen.writeArrayFieldStart("jobs");
            for (Job job : jobs) {
                gen.writeStartObject();
                gen.writeStringField("id", job.id().value());
                gen.writeStringField("store", job.store().value());
                gen.writeNumberField("durationHours", BigDecimal.valueOf(job.bayMinutes())
                        .divide(BigDecimal.valueOf(60), 6, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
                gen.writeStringField("skill", job.skill().code());
                if (job.booked().isPresent()) {
                    gen.writeStringField("booked", job.booked().get().toString());
                }
                gen.writeNumberField("maxDriveMinutes", job.maxDrive().toMinutes());
                if (job.vip()) {
                    gen.writeBooleanField("vip", true);
                }
                gen.writeEndObject();
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
