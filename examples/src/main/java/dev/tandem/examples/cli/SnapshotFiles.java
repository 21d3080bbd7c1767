package dev.tandem.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import dev.tandem.io.SnapshotJson;
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
        if (Files.isDirectory(file)) {
            throw new UserInputException("cannot read " + file + ": it is a directory, not a snapshot file");
        }
        try {
            return SnapshotJson.read(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserInputException("cannot read " + file + ": permission denied");
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Reads a file beside the snapshot, such as its requests or jobs. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Path file) throws IOException;
    }

    /**
     * @throws UserInputException if the file cannot be read
     * @throws dev.tandem.network.InvalidSnapshotException if the reader finds it invalid
     */
    static <T> T readInput(Path file, Reader<T> reader) {
        try {
            return reader.read(file);
        } catch (NoSuchFileException e) {
            throw new UserInputException("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new UserInputException("cannot read " + file + ": " + e.getMessage());
        }
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
