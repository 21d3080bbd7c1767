package dev.tandem.service.flow;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.ServiceException;
import dev.tandem.service.store.Change;
import dev.tandem.service.store.NetworkStore;
import dev.tandem.service.store.NetworkStore.StockRow;
import dev.tandem.service.store.NetworkStore.TechnicianRow;
import dev.tandem.service.store.StockStore;

/**
 * A store's own updates to the live network: deliveries and parts used, safety stock, technician status and
 * daily capacity. Each store updates only its own rows.
 */
public final class NetworkUpdates {

    /** The most units one movement may carry. */
    public static final int MAX_UNITS = 100_000;

    /** Which way a stock movement goes. */
    public enum MovementKind {
        /** Units arrive (a delivery from the warehouse). */
        RECEIVE,
        /** Units leave for a customer's job. */
        CONSUME
    }

    /** An acknowledged stock movement and the stock row after it. */
    public record Movement(String id, String store, String part, MovementKind kind, int units, OffsetDateTime at,
            StockRow stock) {
    }

    private final NetworkSnapshot network;

    public NetworkUpdates(NetworkSnapshot network) {
        this.network = network;
    }

    public Reply move(ActionTx tx, String store, String part, MovementKind kind, int units) throws SQLException {
        Names.store(network, "/store", store);
        Names.part(network, "/part", part);
        TransferFlow.checkQuantity("/units", units, MAX_UNITS);
        tx.principal().requireStaffOf(store, "change the stock of store (" + store + ")");
        Optional<StockRow> row = StockStore.lock(tx.tx(), store, part);
        int onHand = row.map(StockRow::onHand).orElse(0);
        int reserved = row.map(StockRow::reserved).orElse(0);
        if (kind == MovementKind.CONSUME && onHand - reserved < units) {
            throw ServiceException.conflict("insufficient-stock", "Store (" + store + ") has " + (onHand - reserved)
                    + " units of part (" + part + ") free (on hand " + onHand + ", reserved " + reserved
                    + "); cannot use " + units + ".\nReserved units are held for jobs and transfers.");
        }
        int next = kind == MovementKind.RECEIVE ? onHand + units : onHand - units;
        if (row.isPresent()) {
            StockStore.update(tx.tx(), store, part, next, reserved);
        } else {
            StockStore.insert(tx.tx(), store, part, next);
        }
        String id = Records.newId("SM");
        StockStore.recordMovement(tx.tx(), id, store, part, kind.name(), units, tx.principal().username(), tx.now());
        tx.changed(Change.of(kind == MovementKind.RECEIVE ? "stock.received" : "stock.consumed").stock(store, part)
                .build());
        return Reply.created(new Movement(id, store, part, kind, units, tx.now(),
                NetworkStore.stock(tx.tx(), store, part).orElseThrow()));
    }

    public Reply setSafetyStock(ActionTx tx, String store, String part, int units) throws SQLException {
        Names.store(network, "store", store);
        Names.part(network, "part", part);
        if (units < 0 || units > MAX_UNITS) {
            throw ServiceException.invalid("/units", "must be from 0 to " + MAX_UNITS, String.valueOf(units));
        }
        tx.principal().requireStaffOf(store, "set the safety stock of store (" + store + ")");
        if (StockStore.lock(tx.tx(), store, part).isEmpty()) {
            StockStore.insert(tx.tx(), store, part, 0);
        }
        StockStore.setSafetyStock(tx.tx(), store, part, units);
        tx.changed(Change.of("stock.safety-stock").stock(store, part).build());
        return Reply.ok(NetworkStore.stock(tx.tx(), store, part).orElseThrow());
    }

    /** Sets a technician's status; ON_SUPPORT is set by the support flow, not by hand. */
    public Reply setTechnicianStatus(ActionTx tx, String technicianId, TechnicianStatus status) throws SQLException {
        Technician technician = network.findTechnician(Names.technician(network, "technician", technicianId))
                .orElseThrow();
        if (status == TechnicianStatus.ON_SUPPORT) {
            throw ServiceException.invalid("/status", "must be ON_DUTY, OFF or LEAVE; ON_SUPPORT follows the "
                    + "support booking", status.name());
        }
        tx.principal().requireStaffOf(technician.store().value(), "set the status of technician (" + technicianId
                + ") of store (" + technician.store() + ")");
        TechnicianRow row = NetworkStore.lockTechnician(tx.tx(), technicianId).orElseThrow();
        if (row.status() == TechnicianStatus.ON_SUPPORT) {
            throw ServiceException.conflict("technician-on-support", "Technician (" + technicianId
                    + ") is ON_SUPPORT; the status follows the support trip until it is completed.");
        }
        tx.tx().update("UPDATE technician_state SET status = ? WHERE technician = ?", status.name(), technicianId);
        tx.changed(Change.of("technician.status").technician(technicianId).build());
        return Reply.ok(NetworkStore.technician(tx.tx(), technician.id()).orElseThrow());
    }

    /** Sets a store's capacity on a day it has one, such as when a technician calls in sick. */
    public Reply setCapacity(ActionTx tx, String store, LocalDate date, int capacity) throws SQLException {
        Names.store(network, "store", store);
        if (capacity < 1 || capacity > MAX_UNITS) {
            throw ServiceException.invalid("/capacity", "must be from 1 to " + MAX_UNITS, String.valueOf(capacity));
        }
        tx.principal().requireStaffOf(store, "set the capacity of store (" + store + ")");
        CapacityDay day = NetworkStore.lockCapacity(tx.tx(), store, date).orElseThrow(() -> ServiceException.notFound(
                "Store (" + store + ") has no capacity day on " + date + "."));
        tx.tx().update("UPDATE capacity_day SET capacity = ? WHERE store = ? AND on_date = ?", capacity, store, date);
        tx.changed(Change.of("capacity.changed").capacity(store, date).build());
        return Reply.ok(new CapacityDay(day.store(), date, capacity, day.booked()));
    }
}
