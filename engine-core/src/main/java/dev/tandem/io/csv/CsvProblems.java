package dev.tandem.io.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.tandem.network.InputError;

/**
 * Collects the problems of a CSV import, each at a place {@code file.csv:LINE column}, and lists them by file
 * (in import order) and line, so that the user can walk through a file from top to bottom.
 */
final class CsvProblems {

    /** Sorts after every file: problems that belong to no file, such as those of the travel model. */
    static final int NO_FILE = Integer.MAX_VALUE;

    private record Entry(int fileOrder, int line, InputError problem) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Records a problem.
     *
     * @param line the 1-based line in the file, 0 for the file as a whole
     * @param column the column header as written in the file; empty for the whole row or file
     */
    void add(String file, int fileOrder, int line, String column, String message) {
        entries.add(new Entry(fileOrder, line, new InputError(place(file, line, column), message)));
    }

    void add(CsvTable table, int line, String column, String message) {
        add(table.name(), table.order(), line, column, message);
    }

    /** Records a problem whose path is not in a file, such as {@code travel.legs[2].from}. */
    void addUnplaced(InputError problem) {
        entries.add(new Entry(NO_FILE, 0, problem));
    }

    int size() {
        return entries.size();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    boolean hasAnyInFile(int fileOrder) {
        return entries.stream().anyMatch(entry -> entry.fileOrder() == fileOrder);
    }

    /** Every problem by file and line; problems at the same line keep the order they were found in. */
    List<InputError> sorted() {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::fileOrder).thenComparingInt(Entry::line))
                .map(Entry::problem)
                .toList();
    }

    /** Such as {@code stock.csv:12 onHand}, {@code stock.csv:12} or {@code stock.csv}. */
    static String place(String file, int line, String column) {
        StringBuilder place = new StringBuilder(file);
        if (line > 0) {
            place.append(':').append(line);
        }
        if (!column.isEmpty()) {
            place.append(' ').append(column);
        }
        return place.toString();
    }
}
