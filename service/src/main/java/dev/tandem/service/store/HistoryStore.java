package dev.tandem.service.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.StoreId;

/** The booking history the capacity forecast learns from, one row per store and day. */
public final class HistoryStore {

    private HistoryStore() {
    }

    public static List<CapacityDay> all(Tx tx) throws SQLException {
        return tx.list("SELECT store, on_date, capacity, booked FROM booking_history ORDER BY store, on_date",
                row -> new CapacityDay(StoreId.of(row.getString("store")), Tx.date(row, "on_date"),
                        row.getInt("capacity"), row.getInt("booked")));
    }

    /** Replaces the whole history. */
    public static void replace(Tx tx, List<CapacityDay> days) throws SQLException {
        tx.update("DELETE FROM booking_history");
        List<Object[]> rows = new ArrayList<>();
        for (CapacityDay day : days) {
            rows.add(new Object[] {day.store().value(), day.date(), day.capacity(), day.booked()});
        }
        tx.batch("INSERT INTO booking_history (store, on_date, capacity, booked) VALUES (?, ?, ?, ?)", rows);
    }
}
