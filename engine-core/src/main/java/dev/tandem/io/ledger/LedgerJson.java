package dev.tandem.io.ledger;

import dev.tandem.io.internal.JsonFields;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

import dev.tandem.ledger.Collaboration;
import dev.tandem.ledger.DeadStockRevival;
import dev.tandem.ledger.EventLog;
import dev.tandem.ledger.Diversion;
import dev.tandem.ledger.InvalidEventLogException;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerException;
import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.SupportTrip;
import dev.tandem.ledger.Transfer;
import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.network.InputError;
import dev.tandem.network.NetworkSnapshot;

/**
 * The ledger's event log as JSON Lines: one event a line, a JSON object whose {@code event} field names its kind;
 * see the README for the fields. Unknown fields are an error. Thread-safe.
 *
 * <p>A log is read whole, every problem listed with its place ({@code ledger.jsonl:12 quantity: ...}). A last line
 * without its end of line that is not a whole event is what a crash in the middle of an append leaves: it is
 * reported in {@link LedgerLog#cutShort()}, and every event before it is kept.
 */
public final class LedgerJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final int SHOWN_CHARACTERS = 60;
    private static final int MAX_PROBLEMS = 100;

    private static final Set<String> COMMON = ImmutableSet.of("event", "at", "id");
    private static final Map<String, Set<String>> REQUIRED = ImmutableMap.<String, Set<String>>builder()
            .put("requested", ImmutableSet.of("kind"))
            .put("accepted", ImmutableSet.of())
            .put("refused", ImmutableSet.of())
            .put("shipped", ImmutableSet.of("units"))
            .put("received", ImmutableSet.of("units"))
            .put("started", ImmutableSet.of())
            .put("completed", ImmutableSet.of("resolved"))
            .put("settled", ImmutableSet.of("paid"))
            .build();
    private static final Map<RecordKind, Set<String>> REQUEST_FIELDS = ImmutableMap.of(
            RecordKind.TRANSFER, ImmutableSet.of("from", "to", "part", "quantity"),
            RecordKind.DEAD_STOCK_REVIVAL, ImmutableSet.of("from", "to", "part", "quantity"),
            RecordKind.SUPPORT, ImmutableSet.of("requester", "lender", "technician", "day", "distanceKm"),
            RecordKind.DIVERSION, ImmutableSet.of("from", "to", "compensation"));
    private static final Set<String> ALL_REQUEST_FIELDS = ImmutableSet.<String>builder()
            .addAll(REQUEST_FIELDS.values().stream().flatMap(Set::stream).iterator()).add("customerWaiting").build();

    private LedgerJson() {
    }

    /** One event as one line of JSON, without the end of line. */
    public static String toLine(LedgerEvent event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.writeStartObject();
            gen.writeStringField("event", name(event));
            gen.writeStringField("at", TIME.format(event.at()));
            gen.writeStringField("id", event.id().value());
            writeFields(event, gen);
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed.", e);
        }
        return out.toString();
    }

    /** The events as JSON Lines, each line ended. */
    public static String toJsonLines(Iterable<? extends LedgerEvent> events) {
        StringBuilder text = new StringBuilder();
        events.forEach(event -> text.append(toLine(event)).append('\n'));
        return text.toString();
    }

    /**
     * Reads a log file; its name is the place in problems.
     *
     * @throws IOException if the file cannot be read
     * @throws InvalidEventLogException listing every line that is not an event, except a cut-short last line
     */
    public static LedgerLog read(Path file) throws IOException {
        return read(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** Reads the text of a log named {@code source}; see {@link #read(Path)}. */
    public static LedgerLog read(String text, String source) {
        String[] lines = text.split("\n", -1);
        boolean ended = text.endsWith("\n");
        int count = ended ? lines.length - 1 : lines.length;
        List<LedgerLog.Line> events = new ArrayList<>();
        List<InputError> problems = new ArrayList<>();
        Optional<InputError> cutShort = Optional.empty();
        for (int i = 0; i < count; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            String place = source + ":" + (i + 1);
            List<InputError> found = new ArrayList<>();
            Optional<LedgerEvent> event = parse(line, place, found);
            if (event.isPresent()) {
                events.add(new LedgerLog.Line(i + 1, event.get()));
            } else if (i == count - 1 && !ended) {
                cutShort = Optional.of(new InputError(place, "the last line is cut short (no end of line, not a whole "
                        + "event): " + shorten(line) + "; the " + events.size() + " events before it were read"));
            } else {
                problems.addAll(found);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidEventLogException(source, problems);
        }
        return new LedgerLog(source, events, cutShort);
    }

    /**
     * Replays a log file into a ledger line by line, then appends the events applied from now on to {@code log}.
     * Unlike {@link #read(Path)}, it holds one line at a time, never the file's text or a list of its events:
     * memory grows with the ledger's records, not with the log.
     *
     * @throws IOException if the file cannot be read
     * @throws InvalidEventLogException listing the lines that are not events (the first 100), a
     *     last line cut short (drop it with {@link JsonLinesEventLog#dropCutShortLine}), or naming the first event
     *     that does not fit the ledger
     */
    public static Ledger replay(Path file, NetworkSnapshot network, EventLog log) throws IOException {
        String source = file.getFileName().toString();
        boolean ended = Files.size(file) == 0 || endsWithNewline(file);
        List<InputError> problems = new ArrayList<>();
        int[] number = new int[1];
        int[] current = new int[1];   // the line of the event being applied
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Iterator<LedgerEvent> events = new Iterator<>() {
                private LedgerEvent next = advance();
                private int nextLine = number[0];

                private LedgerEvent advance() {
                    try {
                        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                            number[0]++;
                            if (!line.isBlank()) {
                                return parse(line, source + ":" + number[0], problems).orElse(null);
                            }
                        }
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public LedgerEvent next() {
                    LedgerEvent event = next;
                    current[0] = nextLine;
                    next = advance();
                    nextLine = number[0];
                    return event;
                }
            };
            Ledger ledger;
            try {
                ledger = Ledger.replay(network, () -> events, log);
            } catch (LedgerException e) {
                throw new InvalidEventLogException(source, List.of(new InputError(source + ":" + current[0],
                        e.getMessage())));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (problems.isEmpty()) {
                return ledger;
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number[0]++;
                if (!line.isBlank() && problems.size() <= MAX_PROBLEMS) {
                    parse(line, source + ":" + number[0], problems);
                }
            }
            String lastLine = source + ":" + number[0];
            if (!ended) {
                problems.removeIf(problem -> problem.path().equals(lastLine)
                        || problem.path().startsWith(lastLine + " "));
                problems.add(new InputError(lastLine, "the last line is cut short (no end of line, not a whole "
                        + "event); drop it with JsonLinesEventLog.dropCutShortLine"));
            }
            throw new InvalidEventLogException(source, problems.size() > MAX_PROBLEMS
                    ? problems.subList(0, MAX_PROBLEMS) : problems);
        }
    }

    private static boolean endsWithNewline(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, channel.size() - 1);
            return last.get(0) == '\n';
        }
    }

    private static Optional<LedgerEvent> parse(String line, String place, List<InputError> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(new InputError(place, "is not valid JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        List<InputError> found = new ArrayList<>();
        Optional<LedgerEvent> event = parseEvent(root, found);
        found.forEach(problem -> problems.add(new InputError(problem.path().equals("$") ? place
                : place + " " + problem.path(), problem.message())));
        return found.isEmpty() ? event : Optional.empty();
    }

    private static Optional<LedgerEvent> parseEvent(JsonNode root, List<InputError> problems) {
        if (!root.isObject()) {
            problems.add(new InputError("$", "expected an event object, found " + JsonFields.describe(root)));
            return Optional.empty();
        }
        JsonNode nameNode = root.get("event");
        String name = nameNode != null && nameNode.isTextual() ? nameNode.textValue() : "";
        if (!REQUIRED.containsKey(name)) {
            problems.add(new InputError("event", (nameNode == null ? "is required" : JsonFields.describe(nameNode)
                    + " is not an event") + "; expected one of " + String.join(", ", REQUIRED.keySet())));
            return Optional.empty();
        }
        Optional<RecordKind> kind = name.equals("requested") ? kind(root) : Optional.empty();
        Set<String> required = ImmutableSet.<String>builder().addAll(COMMON).addAll(REQUIRED.get(name))
                .addAll(kind.map(REQUEST_FIELDS::get).orElse(Set.of())).build();
        Set<String> optional = switch (name) {
            case "requested" -> kind.isEmpty() ? ALL_REQUEST_FIELDS
                    : kind.get() == RecordKind.TRANSFER ? ImmutableSet.of("customerWaiting") : ImmutableSet.of();
            case "refused" -> ImmutableSet.of("reason");
            case "completed" -> ImmutableSet.of("satisfaction");
            default -> ImmutableSet.of();
        };
        Optional<JsonFields> opened = JsonFields.open(root, "$", problems, required, optional);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        JsonFields fields = opened.get();
        try {
            Optional<LedgerEvent> event = event(name, kind, fields);
            return fields.isClean() ? event : Optional.empty();
        } catch (IllegalArgumentException e) {
            // a rule of the records that the checks above do not repeat
            problems.add(new InputError("$", e.getMessage()));
            return Optional.empty();
        }
    }

    private static Optional<LedgerEvent> event(String name, Optional<RecordKind> kind, JsonFields fields) {
        OffsetDateTime at = fields.dateTime("at");
        RequestId id = RequestId.of(nonBlank(fields, "id"));
        return switch (name) {
            case "requested" -> request(fields, id, kind).map(request -> new LedgerEvent.Requested(at, request));
            case "accepted" -> Optional.of(new LedgerEvent.Accepted(at, id));
            case "refused" -> Optional.of(new LedgerEvent.Refused(at, id, fields.text("reason", "")));
            case "shipped" -> Optional.of(new LedgerEvent.Shipped(at, id, atLeast(fields, "units", 1)));
            case "received" -> Optional.of(new LedgerEvent.Received(at, id, atLeast(fields, "units", 0)));
            case "started" -> Optional.of(new LedgerEvent.Started(at, id));
            case "completed" -> Optional.of(new LedgerEvent.Completed(at, id, bool(fields, "resolved"),
                    satisfaction(fields)));
            case "settled" -> Optional.of(new LedgerEvent.Settled(at, id, money(fields, "paid")));
            default -> throw new IllegalStateException("Unhandled event " + name);
        };
    }

    /** The kind of a requested event, when it names one (an unknown kind is reported when the fields are read). */
    private static Optional<RecordKind> kind(JsonNode root) {
        JsonNode kind = root.get("kind");
        if (kind == null || !kind.isTextual()) {
            return Optional.empty();
        }
        return REQUEST_FIELDS.keySet().stream().filter(known -> known.name().equals(kind.textValue())).findFirst();
    }

    private static Optional<Collaboration> request(JsonFields fields, RequestId id, Optional<RecordKind> known) {
        if (known.isEmpty()) {
            fields.constant("kind", RecordKind.class, "kind");   // reports it
            return Optional.empty();
        }
        RecordKind kind = known.get();
        if (kind == RecordKind.SUPPORT) {
            StoreId requester = store(fields, "requester");
            return Optional.of(new SupportTrip(id, requester, otherStore(fields, "lender", requester),
                    TechnicianId.of(nonBlank(fields, "technician")), fields.date("day"), distance(fields)));
        }
        StoreId from = store(fields, "from");
        StoreId to = otherStore(fields, "to", from);
        return Optional.of(switch (kind) {
            case TRANSFER -> new Transfer(id, from, to, PartNumber.of(nonBlank(fields, "part")),
                    atLeast(fields, "quantity", 1), fields.has("customerWaiting") && bool(fields, "customerWaiting"));
            case DEAD_STOCK_REVIVAL -> new DeadStockRevival(id, from, to, PartNumber.of(nonBlank(fields, "part")),
                    atLeast(fields, "quantity", 1));
            case DIVERSION -> new Diversion(id, from, to, money(fields, "compensation"));
            case SUPPORT -> throw new IllegalStateException("Support trips are read above.");
        });
    }

    // The readers below record a problem and return a value that lets the record be built; a line with a
    // problem is dropped whole, so the stand-in never reaches the ledger.

    private static String nonBlank(JsonFields fields, String field) {
        String text = fields.id(field);
        return text.isBlank() ? "?" : text;
    }

    private static StoreId store(JsonFields fields, String field) {
        return StoreId.of(nonBlank(fields, field));
    }

    /** A store that must differ from {@code other}, the store at the other end. */
    private static StoreId otherStore(JsonFields fields, String field, StoreId other) {
        StoreId store = store(fields, field);
        if (store.equals(other)) {
            fields.problem(field, "\"" + store + "\" is the same store as the other end");
            return StoreId.of(store.value() + "?");
        }
        return store;
    }

    private static int atLeast(JsonFields fields, String field, int minimum) {
        int value = fields.wholeNumber(field);
        boolean read = fields.has(field) && fields.node(field).isIntegralNumber() && fields.node(field).canConvertToInt();
        if (value < minimum && read) {
            fields.problem(field, value + " must be " + minimum + " or more");
        }
        return Math.max(value, minimum);
    }

    private static double distance(JsonFields fields) {
        double km = fields.number("distanceKm");
        if (!(km >= 0) || !Double.isFinite(km)) {
            fields.problem("distanceKm", km + " must be 0 or more");
            return 0;
        }
        return km;
    }

    private static Money money(JsonFields fields, String field) {
        BigDecimal yuan = fields.decimal(field);
        try {
            Money money = Money.of(yuan);
            if (!money.isNegative()) {
                return money;
            }
            fields.problem(field, yuan.toPlainString() + " is negative");
        } catch (IllegalArgumentException e) {
            fields.problem(field, yuan.toPlainString() + " is not an amount in CNY with at most two decimals");
        }
        return Money.ZERO;
    }

    private static boolean bool(JsonFields fields, String field) {
        JsonNode node = fields.node(field);
        if (!node.isBoolean()) {
            fields.problem(field, "expected true or false, found " + JsonFields.describe(node));
            return false;
        }
        return node.booleanValue();
    }

    private static OptionalDouble satisfaction(JsonFields fields) {
        if (!fields.has("satisfaction")) {
            return OptionalDouble.empty();
        }
        double score = fields.number("satisfaction");
        if (!(score >= 0 && score <= 10)) {
            fields.problem("satisfaction", score + " must be from 0 to 10");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(score);
    }

    private static String name(LedgerEvent event) {
        if (event instanceof LedgerEvent.Requested) {
            return "requested";
        } else if (event instanceof LedgerEvent.Accepted) {
            return "accepted";
        } else if (event instanceof LedgerEvent.Refused) {
            return "refused";
        } else if (event instanceof LedgerEvent.Shipped) {
            return "shipped";
        } else if (event instanceof LedgerEvent.Received) {
            return "received";
        } else if (event instanceof LedgerEvent.Started) {
            return "started";
        } else if (event instanceof LedgerEvent.Completed) {
            return "completed";
        }
        return "settled";
    }

    private static void writeFields(LedgerEvent event, JsonGenerator gen) throws IOException {
        if (event instanceof LedgerEvent.Requested requested) {
            writeRequest(requested.request(), gen);
        } else if (event instanceof LedgerEvent.Refused refused && !refused.reason().isEmpty()) {
            gen.writeStringField("reason", refused.reason());
        } else if (event instanceof LedgerEvent.Shipped shipped) {
            gen.writeNumberField("units", shipped.units());
        } else if (event instanceof LedgerEvent.Received received) {
            gen.writeNumberField("units", received.units());
        } else if (event instanceof LedgerEvent.Completed completed) {
            gen.writeBooleanField("resolved", completed.resolved());
            if (completed.satisfaction().isPresent()) {
                gen.writeNumberField("satisfaction", completed.satisfaction().getAsDouble());
            }
        } else if (event instanceof LedgerEvent.Settled settled) {
            gen.writeNumberField("paid", settled.paid().toYuan());
        }
    }

    private static void writeRequest(Collaboration request, JsonGenerator gen) throws IOException {
        gen.writeStringField("kind", request.kind().name());
        if (request instanceof Transfer transfer) {
            writeMovement(transfer.from(), transfer.to(), transfer.part(), transfer.quantity(), gen);
            if (transfer.customerWaiting()) {
                gen.writeBooleanField("customerWaiting", true);
            }
        } else if (request instanceof DeadStockRevival revival) {
            writeMovement(revival.from(), revival.to(), revival.part(), revival.quantity(), gen);
        } else if (request instanceof SupportTrip trip) {
            gen.writeStringField("requester", trip.requester().value());
            gen.writeStringField("lender", trip.lender().value());
            gen.writeStringField("technician", trip.technician().value());
            gen.writeStringField("day", trip.day().toString());
            gen.writeNumberField("distanceKm", trip.distanceKm());
        } else if (request instanceof Diversion diversion) {
            gen.writeStringField("from", diversion.from().value());
            gen.writeStringField("to", diversion.to().value());
            gen.writeNumberField("compensation", diversion.compensation().toYuan());
        }
    }

    private static void writeMovement(StoreId from, StoreId to, PartNumber part, int quantity, JsonGenerator gen)
            throws IOException {
        gen.writeStringField("from", from.value());
        gen.writeStringField("to", to.value());
        gen.writeStringField("part", part.value());
        gen.writeNumberField("quantity", quantity);
    }

    private static String shorten(String line) {
        return line.length() <= SHOWN_CHARACTERS ? line : line.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
