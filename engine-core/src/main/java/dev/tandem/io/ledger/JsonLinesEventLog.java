package dev.tandem.io.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import dev.tandem.ledger.EventLog;
import dev.tandem.ledger.LedgerEvent;

/**
 * An {@link EventLog} that appends each event to a file as one JSON line ({@link LedgerJson}), flushed before
 * {@link #append} returns. Not thread-safe on its own: a {@link dev.tandem.ledger.Ledger} calls it under its lock.
 */
public final class JsonLinesEventLog implements EventLog, Closeable {

    private final Path file;
    private final Writer out;

    private JsonLinesEventLog(Path file, Writer out) {
        this.file = file;
        this.out = out;
    }

    /**
     * Opens a log for appending, creating the file if needed.
     *
     * @throws IOException if the file cannot be opened
     * @throws IllegalStateException if its last line is cut short: appending would glue the next event to it.
     *     {@link #dropCutShortLine} removes it.
     */
    public static JsonLinesEventLog open(Path file) throws IOException {
        if (Files.exists(file) && endsCutShort(file)) {
            throw new IllegalStateException("The event log (" + file + ") ends in a line cut short, without its "
                    + "end of line; appending would join the next event to it."
                    + "\nRead it with LedgerJson.read to see the line, then drop it with "
                    + "JsonLinesEventLog.dropCutShortLine.");
        }
        return new JsonLinesEventLog(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
    }

    /**
     * Removes a last line that lacks its end of line, keeping every whole line before it.
     *
     * @return the line removed, if there was one
     */
    public static Optional<String> dropCutShortLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int keep = bytes.length;
        while (keep > 0 && bytes[keep - 1] != '\n') {
            keep--;
        }
        if (keep == bytes.length) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(keep);
        }
        return Optional.of(new String(bytes, keep, bytes.length - keep, StandardCharsets.UTF_8));
    }

    private static boolean endsCutShort(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            channel.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    @Override
    public void append(LedgerEvent event) {
        try {
            out.write(LedgerJson.toLine(event));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Appending to the event log (" + file + ") failed.", e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
