package dev.tandem.match;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.internal.Bounds;
import dev.tandem.travel.DriveIndex;

/**
 * The network as it changes during the day: stock, capacity bookings and technician status and trips, indexed
 * for the matchers and safe to update while they query.
 *
 * <p>Each update is atomic and either applies whole or throws, leaving the state as it was: a transfer of a part
 * between two stores is seen by every query of that part either entirely or not at all; stock never goes below
 * zero or below what is reserved, and no count goes beyond {@link Bounds#MAX_UNITS}, the bound a snapshot
 * obeys, so {@link #snapshot()} of any state the updates reach is a valid snapshot. A day's capacity and bookings
 * are read together, as they stood at one moment. A stock update finds its row with {@code stores / 64} word
 * operations (32 at 2,000 stores) and a store that newly holds a part shifts that part's rows, {@code O(holders)};
 * capacity and technician updates are {@code O(1)}. Nothing rebuilds the indexes. The live network's "today",
 * stamped on stock movements, is the snapshot's date.
 *
 * <p>Stores, parts and technicians are those of the snapshot it was built from; the drive index is computed
 * once, on construction.
 */
public final class LiveNetwork {

    private final NetworkSnapshot base;
    private final DriveIndex drives;
    private final PartHoldings[] holdings;
    private final CapacityBoard capacity;
    private final TechnicianBoard technicians;

    private LiveNetwork(NetworkSnapshot base) {
        this.base = base;
        this.drives = DriveIndex.of(base);
        this.holdings = new PartHoldings[base.partCount()];
        for (int p = 0; p < holdings.length; p++) {
            List<StockLevel> rows = base.stockOfPart(base.partAt(p).number());
            PartHoldings part = new PartHoldings(rows.size(), base.storeCount());
            for (StockLevel level : rows) {
                part.load(base.storeIndex(level.store()), level.onHand(), level.reserved(), level.safetyStock(),
                        level.backorders(), level.avgDailyDemand(),
                        level.lastMovement().map(LocalDate::toEpochDay).orElse(PartHoldings.UNKNOWN_DAY));
            }
            holdings[p] = part;
        }
        this.capacity = new CapacityBoard(base);
        this.technicians = new TechnicianBoard(base);
    }

    /** Indexes {@code snapshot}; takes {@code O(stores² log stores + stock rows + technicians)}. */
    public static LiveNetwork of(NetworkSnapshot snapshot) {
        return new LiveNetwork(Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** The snapshot this live network started from: its ids, parts, stores and travel. */
    public NetworkSnapshot base() {
        return base;
    }

    public DriveIndex drives() {
        return drives;
    }

    // ---- stock ----

    /**
     * Units arrive at {@code store} (a delivery or an incoming transfer).
     *
     * @throws IllegalStateException if the store would hold more than {@link Bounds#MAX_UNITS} on hand
     */
    public void receive(StoreId store, PartNumber part, int units) {
        checkArgument(units > 0, "The units (%s) received must be positive.", units);
        int s = base.storeIndex(store);
        PartHoldings holding = holdings[base.partIndex(part)];
        long stamp = holding.lock.writeLock();
        try {
            int onHand = requireRoom(holding, s, store, part, units);
            int slot = holding.slotForWrite(s);
            holding.rows.setOnHand(slot, onHand + units);
            holding.rows.lastMovementDay[slot] = base.today().toEpochDay();
        } finally {
            holding.lock.unlockWrite(stamp);
        }
    }

    /**
     * Units leave {@code store} for a customer's job (a part sold or fitted).
     *
     * @throws IllegalStateException if fewer than {@code units} are on hand and not reserved
     */
    public void consume(StoreId store, PartNumber part, int units) {
        checkArgument(units > 0, "The units (%s) consumed must be positive.", units);
        int s = base.storeIndex(store);
        PartHoldings holding = holdings[base.partIndex(part)];
        long stamp = holding.lock.writeLock();
        try {
            int slot = requireAvailable(holding, s, store, part, units);
            holding.rows.setOnHand(slot, holding.rows.onHand(slot) - units);
            holding.rows.lastMovementDay[slot] = base.today().toEpochDay();
        } finally {
            holding.lock.unlockWrite(stamp);
        }
    }

    /**
     * Moves units between stores in one atomic step: every query of the part sees the units at the source or at
     * the destination, never at both or neither.
     *
     * @throws IllegalStateException if the source has fewer than {@code units} on hand and not reserved, or the
     *     destination would hold more than {@link Bounds#MAX_UNITS} on hand
     */
    public void transfer(StoreId from, StoreId to, PartNumber part, int units) {
        checkArgument(units > 0, "The units (%s) transferred must be positive.", units);
        checkArgument(!from.equals(to), "A transfer needs two different stores, not (%s) twice.", from);
        int source = base.storeIndex(from);
        int destination = base.storeIndex(to);
        PartHoldings holding = holdings[base.partIndex(part)];
        long stamp = holding.lock.writeLock();
        try {
            requireAvailable(holding, source, from, part, units);
            int onHand = requireRoom(holding, destination, to, part, units);
            int into = holding.slotForWrite(destination);
            int out = holding.slotOf(holding.rows, holding.size, source);
            long today = base.today().toEpochDay();
            holding.rows.setOnHand(into, onHand + units);
            holding.rows.setOnHand(out, holding.rows.onHand(out) - units);
            holding.rows.lastMovementDay[into] = today;
            holding.rows.lastMovementDay[out] = today;
        } finally {
            holding.lock.unlockWrite(stamp);
        }
    }

    /**
     * Reserves units for a job at {@code store} (negative to release a reservation).
     *
     * @throws IllegalStateException if that would reserve more than is on hand, or release more than is reserved
     */
    public void reserve(StoreId store, PartNumber part, int units) {
        checkArgument(units != 0, "The units (0) to reserve or release must not be zero.");
        int s = base.storeIndex(store);
        PartHoldings holding = holdings[base.partIndex(part)];
        long stamp = holding.lock.writeLock();
        try {
            int slot = holding.slotOf(holding.rows, holding.size, s);
            int onHand = slot < 0 ? 0 : holding.rows.onHand(slot);
            int reserved = slot < 0 ? 0 : holding.rows.reserved(slot);
            long next = (long) reserved + units;
            if (next < 0 || next > onHand) {
                throw new IllegalStateException("Store (" + store + ") has " + onHand + " units of part (" + part
                        + ") with " + reserved + " reserved; cannot change the reservation by " + units + ".");
            }
            holding.rows.setReserved(slot, (int) next);
        } finally {
            holding.lock.unlockWrite(stamp);
        }
    }

    /** Sets the safety stock of a part at a store, from 0 to {@link Bounds#MAX_UNITS}. */
    public void setSafetyStock(StoreId store, PartNumber part, int units) {
        checkArgument(units >= 0, "The safety stock (%s) must be 0 or more.", units);
        checkArgument(units <= Bounds.MAX_UNITS, "The safety stock (%s) must be at most %s.", units,
                Bounds.MAX_UNITS);
        int s = base.storeIndex(store);
        PartHoldings holding = holdings[base.partIndex(part)];
        long stamp = holding.lock.writeLock();
        try {
            int slot = holding.slotForWrite(s);
            holding.rows.setSafety(slot, units);
        } finally {
            holding.lock.unlockWrite(stamp);
        }
    }

    /** The current stock of a part at a store, read consistently; empty when the store has never held it. */
    public Optional<StockLevel> stock(StoreId store, PartNumber part) {
        int s = base.storeIndex(store);
        PartHoldings holding = holdings[base.partIndex(part)];
        long stamp = holding.lock.readLock();
        try {
            int slot = holding.slotOf(holding.rows, holding.size, s);
            return slot < 0 ? Optional.empty() : Optional.of(row(holding.rows, slot, store, part));
        } finally {
            holding.lock.unlockRead(stamp);
        }
    }

    /** Units of a part on hand across the network, summed over one consistent moment. */
    public long totalOnHand(PartNumber part) {
        PartHoldings holding = holdings[base.partIndex(part)];
        long stamp = holding.lock.tryOptimisticRead();
        long total = sumOnHand(holding);
        if (!holding.lock.validate(stamp)) {
            stamp = holding.lock.readLock();
            try {
                total = sumOnHand(holding);
            } finally {
                holding.lock.unlockRead(stamp);
            }
        }
        return total;
    }

    // ---- capacity ----

    /**
     * Books {@code jobs} more jobs at a store on a day (negative to cancel).
     *
     * @throws IllegalArgumentException if the day is outside the snapshot's capacity dates
     * @throws IllegalStateException if the store has no capacity that day, if cancelling more than is booked, or
     *     if the bookings would go beyond {@link Bounds#MAX_UNITS}
     */
    public void book(StoreId store, LocalDate date, int jobs) {
        capacity.book(capacityCell(store, date), jobs, store, date);
    }

    /**
     * Sets a store's capacity on a day, from 1 to {@link Bounds#MAX_UNITS}, such as when a technician calls in
     * sick; the bookings stay.
     */
    public void setCapacity(StoreId store, LocalDate date, int jobs) {
        checkArgument(jobs > 0, "The capacity (%s) must be positive.", jobs);
        checkArgument(jobs <= Bounds.MAX_UNITS, "The capacity (%s) must be at most %s.", jobs, Bounds.MAX_UNITS);
        capacity.setCapacity(capacityCell(store, date), jobs);
    }

    /** The current capacity and bookings of a store on a day, as they stood together at one moment, if known. */
    public Optional<CapacityDay> capacity(StoreId store, LocalDate date) {
        long day = capacity.read(capacity.cell(base.storeIndex(store), date.toEpochDay()));
        int jobs = CapacityBoard.capacityOf(day);
        return jobs <= 0 ? Optional.empty()
                : Optional.of(new CapacityDay(store, date, jobs, CapacityBoard.bookedOf(day)));
    }

    // ---- technicians ----

    /** Sets a technician's status, such as {@link TechnicianStatus#LEAVE} when called in sick. */
    public void setStatus(TechnicianId technician, TechnicianStatus status) {
        technicians.setStatus(base.technicianIndex(technician), Objects.requireNonNull(status, "status"));
    }

    public TechnicianStatus status(TechnicianId technician) {
        return technicians.status(base.technicianIndex(technician));
    }

    /**
     * Books a support trip for a technician, after which the matcher no longer offers them in that window.
     *
     * @throws IllegalStateException if it overlaps a trip already booked
     */
    public void bookTrip(TechnicianId technician, TimeWindow trip) {
        checkArgument(trip.isValid(), "The trip (%s) must end after it starts.", trip);
        technicians.book(base.technicianIndex(technician), trip.from().toEpochSecond(), trip.to().toEpochSecond());
    }

    /** Cancels a booked trip; returns whether there was one. */
    public boolean cancelTrip(TechnicianId technician, TimeWindow trip) {
        return technicians.cancel(base.technicianIndex(technician), trip.from().toEpochSecond(),
                trip.to().toEpochSecond());
    }

    // ---- export ----

    /**
     * The current state as a snapshot: stock by part then store, capacity by store then date, technicians with
     * their current status. Each part is read at one consistent moment; booked trips are not part of a snapshot.
     */
    public NetworkSnapshot snapshot() {
        NetworkSnapshot.Builder builder = NetworkSnapshot.builder().asOf(base.asOf()).travel(base.travel())
                .addStores(base.stores()).addParts(base.parts());
        for (int t = 0; t < base.technicianCount(); t++) {
            Technician technician = base.technicianAt(t);
            builder.addTechnician(new Technician(technician.id(), technician.name(), technician.store(),
                    technician.level(), technician.skills(), technicians.status(t), technician.supportWindows()));
        }
        for (int p = 0; p < holdings.length; p++) {
            PartNumber part = base.partAt(p).number();
            PartHoldings holding = holdings[p];
            long stamp = holding.lock.readLock();
            try {
                PartHoldings.Rows rows = holding.rows;
                for (int slot = 0; slot < holding.size; slot++) {
                    builder.addStock(row(rows, slot, base.storeAt(rows.stores[slot]).id(), part));
                }
            } finally {
                holding.lock.unlockRead(stamp);
            }
        }
        for (int s = 0; s < base.storeCount(); s++) {
            StoreId store = base.storeAt(s).id();
            for (int d = 0; d < capacity.days(); d++) {
                capacity(store, capacity.date(d)).ifPresent(builder::addCapacity);
            }
        }
        return builder.build();
    }

    // ---- for the matchers ----

    PartHoldings holdings(int part) {
        return holdings[part];
    }

    CapacityBoard capacityBoard() {
        return capacity;
    }

    TechnicianBoard technicianBoard() {
        return technicians;
    }

    private int capacityCell(StoreId store, LocalDate date) {
        int cell = capacity.cell(base.storeIndex(store), date.toEpochDay());
        if (cell < 0) {
            throw new IllegalArgumentException(capacity.days() == 0
                    ? "The network has no capacity dates, so (" + date + ") has none."
                    : "The date (" + date + ") is outside the capacity dates of the network (" + capacity.date(0)
                            + " to " + capacity.date(capacity.days() - 1) + ").");
        }
        return cell;
    }

    private int requireAvailable(PartHoldings holding, int store, StoreId storeId, PartNumber part, int units) {
        int slot = holding.slotOf(holding.rows, holding.size, store);
        int available = slot < 0 ? 0 : holding.rows.available(slot);
        if (available < units) {
            throw new IllegalStateException("Store (" + storeId + ") has " + available + " units of part (" + part
                    + ") on hand and not reserved; cannot take " + units + ".");
        }
        return slot;
    }

    /**
     * The units {@code store} holds on hand, after checking that {@code units} more stay within
     * {@link Bounds#MAX_UNITS}.
     */
    private static int requireRoom(PartHoldings holding, int store, StoreId storeId, PartNumber part, int units) {
        int slot = holding.slotOf(holding.rows, holding.size, store);
        int onHand = slot < 0 ? 0 : holding.rows.onHand(slot);
        long next = (long) onHand + units;
        if (next > Bounds.MAX_UNITS) {
            throw new IllegalStateException("Store (" + storeId + ") would hold " + next + " units of part (" + part
                    + ") on hand, more than the most a count may hold (" + Bounds.MAX_UNITS + ")."
                    + "\nMaybe the units are wrong; a real store holds far fewer.");
        }
        return onHand;
    }

    private static long sumOnHand(PartHoldings holding) {
        PartHoldings.Rows rows = holding.rows;
        int count = PartHoldings.count(rows, holding.size);
        long total = 0;
        for (int slot = 0; slot < count; slot++) {
            total += rows.onHand(slot);
        }
        return total;
    }

    private static StockLevel row(PartHoldings.Rows rows, int slot, StoreId store, PartNumber part) {
        long day = rows.lastMovementDay[slot];
        return new StockLevel(store, part, rows.onHand(slot), rows.reserved(slot), rows.safety(slot),
                rows.demand[slot], day == PartHoldings.UNKNOWN_DAY ? Optional.empty()
                        : Optional.of(LocalDate.ofEpochDay(day)),
                rows.backorders(slot));
    }
}
