package dev.tandem.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.network.InputError;

/**
 * Reads the fields of one JSON object at a known path, recording a {@link InputError} for each missing, unknown or
 * mistyped field instead of throwing, so that a reader can report every problem at once.
 */
public final class JsonFields {

    private final JsonNode object;
    private final String path;
    private final List<InputError> problems;
    private final int problemsBefore;

    private JsonFields(JsonNode object, String path, List<InputError> problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    /**
     * Opens {@code node} as an object with the given fields; empty (and a problem recorded) when it is not an
     * object.
     */
    public static Optional<JsonFields> open(JsonNode node, String path, List<InputError> problems, Set<String> required,
            Set<String> optional) {
        if (!node.isObject()) {
            problems.add(new InputError(path, "expected an object, found " + describe(node)));
            return Optional.empty();
        }
        JsonFields fields = new JsonFields(node, path, problems);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!required.contains(name) && !optional.contains(name)) {
                problems.add(new InputError(fields.at(name), "unknown field; expected one of "
                        + String.join(", ", ordered(required, optional))));
            }
        }
        for (String name : required) {
            if (!node.has(name) || node.get(name).isNull()) {
                problems.add(new InputError(fields.at(name), "is required"));
            }
        }
        return Optional.of(fields);
    }

    /** Whether no problem was recorded since this object was opened. */
    public boolean isClean() {
        return problems.size() == problemsBefore;
    }

    /** The path of {@code field}: {@code asOf} at the top, {@code stores[0].lat} inside an element. */
    public String at(String field) {
        return path.equals("$") ? field : path + "." + field;
    }

    /** Records a problem with {@code field} that the caller found. */
    public void problem(String field, String message) {
        problems.add(new InputError(at(field), message));
    }

    public boolean has(String field) {
        return object.has(field) && !object.get(field).isNull();
    }

    public JsonNode node(String field) {
        return object.get(field);
    }

    public String text(String field) {
        return typed(field, JsonNode::isTextual, "a string", JsonNode::textValue, "");
    }

    /** A text that names something: present, a string, and not blank. */
    public String id(String field) {
        String id = text(field);
        if (has(field) && object.get(field).isTextual() && id.isBlank()) {
            problems.add(new InputError(at(field), "is blank"));
        }
        return id;
    }

    public String text(String field, String absent) {
        return has(field) ? text(field) : absent;
    }

    public int wholeNumber(String field) {
        return typed(field, node -> node.isNumber(), "a whole number", node -> {
            if (node.canConvertToExactIntegral() && node.canConvertToInt()) {
                return node.asInt();
            }
            problems.add(new InputError(at(field), node.asText() + " is not a whole number in range"));
            return 0;
        }, 0);
    }

    public int wholeNumber(String field, int absent) {
        return has(field) ? wholeNumber(field) : absent;
    }

    public double number(String field) {
        return typed(field, JsonNode::isNumber, "a number", JsonNode::doubleValue, 0.0);
    }

    public double number(String field, double absent) {
        return has(field) ? number(field) : absent;
    }

    public BigDecimal decimal(String field) {
        return typed(field, JsonNode::isNumber, "a number", node -> {
            if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
                problems.add(new InputError(at(field), node.asText() + " is not a finite number"));
                return BigDecimal.ZERO;
            }
            return node.decimalValue();
        }, BigDecimal.ZERO);
    }

    public OffsetDateTime dateTime(String field) {
        return parsed(field, OffsetDateTime::parse, "an ISO-8601 date-time with offset, such as "
                + "2026-11-27T09:00:00+08:00", OffsetDateTime.MIN);
    }

    public LocalDate date(String field) {
        return parsed(field, LocalDate::parse, "an ISO-8601 date, such as 2026-11-27", LocalDate.MIN);
    }

    public <E extends Enum<E>> E constant(String field, Class<E> type, String what) {
        String name = text(field);
        if (name.isEmpty() && !has(field)) {
            return type.getEnumConstants()[0];
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        if (object.get(field).isTextual()) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            problems.add(new InputError(at(field),
                    "unknown " + what + " \"" + name + "\"; expected one of " + String.join(", ", names)));
        }
        return type.getEnumConstants()[0];
    }

    /** The elements of an array field, empty (with a problem) when the field is not an array. */
    public List<JsonNode> array(String field) {
        if (!has(field)) {
            return List.of();
        }
        JsonNode node = object.get(field);
        if (!node.isArray()) {
            problems.add(new InputError(at(field), "expected an array, found " + describe(node)));
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.forEach(elements::add);
        return elements;
    }

    private <T> T parsed(String field, Function<String, T> parser, String expected, T fallback) {
        String text = text(field);
        if (!has(field) || !object.get(field).isTextual()) {
            return fallback;
        }
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            problems.add(new InputError(at(field), "\"" + text + "\" is not " + expected));
            return fallback;
        }
    }

    private <T> T typed(String field, Predicate<JsonNode> test, String expected,
            Function<JsonNode, T> value, T fallback) {
        if (!has(field)) {
            return fallback;
        }
        JsonNode node = object.get(field);
        if (!test.test(node)) {
            problems.add(new InputError(at(field), "expected " + expected + ", found " + describe(node)));
            return fallback;
        }
        return value.apply(node);
    }

    public static String describe(JsonNode node) {
        String value = node.toString();
        if (value.length() > 40) {
            value = value.substring(0, 37) + "...";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value;
    }

    private static List<String> ordered(Set<String> required, Set<String> optional) {
        List<String> names = new ArrayList<>(required);
        names.addAll(optional);
        return names;
    }
}
