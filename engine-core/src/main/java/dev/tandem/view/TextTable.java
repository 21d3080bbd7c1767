package dev.tandem.view;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;

import com.google.common.collect.ImmutableList;

/**
 * A plain-text table for terminals and logs, columns aligned by display width: a Chinese character counts as
 * two columns, so a table of 深圳店 and 广州店 lines up. Numbers should be given right-aligned columns.
 */
public final class TextTable {

    /** How a column aligns its cells. */
    public enum Align { LEFT, RIGHT }

    private final ImmutableList<String> headers;
    private final ImmutableList<Align> aligns;
    private final List<List<String>> rows = new ArrayList<>();

    private TextTable(List<String> headers, List<Align> aligns) {
        this.headers = ImmutableList.copyOf(headers);
        this.aligns = ImmutableList.copyOf(aligns);
    }

    /** A table with the given headers; a header starting with {@code >} is right-aligned (the mark is dropped). */
    public static TextTable withHeaders(String... headers) {
        List<String> names = new ArrayList<>();
        List<Align> aligns = new ArrayList<>();
        for (String header : headers) {
            boolean right = header.startsWith(">");
            names.add(right ? header.substring(1) : header);
            aligns.add(right ? Align.RIGHT : Align.LEFT);
        }
        return new TextTable(names, aligns);
    }

    public TextTable addRow(Object... cells) {
        checkArgument(cells.length == headers.size(), "The row has %s cells but the table has %s columns.",
                cells.length, headers.size());
        List<String> row = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The table as lines separated by {@code \n}, with a header rule, ending in a line break. */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int column = 0; column < widths.length; column++) {
            widths[column] = displayWidth(headers.get(column));
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], displayWidth(row.get(column)));
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, headers, widths);
        for (int column = 0; column < widths.length; column++) {
            text.append(column == 0 ? "" : "  ").append("-".repeat(widths[column]));
        }
        text.append('\n');
        rows.forEach(row -> appendLine(text, row, widths));
        return text.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    private void appendLine(StringBuilder text, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - displayWidth(cell));
            line.append(column == 0 ? "" : "  ");
            line.append(aligns.get(column) == Align.RIGHT ? padding + cell : cell + padding);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    /** Columns a terminal uses for {@code text}: two for East Asian wide characters, one otherwise. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    private static boolean isWide(int codePoint) {
        return codePoint >= 0x1100 && (codePoint <= 0x115F
                || codePoint >= 0x2E80 && codePoint <= 0xA4CF && codePoint != 0x303F
                || codePoint >= 0xAC00 && codePoint <= 0xD7A3
                || codePoint >= 0xF900 && codePoint <= 0xFAFF
                || codePoint >= 0xFE30 && codePoint <= 0xFE4F
                || codePoint >= 0xFF00 && codePoint <= 0xFF60
                || codePoint >= 0xFFE0 && codePoint <= 0xFFE6
                || codePoint >= 0x20000 && codePoint <= 0x3FFFD);
    }
}
