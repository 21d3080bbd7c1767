package dev.tandem.io.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * The rows of one CSV file as trimmed text cells, each row with the line it starts on. The first non-blank row
 * is the header. Blank rows (no cell with any text, such as {@code ,,,} from Excel) are dropped but still count
 * for line numbers; a quoted cell may hold commas and line breaks.
 */
final class CsvTable {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * One row of cells.
     *
     * @param line the 1-based line the row starts on
     * @param cells the cells, trimmed; a row may have fewer or more cells than the header
     */
    record Row(int line, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        /** The cell in column {@code index}, empty when the row is shorter. */
        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private final String name;
    private final int order;
    private final Row header;
    private final List<Row> rows;

    private CsvTable(String name, int order, Row header, List<Row> rows) {
        this.name = name;
        this.order = order;
        this.header = header;
        this.rows = List.copyOf(rows);
    }

    /**
     * Parses UTF-8 CSV, with or without a byte order mark.
     *
     * @param name the file name used in problems, such as {@code stock.csv}
     * @param order where the file sorts among the files of one import
     * @return the table, or empty with a problem recorded when the bytes are not UTF-8 CSV with a header
     */
    static Optional<CsvTable> parse(String name, int order, byte[] content, CsvProblems problems) {
        Optional<String> text = decode(name, order, content, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Row> all = new ArrayList<>();
        int line = 0;
        try (JsonParser parser = MAPPER.getFactory().createParser(text.get())) {
            int depth = 0;
            List<String> cells = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    cells = new ArrayList<>();
                    line = 0;
                } else if (token == JsonToken.END_ARRAY) {
                    if (depth == 2 && cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                        all.add(new Row(line, cells));
                    }
                    depth--;
                } else if (token == JsonToken.VALUE_STRING) {
                    if (line == 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText().strip());
                }
            }
        } catch (JsonProcessingException e) {
            // named at the row it broke in, which a quote left open can be far above where parsing failed
            JsonLocation location = e.getLocation();
            int failedAt = location == null ? 0 : Math.max(0, location.getLineNr());
            int rowLine = line > 0 ? line : failedAt;
            problems.add(name, order, rowLine, "", "is not valid CSV: " + e.getOriginalMessage()
                    + (failedAt > rowLine ? " (found at line " + failedAt + ")" : ""));
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading CSV from memory failed.", e);
        }
        if (all.isEmpty()) {
            problems.add(name, order, 0, "", "is empty; expected a header line and then one line per row");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(name, order, all.get(0), all.subList(1, all.size())));
    }

    private static Optional<String> decode(String name, int order, byte[] content, CsvProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (content[i] == '\n') {
                    line++;
                }
            }
            problems.add(name, order, line, "", "is not UTF-8 text; save the file as \"CSV UTF-8\" "
                    + "(in Excel: 另存为 → CSV UTF-8)");
            return Optional.empty();
        }
        out.flip();
        String text = out.toString();
        return Optional.of(!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text);
    }

    /** The file name, such as {@code stock.csv}. */
    String name() {
        return name;
    }

    int order() {
        return order;
    }

    Row header() {
        return header;
    }

    /** The data rows after the header, in file order, blank rows left out. */
    List<Row> rows() {
        return rows;
    }
}
