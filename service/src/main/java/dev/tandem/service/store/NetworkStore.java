package dev.tandem.service.store;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.io.snapshot.SnapshotJson;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;

/**
 * The network in the database: seeded once from a snapshot (its fixed part kept as the snapshot's JSON, its live
 * part as rows), and read back as a snapshot of the current state.
 */
public final class NetworkStore {

    private NetworkStore() {
    }

    /** Whether the database holds a network already. */
    public static boolean isSeeded(Tx tx) throws SQLException {
        return tx.one("SELECT id FROM network WHERE id = 1", row -> row.getInt(1)).isPresent();
    }

    /** Writes the snapshot's network and live state into an empty database. */
    public static void seed(Tx tx, NetworkSnapshot network, OffsetDateTime now) throws SQLException {
        tx.update("INSERT INTO network (id, snapshot, seeded_at) VALUES (1, ?, ?)", SnapshotJson.toJson(network), now);
        List<Object[]> stock = new ArrayList<>();
        for (StockLevel level : network.stock()) {
            stock.add(new Object[] {level.store().value(), level.part().value(), level.onHand(), level.reserved(),
                    level.safetyStock()});
        }
        tx.batch("INSERT INTO stock (store, part, on_hand, reserved, safety_stock) VALUES (?, ?, ?, ?, ?)", stock);
        List<Object[]> capacity = new ArrayList<>();
        for (CapacityDay day : network.capacity()) {
            capacity.add(new Object[] {day.store().value(), day.date(), day.capacity(), day.booked()});
        }
        tx.batch("INSERT INTO capacity_day (store, on_date, capacity, booked) VALUES (?, ?, ?, ?)", capacity);
        List<Object[]> technicians = new ArrayList<>();
        for (Technician technician : network.technicians()) {
            technicians.add(new Object[] {technician.id().value(), technician.store().value(),
                    technician.status().name()});
        }
        tx.batch("INSERT INTO technician_state (technician, store, status) VALUES (?, ?, ?)", technicians);
    }

    /** The network as seeded: stores, parts, technicians, travel, and the seed's live state. */
    public static NetworkSnapshot base(Tx tx) throws SQLException {
        String json = tx.one("SELECT snapshot FROM network WHERE id = 1", row -> row.getString(1))
                .orElseThrow(() -> new IllegalStateException("The database holds no network yet."));
        return SnapshotJson.read(json);
    }

    /** The base network with the database's current stock, capacity and technician status. */
    public static NetworkSnapshot current(Tx tx, NetworkSnapshot base) throws SQLException {
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(base.asOf()).travel(base.travel())
                .addStores(base.stores()).addParts(base.parts());
        Map<String, TechnicianStatus> status = new HashMap<>();
        for (TechnicianRow row : technicians(tx)) {
            status.put(row.technician(), row.status());
        }
        for (Technician technician : base.technicians()) {
            builder.addTechnician(new Technician(technician.id(), technician.name(), technician.store(),
                    technician.level(), technician.skills(),
                    status.getOrDefault(technician.id().value(), technician.status()), technician.supportWindows()));
        }
        for (StockRow row : stock(tx)) {
            Optional<StockLevel> seed = base.stock(StoreId.of(row.store()), PartNumber.of(row.part()));
            builder.addStock(new StockLevel(StoreId.of(row.store()), PartNumber.of(row.part()), row.onHand(),
                    row.reserved(), row.safetyStock(), seed.map(StockLevel::avgDailyDemand).orElse(0.0),
                    seed.flatMap(StockLevel::lastMovement), seed.map(StockLevel::backorders).orElse(0)));
        }
        builder.addCapacity(capacity(tx));
        return builder.build();
    }

    /** A stock row as stored. */
    public record StockRow(String store, String part, int onHand, int reserved, int safetyStock) {
    }

    /** A technician's stored status. */
    public record TechnicianRow(String technician, String store, TechnicianStatus status) {
    }

    public static List<StockRow> stock(Tx tx) throws SQLException {
        return tx.list("SELECT store, part, on_hand, reserved, safety_stock FROM stock ORDER BY part, store",
                NetworkStore::stockRow);
    }

    public static Optional<StockRow> stock(Tx tx, String store, String part) throws SQLException {
        return tx.one("SELECT store, part, on_hand, reserved, safety_stock FROM stock WHERE store = ? AND part = ?",
                NetworkStore::stockRow, store, part);
    }

    public static List<CapacityDay> capacity(Tx tx) throws SQLException {
        return tx.list("SELECT store, on_date, capacity, booked FROM capacity_day ORDER BY store, on_date",
                NetworkStore::capacityRow);
    }

    public static Optional<CapacityDay> capacity(Tx tx, String store, java.time.LocalDate date) throws SQLException {
        return tx.one("SELECT store, on_date, capacity, booked FROM capacity_day WHERE store = ? AND on_date = ?",
                NetworkStore::capacityRow, store, date);
    }

    public static List<TechnicianRow> technicians(Tx tx) throws SQLException {
        return tx.list("SELECT technician, store, status FROM technician_state ORDER BY technician",
                NetworkStore::technicianRow);
    }

    public static Optional<TechnicianRow> technician(Tx tx, TechnicianId id) throws SQLException {
        return tx.one("SELECT technician, store, status FROM technician_state WHERE technician = ?",
                NetworkStore::technicianRow, id.value());
    }

    /** Locks a technician's row until the transaction ends. */
    public static Optional<TechnicianRow> lockTechnician(Tx tx, String id) throws SQLException {
        return tx.one("SELECT technician, store, status FROM technician_state WHERE technician = ? FOR UPDATE",
                NetworkStore::technicianRow, id);
    }

    /** Locks a capacity day until the transaction ends. */
    public static Optional<CapacityDay> lockCapacity(Tx tx, String store, java.time.LocalDate date)
            throws SQLException {
        return tx.one("SELECT store, on_date, capacity, booked FROM capacity_day WHERE store = ? AND on_date = ? "
                + "FOR UPDATE", NetworkStore::capacityRow, store, date);
    }

    private static StockRow stockRow(java.sql.ResultSet row) throws SQLException {
        return new StockRow(row.getString("store"), row.getString("part"), row.getInt("on_hand"),
                row.getInt("reserved"), row.getInt("safety_stock"));
    }

    private static CapacityDay capacityRow(java.sql.ResultSet row) throws SQLException {
        return new CapacityDay(StoreId.of(row.getString("store")), Tx.date(row, "on_date"), row.getInt("capacity"),
                row.getInt("booked"));
    }

    private static TechnicianRow technicianRow(java.sql.ResultSet row) throws SQLException {
        return new TechnicianRow(row.getString("technician"), row.getString("store"),
                TechnicianStatus.valueOf(row.getString("status")));
    }
}
