package dev.tandem.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import dev.tandem.forecast.BookingHistory;
import dev.tandem.io.csv.BookingHistoryCsv;
import dev.tandem.io.history.BookingHistoryJson;
import dev.tandem.io.ledger.LedgerJson;
import dev.tandem.io.ledger.LedgerLog;
import dev.tandem.io.snapshot.SnapshotJson;
import dev.tandem.network.NetworkSnapshot;

/** Reads and writes the commands' files, turning file-system failures into user messages. */
final class SnapshotFiles {

    private SnapshotFiles() {
    }

    /**
     * @throws UserInputException if the file cannot be read
     * @throws dev.tandem.network.InvalidSnapshotException if it is not a valid snapshot
     */
    static NetworkSnapshot read(Path file) {
        return read(file, "a snapshot file", SnapshotJson::read);
    }

    /**
     * @throws UserInputException if the file cannot be read
     * @throws dev.tandem.ledger.InvalidEventLogException listing every line that is not an event
     */
    static LedgerLog readLedger(Path file) {
        return read(file, "an event log", LedgerJson::read);
    }

    /**
     * A booking history: CSV when the file name ends in {@code .csv}, else JSON.
     *
     * @throws UserInputException if the file cannot be read
     * @throws dev.tandem.network.InvalidSnapshotException if it is not a valid history for {@code network}
     */
    static BookingHistory readHistory(Path file, NetworkSnapshot network) {
        boolean csv = file.toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        return read(file, "a booking history file", path -> csv ? BookingHistoryCsv.read(path, network)
                : BookingHistoryJson.read(path, network));
    }

    private static <T> T read(Path file, String what, Reader<T> reader) {
        if (Files.isDirectory(file)) {
            throw new UserInputException("cannot read " + file + ": it is a directory, not " + what);
        }
        try {
            return reader.read(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserInputException("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** A reader of one kind of file. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Path file) throws IOException;
    }

    /**
     * Reads a file beside the snapshot, such as its requests or jobs.
     *
     * @throws UserInputException if the file cannot be read
     * @throws dev.tandem.network.InvalidSnapshotException if the reader finds it invalid
     */
    static <T> T readInput(Path file, Reader<T> reader) {
        return read(file, "an input file", reader);
    }

    /** Writes UTF-8 text, such as a plan's JSON. */
    static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + file + ": " + e.getMessage());
        }
    }

    static void write(NetworkSnapshot snapshot, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            SnapshotJson.write(snapshot, file);
        } catch (IOException e) {
            throw new UserInputException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
