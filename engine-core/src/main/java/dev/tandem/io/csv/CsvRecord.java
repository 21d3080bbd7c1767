package dev.tandem.io.csv;

import java.util.function.Function;

/**
 * Reads the cells of one data row by field, recording a {@link dev.tandem.network.InputError} at
 * {@code file.csv:LINE column} for each blank required cell and each cell that does not parse, instead of
 * throwing, so that an import reports every problem at once.
 */
final class CsvRecord {

    private final CsvHeader header;
    private final CsvTable.Row row;
    private final CsvProblems problems;
    private final int problemsBefore;

    CsvRecord(CsvHeader header, CsvTable.Row row, CsvProblems problems) {
        this.header = header;
        this.row = row;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    int line() {
        return row.line();
    }

    /** Whether no problem was recorded since this row was opened. */
    boolean isClean() {
        return problems.size() == problemsBefore;
    }

    /** Whether the table has the column and this row's cell is not blank. */
    boolean has(String field) {
        return header.has(field) && !row.cell(header.index(field)).isEmpty();
    }

    /** The cell, empty when blank or when the table has no such column. */
    String text(String field) {
        return header.has(field) ? row.cell(header.index(field)) : "";
    }

    /** The cell; a problem when it is blank. */
    String required(String field) {
        String text = text(field);
        if (text.isEmpty()) {
            problem(field, "is required");
        }
        return text;
    }

    /** The parsed cell, or {@code absent} when it is blank or the table has no such column. */
    <T> T parse(String field, Function<String, T> parser, T absent) {
        if (!has(field)) {
            return absent;
        }
        return parseCell(header.index(field), header.text(field), parser, absent);
    }

    /** The parsed cell; a problem, and {@code fallback}, when it is blank or does not parse. */
    <T> T parseRequired(String field, Function<String, T> parser, T fallback) {
        if (!has(field)) {
            problem(field, "is required");
            return fallback;
        }
        return parseCell(header.index(field), header.text(field), parser, fallback);
    }

    /** The parsed cell of any column, such as a store column of a wide stock table. */
    <T> T parseCell(int index, String column, Function<String, T> parser, T fallback) {
        try {
            return parser.apply(row.cell(index));
        } catch (IllegalArgumentException e) {
            problems.add(header.table(), row.line(), column, e.getMessage());
            return fallback;
        }
    }

    /** Records a problem at this row's cell of {@code field}. */
    void problem(String field, String message) {
        problems.add(header.table(), row.line(), header.text(field), message);
    }
}
