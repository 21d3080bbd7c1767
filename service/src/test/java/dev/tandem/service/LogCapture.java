package dev.tandem.service;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Captures what the service logs while it is open. The tests log through slf4j-simple, which writes each line to
 * the {@code System.err} of the moment; this tees that stream, so the lines still reach the build's output.
 */
public final class LogCapture implements AutoCloseable {

    private final PrintStream original;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private LogCapture() {
        original = System.err;
        System.setErr(new PrintStream(new Tee(original, captured), true, StandardCharsets.UTF_8));
    }

    /** Starts capturing. */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** Every line logged so far. */
    public List<String> lines() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The lines logged at WARN or ERROR so far (slf4j-simple's format: {@code [thread] LEVEL logger - text}). */
    public List<String> warningsAndErrors() {
        return lines().stream().filter(line -> {
            String upper = line.toUpperCase(Locale.ROOT);
            return upper.contains("] WARN ") || upper.contains("] ERROR ") || upper.startsWith("WARN ")
                    || upper.startsWith("ERROR ");
        }).toList();
    }

    @Override
    public void close() {
        System.err.flush();
        System.setErr(original);
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {

        private final PrintStream first;
        private final ByteArrayOutputStream second;

        Tee(PrintStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) {
            synchronized (second) {
                second.write(b);
            }
            first.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (second) {
                second.write(bytes, offset, length);
            }
            first.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            first.flush();
        }
    }
}
