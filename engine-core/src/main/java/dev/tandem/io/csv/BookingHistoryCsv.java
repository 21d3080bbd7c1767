package dev.tandem.io.csv;


import dev.tandem.network.InvalidInputException;
import dev.tandem.io.internal.HistoryRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import dev.tandem.forecast.BookingHistory;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.StoreId;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.NetworkSnapshot;

/**
 * Reads and writes a booking history as a CSV file in the form of the playbook's capacity table (产能监控表),
 * one row per store and day: <b>store</b> 门店 (id or name), <b>date</b> 日期, <b>capacity</b> 日产能,
 * <b>booked</b> 今日预约 or 预约; derived columns (产能利用率, 状态) are ignored. Files and cells are read as by
 * {@link CsvNetworkImport}, and every problem is reported at once as {@code history.csv:LINE column: message}.
 * The rules of a day are those of {@link dev.tandem.io.history.BookingHistoryJson}. Thread-safe.
 */
public final class BookingHistoryCsv {

    private static final CsvSchema HISTORY = CsvSnapshotReader.CAPACITY.withRequired("date");

    private BookingHistoryCsv() {
    }

    /**
     * @throws IOException if the file cannot be read
     * @throws InvalidSnapshotException listing every problem, if the history is invalid for {@code network}
     */
    public static BookingHistory read(Path file, NetworkSnapshot network) throws IOException {
        Path name = file.getFileName();
        return read(Files.readAllBytes(file), name == null ? file.toString() : name.toString(), network);
    }

    /**
     * @param name the file name problems are reported under, such as {@code history.csv}
     * @throws InvalidSnapshotException listing every problem, if the history is invalid for {@code network}
     */
    public static BookingHistory read(byte[] csv, String name, NetworkSnapshot network) {
        CsvProblems problems = new CsvProblems();
        HistoryRows rows = new HistoryRows(network);
        Optional<CsvTable> table = CsvTable.parse(name, 0, csv, problems);
        if (table.isPresent()) {
            CsvHeader header = CsvHeader.bind(table.get(), HISTORY, problems);
            if (header.isComplete()) {
                for (CsvTable.Row row : table.get().rows()) {
                    readRow(new CsvRecord(header, row, problems), rows, name);
                }
                if (table.get().rows().isEmpty()) {
                    problems.add(table.get(), 0, "", "has a header but no days; give at least two weeks of days");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("booking history", name, problems.sorted());
        }
        return BookingHistory.of(rows.days());
    }

    private static void readRow(CsvRecord record, HistoryRows rows, String name) {
        String store = record.required("store");
        LocalDate date = record.parseRequired("date", CsvCells::date, LocalDate.MIN);
        int capacity = record.parseRequired("capacity", CsvCells::wholeNumber, 0);
        int booked = record.parseRequired("booked", CsvCells::wholeNumber, 0);
        if (record.isClean()) {
            StoreId id = rows.store(store).orElse(StoreId.of(store));
            rows.add(id, date, capacity, booked, CsvProblems.place(name, record.line(), ""), record::problem);
        }
    }

    /** The history as CSV with English headers, in the history's order. */
    public static String toCsv(BookingHistory history) {
        StringBuilder csv = new StringBuilder("store,date,capacity,booked\n");
        for (CapacityDay day : history.days()) {
            csv.append(quoted(day.store().value())).append(',').append(day.date()).append(',')
                    .append(day.capacity()).append(',').append(day.booked()).append('\n');
        }
        return csv.toString();
    }

    private static String quoted(String cell) {
        boolean plain = cell.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? cell : '"' + cell.replace("\"", "\"\"") + '"';
    }
}
