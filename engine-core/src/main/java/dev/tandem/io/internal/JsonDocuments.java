package dev.tandem.io.internal;

import dev.tandem.network.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSet;

import dev.tandem.network.InputError;

/**
 * The documents beside a snapshot (support requests, the day's jobs): {@code {"formatVersion": 1, "<list>": [...]}},
 * read element by element with every problem recorded at its path, and written one element per line.
 */
public final class JsonDocuments {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** Reads one element of the list, recording its problems; empty when it has any. */
    @FunctionalInterface
    public interface ElementReader<T> {
        Optional<T> read(JsonNode node, int index, List<InputError> problems);
    }

    /** Writes one element of the list as an object. */
    @FunctionalInterface
    public interface ElementWriter<T> {
        void write(T element, JsonGenerator gen) throws IOException;
    }

    private JsonDocuments() {
    }

    /**
     * @throws InvalidInputException listing every problem of the document and its elements
     */
    public static <T> List<T> read(byte[] json, String what, String source, String list, ElementReader<T> reader) {
        List<InputError> problems = new ArrayList<>();
        List<T> elements = new ArrayList<>();
        JsonDocument.open(json, what, source, ImmutableSet.of("formatVersion", list), problems)
                .ifPresent(top -> {
                    List<JsonNode> nodes = top.array(list);
                    for (int i = 0; i < nodes.size(); i++) {
                        reader.read(nodes.get(i), i, problems).ifPresent(elements::add);
                    }
                });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(what, source, problems);
        }
        return elements;
    }

    /** Records a problem when {@code id} was seen before in the list, at the path of the element's id. */
    public static void checkUnique(String id, int index, JsonFields fields, String what, String list,
            Map<String, Integer> firstIndex, List<InputError> problems) {
        if (id.isBlank()) {
            return;
        }
        Integer first = firstIndex.putIfAbsent(id, index);
        if (first != null) {
            problems.add(new InputError(fields.at("id"), "duplicate " + what + " id \"" + id + "\" (first at " + list
                    + "[" + first + "])"));
        }
    }

    /** A fresh map for {@link #checkUnique}. */
    public static Map<String, Integer> firstIndexes() {
        return new HashMap<>();
    }

    public static <T> String write(String list, List<T> elements, ElementWriter<T> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.setPrettyPrinter(new SnapshotPrettyPrinter());
            gen.writeStartObject();
            gen.writeNumberField("formatVersion", JsonDocument.FORMAT_VERSION);
            gen.writeArrayFieldStart(list);
            for (T element : elements) {
                gen.writeStartObject();
                writer.write(element, gen);
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
