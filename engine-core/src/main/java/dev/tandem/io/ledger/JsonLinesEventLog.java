package dev.tandem.io.ledger;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.ledger.EventLog;
import dev.tandem.ledger.LedgerEvent;

/**
 * An {@link EventLog} that appends each event to a file as one JSON line ({@link LedgerJson}), durable as its
 * {@link EventLogDurability} says before {@link #append} returns: by default forced to the storage device.
 *
 * <ul>
 *   <li><b>Whole lines only.</b> An append that fails (a full disk, a failed sync) cuts the file back to its last
 *       whole line before it throws, so the event is not in the log and the next append starts a line of its own.
 *       If even that fails, the log refuses every later append; opening it again finds the cut-short line.</li>
 *   <li><b>One writer.</b> The file is locked while open: a second log on it, in this process or another, is
 *       refused. A process that dies releases the lock.</li>
 * </ul>
 * Not thread-safe on its own: a {@link dev.tandem.ledger.Ledger} calls it under its lock.
 */
public final class JsonLinesEventLog implements EventLog, Closeable {

    /** Opens the channel of a log file; tests put a failing one in its place. */
    @FunctionalInterface
    interface ChannelOpener {
        FileChannel open(Path file) throws IOException;
    }

    private static final ChannelOpener FILES = file -> FileChannel.open(file, StandardOpenOption.CREATE,
            StandardOpenOption.READ, StandardOpenOption.WRITE);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final EventLogDurability durability;
    private long end;
    private long appended;
    private boolean broken;

    private JsonLinesEventLog(Path file, FileChannel channel, FileLock lock, EventLogDurability durability)
            throws IOException {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.durability = durability;
        this.end = channel.size();
    }

    /** Opens a log for appending with {@link EventLogDurability#SYNC_EACH}; see {@link #open(Path, EventLogDurability)}. */
    public static JsonLinesEventLog open(Path file) throws IOException {
        return open(file, EventLogDurability.SYNC_EACH);
    }

    /**
     * Opens a log for appending, creating the file if needed.
     *
     * @throws IOException if the file cannot be opened
     * @throws IllegalStateException if its last line is cut short (appending would glue the next event to it;
     *     {@link #dropCutShortLine} removes it), or if another log has the file open
     */
    public static JsonLinesEventLog open(Path file, EventLogDurability durability) throws IOException {
        return open(file, durability, FILES);
    }

    static JsonLinesEventLog open(Path file, EventLogDurability durability, ChannelOpener opener)
            throws IOException {
        Objects.requireNonNull(durability, "durability");
        boolean created = !Files.exists(file);
        FileChannel channel = opener.open(file);
        try {
            FileLock lock = lock(file, channel);
            if (endsCutShort(channel)) {
                throw new IllegalStateException("The event log (" + file + ") ends in a line cut short, without "
                        + "its end of line; appending would join the next event to it."
                        + "\nRead it with LedgerJson.read to see the line, then drop it with "
                        + "JsonLinesEventLog.dropCutShortLine.");
            }
            if (created && durability.syncEvery() > 0) {
                syncDirectory(file);
            }
            return new JsonLinesEventLog(file, channel, lock, durability);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock lock(Path file, FileChannel channel) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IllegalStateException("The event log (" + file + ") is open for appending elsewhere."
                    + "\nA log has one writer: close the other log, or stop the process that holds it.");
        }
        return lock;
    }

    /** Makes a new file's name durable along with its content. */
    private static void syncDirectory(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems cannot open a folder; the file's own syncs still hold its content
        }
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
            channel.force(false);
        }
        return Optional.of(new String(bytes, keep, bytes.length - keep, StandardCharsets.UTF_8));
    }

    private static boolean endsCutShort(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) != '\n';
    }

    /**
     * Writes the event as one line, then forces the file if the durability asks for it.
     *
     * @throws UncheckedIOException if the line could not be written or forced; the file is cut back to its last
     *     whole line, so the event is not in the log
     * @throws IllegalStateException if an earlier failure could not be undone
     */
    @Override
    public void append(LedgerEvent event) {
        if (broken) {
            throw new IllegalStateException("The event log (" + file + ") could not undo a failed append and may "
                    + "end in a partial line; it takes no more events."
                    + "\nClose it and open it again: opening finds the cut-short line, which dropCutShortLine "
                    + "removes.");
        }
        ByteBuffer line = ByteBuffer.wrap((LedgerJson.toLine(event) + "\n").getBytes(StandardCharsets.UTF_8));
        int length = line.remaining();
        try {
            long at = end;
            while (line.hasRemaining()) {
                at += channel.write(line, at);
            }
            if (durability.syncsAfter(appended + 1)) {
                channel.force(false);
            }
        } catch (IOException e) {
            undo(e);
            throw new UncheckedIOException("Appending to the event log (" + file + ") failed; the event was not "
                    + "logged.", e);
        }
        end += length;
        appended++;
    }

    /** Cuts the file back to its last whole line, or marks the log broken when even that fails. */
    private void undo(IOException failure) {
        try {
            channel.truncate(end);
            channel.force(false);
        } catch (IOException e) {
            broken = true;
            failure.addSuppressed(e);
        }
    }

    /** The durability this log was opened with. */
    public EventLogDurability durability() {
        return durability;
    }

    /** Forces what was appended to the storage device, releases the file and closes it. */
    @Override
    public void close() throws IOException {
        try (channel) {
            if (!broken && channel.isOpen()) {
                channel.force(false);
            }
            if (lock.isValid()) {
                lock.release();
            }
        }
    }
}
