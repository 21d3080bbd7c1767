package dev.tandem.io.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Writes one JSON document to a string with Jackson's default pretty printer: the answers and plans of the engines. */
public final class JsonText {

    /** What goes in the document. */
    public interface Body {
        void write(JsonGenerator gen) throws IOException;
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonText() {
    }

    public static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            gen.useDefaultPrettyPrinter();
            body.write(gen);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed.", e);
        }
        return out.toString();
    }
}
