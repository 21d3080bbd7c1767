package dev.tandem.service.store;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;

import dev.tandem.service.store.NetworkStore.StockRow;

/**
 * Stock rows under lock. Callers lock every row they change with {@link #lock} ({@code SELECT ... FOR UPDATE}),
 * in (part, store) order so that two actions on the same rows cannot deadlock, then check and write.
 */
public final class StockStore {

    private StockStore() {
    }

    /** Locks a stock row until the transaction ends; empty when the store never held the part. */
    public static Optional<StockRow> lock(Tx tx, String store, String part) throws SQLException {
        return tx.one("SELECT store, part, on_hand, reserved, safety_stock FROM stock WHERE store = ? AND part = ? "
                + "FOR UPDATE", row -> new StockRow(row.getString("store"), row.getString("part"),
                        row.getInt("on_hand"), row.getInt("reserved"), row.getInt("safety_stock")), store, part);
    }

    /** Writes a locked row's new quantities. */
    public static void update(Tx tx, String store, String part, int onHand, int reserved) throws SQLException {
        tx.update("UPDATE stock SET on_hand = ?, reserved = ? WHERE store = ? AND part = ?", onHand, reserved, store,
                part);
    }

    /** Starts a row for a store that never held the part. */
    public static void insert(Tx tx, String store, String part, int onHand) throws SQLException {
        tx.update("INSERT INTO stock (store, part, on_hand, reserved, safety_stock) VALUES (?, ?, ?, 0, 0)", store,
                part, onHand);
    }

    public static void setSafetyStock(Tx tx, String store, String part, int units) throws SQLException {
        tx.update("UPDATE stock SET safety_stock = ? WHERE store = ? AND part = ?", units, store, part);
    }

    /** Records an acknowledged delivery or consumption. */
    public static void recordMovement(Tx tx, String id, String store, String part, String kind, int units,
            String actor, OffsetDateTime at) throws SQLException {
        tx.update("INSERT INTO stock_movement (id, store, part, kind, units, actor, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, store, part, kind, units, actor, at);
    }
}
