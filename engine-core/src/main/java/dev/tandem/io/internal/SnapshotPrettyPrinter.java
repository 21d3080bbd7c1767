package dev.tandem.io.internal;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

/**
 * Lays a snapshot out for people and diffs: one top-level field per line, one array element per line, each
 * element on a single line. Stateful: one instance per generator.
 */
public final class SnapshotPrettyPrinter implements PrettyPrinter {

    private static final int ROOT = 1;
    private static final int SECTION = 2;

    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator gen) throws IOException {
        gen.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator gen) throws IOException {
        if (depth == ROOT) {
            gen.writeRaw("\n  ");
        }
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(depth == ROOT ? ",\n  " : ", ");
    }

    @Override
    public void writeEndObject(JsonGenerator gen, int entries) throws IOException {
        gen.writeRaw(depth == ROOT && entries > 0 ? "\n}" : "}");
        depth--;
    }

    @Override
    public void writeStartArray(JsonGenerator gen) throws IOException {
        gen.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator gen) throws IOException {
        if (depth == SECTION) {
            gen.writeRaw("\n    ");
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator gen) throws IOException {
        gen.writeRaw(depth == SECTION ? ",\n    " : ", ");
    }

    @Override
    public void writeEndArray(JsonGenerator gen, int values) throws IOException {
        gen.writeRaw(depth == SECTION && values > 0 ? "\n  ]" : "]");
        depth--;
    }
}
