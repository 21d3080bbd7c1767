package dev.tandem.io.internal;

import dev.tandem.network.InvalidInputException;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;

import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.InputError;

/**
 * Opens a versioned JSON document that goes with a snapshot, such as support requests or a booking history: its
 * top-level object with {@code formatVersion} 1 and the given fields.
 */
public final class JsonDocument {

    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonDocument() {
    }

    /**
     * The top-level fields, or empty with a problem recorded when the document is empty, not an object or of
     * another format version.
     *
     * @param what what the document is, for the message of the exception, such as {@code booking history}
     * @throws InvalidSnapshotException if the bytes are not JSON at all
     */
    public static Optional<JsonFields> open(byte[] json, String what, String source, Set<String> top,
            List<InputError> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(what, source, List.of(new InputError("$", "is not valid JSON: "
                    + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InvalidInputException(what, source, List.of(new InputError("$", "is not UTF-8 JSON")));
        }
        if (root == null || root.isMissingNode()) {
            problems.add(new InputError("$", "is empty, not a JSON document"));
            return Optional.empty();
        }
        return JsonFields.open(root, "$", problems, top, ImmutableSet.of()).filter(fields -> {
            JsonNode version = fields.node("formatVersion");
            if (version != null && (!version.isIntegralNumber() || version.asLong() != FORMAT_VERSION)) {
                problems.add(new InputError("formatVersion", version + " is not supported; this version of Tandem "
                        + "reads formatVersion " + FORMAT_VERSION));
                return false;
            }
            return true;
        });
    }
}
