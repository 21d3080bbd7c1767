package dev.tandem.service.http;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import dev.tandem.service.Json;
import dev.tandem.service.ServiceException;
import dev.tandem.service.ServiceException.FieldError;

/**
 * The fields of a JSON request body, read with every broken rule collected: the field as a JSON pointer, the rule
 * and the value given. {@link #done()} throws them all at once (422), so a client fixes every field in one go.
 * Unknown fields are an error, as in the library's documents.
 */
final class Fields {

    private final JsonNode body;
    private final List<FieldError> errors = new ArrayList<>();

    private Fields(JsonNode body) {
        this.body = body;
    }

    /** Parses a body that must be a JSON object with only the {@code allowed} fields. */
    static Fields of(byte[] bytes, Set<String> allowed) {
        JsonNode node;
        if (bytes.length == 0) {
            node = Json.MAPPER.createObjectNode();
        } else {
            try {
                node = Json.MAPPER.readTree(bytes);
            } catch (JsonProcessingException e) {
                throw ServiceException.badRequest("The body is not valid JSON: " + e.getOriginalMessage() + " (line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
            } catch (IOException e) {
                throw ServiceException.badRequest("The body could not be read.");
            }
        }
        if (node == null || !node.isObject()) {
            throw ServiceException.invalid("", "must be a JSON object", node == null ? "" : node.getNodeType()
                    .name().toLowerCase(Locale.ROOT));
        }
        Fields fields = new Fields(node);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!allowed.contains(name)) {
                fields.error("/" + name, "is not a field of this request; expected " + String.join(", ", allowed),
                        null);
            }
        }
        return fields;
    }

    String text(String name) {
        return optionalText(name).orElseGet(() -> {
            missing(name, "a string");
            return "";
        });
    }

    Optional<String> optionalText(String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            error("/" + name, "must be a string", node.toString());
            return Optional.empty();
        }
        if (node.asText().length() > 500) {
            error("/" + name, "must be at most 500 characters", node.asText());
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }

    int integer(String name, int min, int max) {
        return optionalInteger(name, min, max).orElseGet(() -> {
            missing(name, "an integer");
            return min;
        });
    }

    Optional<Integer> optionalInteger(String name, int min, int max) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            error("/" + name, "must be a whole number", node.toString());
            return Optional.empty();
        }
        int value = node.intValue();
        if (value < min || value > max) {
            error("/" + name, "must be from " + min + " to " + max, node.toString());
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Long> optionalLong(String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            error("/" + name, "must be a whole number", node.toString());
            return Optional.empty();
        }
        return Optional.of(node.longValue());
    }

    OptionalDouble optionalNumber(String name, double min, double max) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return OptionalDouble.empty();
        }
        if (!node.isNumber() || node.doubleValue() < min || node.doubleValue() > max) {
            error("/" + name, "must be a number from " + min + " to " + max, node.toString());
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(node.doubleValue());
    }

    boolean bool(String name, boolean fallback) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            error("/" + name, "must be true or false", node.toString());
            return fallback;
        }
        return node.booleanValue();
    }

    LocalDate date(String name) {
        return optionalText(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                error("/" + name, "must be a date such as 2026-11-27", text);
                return null;
            }
        }).orElseGet(() -> {
            if (!body.has(name)) {
                missing(name, "a date");
            }
            return null;
        });
    }

    Optional<OffsetDateTime> optionalTime(String name) {
        return optionalText(name).map(text -> {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException e) {
                error("/" + name, "must be a time with offset such as 2026-11-29T09:00:00+08:00", text);
                return null;
            }
        });
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String text = text(name);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            error("/" + name, "must be one of " + List.of(type.getEnumConstants()), text);
            return null;
        }
    }

    /** The items of an optional array field. */
    List<JsonNode> array(String name) {
        JsonNode node = body.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            error("/" + name, "must be an array", node.getNodeType().name().toLowerCase(Locale.ROOT));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    void error(String field, String rule, String value) {
        errors.add(new FieldError(field, rule, value));
    }

    /** Throws every broken rule at once (422); returns when there is none. */
    void done() {
        if (!errors.isEmpty()) {
            throw ServiceException.invalid(errors);
        }
    }

    private void missing(String name, String what) {
        if (!body.has(name) || body.get(name).isNull()) {
            error("/" + name, "is required: " + what, null);
        }
    }
}
