package dev.tandem.network;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a snapshot, at a place named as a JSON path into the interchange format, such as
 * {@code stock[12].onHand} with the message {@code -3 is negative}. The same paths are used for a snapshot built
 * in Java, counting elements in the order they were added. A CSV import names places in its files instead, as
 * {@code file.csv:LINE column}, such as {@code stock.csv:12 onHand} (see {@code dev.tandem.io.csv.CsvNetworkImport}).
 *
 * @param path where the problem is, such as {@code technicians[4].store}; {@code $} for the whole document
 * @param message what is wrong, naming the offending value
 */
public record InputError(String path, String message) {

    public InputError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    private static final int MAX_LISTED = 50;

    /**
     * A message listing problems under a subject, one a line, the first 50 of them: {@code The snapshot (bad.json)
     * has 3 problems:} then {@code   stock[12].onHand: -3 is negative} and the others.
     *
     * @param subject what has the problems, such as {@code The snapshot (bad.json)}
     */
    static String listing(String subject, List<InputError> problems) {
        StringBuilder message = new StringBuilder(subject).append(" has ").append(problems.size())
                .append(problems.size() == 1 ? " problem:" : " problems:");
        problems.stream().limit(MAX_LISTED).forEach(problem -> message.append("\n  ").append(problem));
        if (problems.size() > MAX_LISTED) {
            message.append("\n  ... and ").append(problems.size() - MAX_LISTED).append(" more");
        }
        return message.toString();
    }

    /** Such as {@code stock[12].onHand: -3 is negative}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
