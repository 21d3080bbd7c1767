package dev.tandem.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks where a command will write before it does the work, so that a long solve does not end in "cannot
 * write": the folder must exist and be writable, and the path must not be a folder or a read-only file.
 */
final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * @param option the option that named the path, such as {@code --out}
     * @param path the path, or {@code null} when the option was not given
     * @throws UserInputException naming the option, the path and the reason, if the command could not write there
     */
    static void check(String option, Path path) {
        if (path == null) {
            return;
        }
        if (Files.isDirectory(path)) {
            throw new UserInputException(option + " " + path + " is a folder; give the name of a file to write");
        }
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserInputException(option + " " + path + ": the folder " + folder + (Files.exists(folder)
                    ? " is a file, not a folder" : " does not exist") + "; create it or write elsewhere");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new UserInputException(option + " " + path + ": the folder " + folder + " is not writable");
        }
        if (Files.exists(path) && !Files.isWritable(path)) {
            throw new UserInputException(option + " " + path + ": the file exists and is not writable");
        }
    }
}
