package dev.tandem.io.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of one CSV table bound to a {@link CsvSchema}: which column holds which field, and the header text
 * as the user wrote it, which is what problems name. Binding records a problem for a duplicate column, a missing
 * required column, a column of data without a header and a row longer than the header, and, unless bound
 * {@link #bindOpen open}, for a column the schema does not know.
 */
final class CsvHeader {

    private final CsvTable table;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final Map<String, String> text = new LinkedHashMap<>();
    private final List<Integer> unmatched = new ArrayList<>();
    private boolean complete = true;

    private CsvHeader(CsvTable table) {
        this.table = table;
    }

    /** Binds the header of {@code table}; a column the schema does not know is a problem. */
    static CsvHeader bind(CsvTable table, CsvSchema schema, CsvProblems problems) {
        return bind(table, schema, problems, true);
    }

    /**
     * Binds the header of {@code table}, leaving the columns the schema does not know in {@link #unmatched()} for
     * the caller, such as the store columns of a wide stock table.
     */
    static CsvHeader bindOpen(CsvTable table, CsvSchema schema, CsvProblems problems) {
        return bind(table, schema, problems, false);
    }

    private static CsvHeader bind(CsvTable table, CsvSchema schema, CsvProblems problems, boolean strict) {
        CsvHeader header = new CsvHeader(table);
        CsvTable.Row headerRow = table.header();
        List<String> cells = headerRow.cells();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                header.checkNoDataUnder(i, problems);
                continue;
            }
            Optional<CsvSchema.Column> column = schema.column(cell);
            if (column.isPresent()) {
                String field = column.get().field();
                if (header.index.containsKey(field)) {
                    problems.add(table, headerRow.line(), cell, "duplicate column: both " + header.text.get(field)
                            + " and " + cell + " are " + field);
                    header.complete = false;
                } else {
                    header.index.put(field, i);
                    header.text.put(field, cell);
                }
            } else if (schema.isIgnored(cell)) {
                continue;
            } else if (strict) {
                problems.add(table, headerRow.line(), cell,
                        "unknown column; expected one of " + schema.describeColumns());
            } else {
                header.unmatched.add(i);
            }
        }
        for (CsvSchema.Column column : schema.columns()) {
            if (column.required() && !header.index.containsKey(column.field())) {
                problems.add(table, headerRow.line(), "", "the required column " + column.describe()
                        + " is missing; the header is " + String.join(",", cells));
                header.complete = false;
            }
        }
        for (CsvTable.Row row : table.rows()) {
            for (int i = cells.size(); i < row.cells().size(); i++) {
                if (!row.cell(i).isEmpty()) {
                    problems.add(table, row.line(), "", "has " + row.cells().size() + " cells but the header has "
                            + cells.size() + "; the cell \"" + row.cell(i) + "\" has no column");
                    break;
                }
            }
        }
        return header;
    }

    private void checkNoDataUnder(int column, CsvProblems problems) {
        for (CsvTable.Row row : table.rows()) {
            if (!row.cell(column).isEmpty()) {
                problems.add(table, table.header().line(), "column " + (column + 1),
                        "has no header but holds data, such as \"" + row.cell(column) + "\" at line " + row.line());
                return;
            }
        }
    }

    CsvTable table() {
        return table;
    }

    /** Whether every required column is there, once: the rows can be read. */
    boolean isComplete() {
        return complete;
    }

    /** Records that the table is missing something the rows need, found by a table-specific rule. */
    void markIncomplete() {
        complete = false;
    }

    boolean has(String field) {
        return index.containsKey(field);
    }

    /** The column index of {@code field}; the field must be {@link #has(String) present}. */
    int index(String field) {
        return index.get(field);
    }

    /** The header text of {@code field} as written, or the field name when the table has no such column. */
    String text(String field) {
        return text.getOrDefault(field, field);
    }

    /** Field to header text, for each field the table has. */
    Map<String, String> texts() {
        return Map.copyOf(text);
    }

    /** Indexes of non-blank headers the schema does not know, in order; always empty when bound strictly. */
    List<Integer> unmatched() {
        return List.copyOf(unmatched);
    }
}
