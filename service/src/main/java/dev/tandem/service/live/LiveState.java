package dev.tandem.service.live;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import dev.tandem.ledger.RecordKind;
import dev.tandem.ledger.Status;
import dev.tandem.match.LiveNetwork;
import dev.tandem.match.MatchSettings;
import dev.tandem.match.ReceivingStoreMatcher;
import dev.tandem.match.TechnicianMatcher;
import dev.tandem.match.TransferAdvisor;
import dev.tandem.model.CapacityDay;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TimeWindow;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.service.store.LedgerStore;
import dev.tandem.service.store.LedgerStore.RecordRow;
import dev.tandem.service.store.NetworkStore;
import dev.tandem.service.store.NetworkStore.StockRow;
import dev.tandem.service.store.NetworkStore.TechnicianRow;
import dev.tandem.service.store.Tx;

/**
 * One instance's in-memory copy of the live network: the library's {@link LiveNetwork} with its indexed
 * matchers, kept equal to the database by the {@link ChangeFollower}, its only writer. Each update sets a row to
 * the values the database holds now, so applying a change twice, or late, leaves the same state.
 */
public final class LiveState {

    private final NetworkSnapshot base;
    private final LiveNetwork live;
    private final TransferAdvisor advisor;
    private final TechnicianMatcher technicianMatcher;
    private final ReceivingStoreMatcher receivingMatcher;
    /** Support trips booked in the live network, by record id. */
    private final Map<String, TimeWindow> trips = new HashMap<>();

    LiveState(NetworkSnapshot base, NetworkSnapshot current, MatchSettings settings) {
        this.base = Objects.requireNonNull(base, "base");
        this.live = LiveNetwork.of(current);
        this.advisor = TransferAdvisor.indexed(live, settings);
        this.technicianMatcher = TechnicianMatcher.indexed(live, settings);
        this.receivingMatcher = ReceivingStoreMatcher.indexed(live, settings);
    }

    /**
     * The live state as the database holds it now: the seeded network with the current stock, capacity and
     * technician status, and the support trips booked.
     */
    public static LiveState load(Tx tx, MatchSettings settings) throws SQLException {
        NetworkSnapshot base = NetworkStore.base(tx);
        LiveState state = new LiveState(base, NetworkStore.current(tx, base), settings);
        for (RecordRow trip : LedgerStore.list(tx, new LedgerStore.Filter(RecordKind.SUPPORT, null, null,
                Integer.MAX_VALUE))) {
            state.apply(trip);
        }
        return state;
    }

    /** The network as seeded: ids, stores, parts, technicians, travel. */
    public NetworkSnapshot base() {
        return base;
    }

    /** The current state as a snapshot, for the views and the planners. */
    public NetworkSnapshot snapshot() {
        return live.snapshot();
    }

    public LiveNetwork network() {
        return live;
    }

    public TransferAdvisor advisor() {
        return advisor;
    }

    public TechnicianMatcher technicianMatcher() {
        return technicianMatcher;
    }

    public ReceivingStoreMatcher receivingMatcher() {
        return receivingMatcher;
    }

    /**
     * Sets a stock row to the stored values. Releases first, then moves on-hand units, then reserves, so every
     * step keeps {@code reserved <= onHand}.
     */
    void apply(StockRow row) {
        StoreId store = StoreId.of(row.store());
        PartNumber part = PartNumber.of(row.part());
        Optional<StockLevel> now = live.stock(store, part);
        int onHand = now.map(StockLevel::onHand).orElse(0);
        int reserved = now.map(StockLevel::reserved).orElse(0);
        if (row.reserved() < reserved) {
            live.reserve(store, part, row.reserved() - reserved);
            reserved = row.reserved();
        }
        if (row.onHand() > onHand) {
            live.receive(store, part, row.onHand() - onHand);
        } else if (row.onHand() < onHand) {
            live.consume(store, part, onHand - row.onHand());
        }
        if (row.reserved() > reserved) {
            live.reserve(store, part, row.reserved() - reserved);
        }
        if (now.map(StockLevel::safetyStock).orElse(0) != row.safetyStock()) {
            live.setSafetyStock(store, part, row.safetyStock());
        }
    }

    void apply(CapacityDay day) {
        if (day.capacity() <= 0) {
            return;
        }
        Optional<CapacityDay> now = live.capacity(day.store(), day.date());
        if (now.isEmpty() || now.get().capacity() != day.capacity()) {
            live.setCapacity(day.store(), day.date(), day.capacity());
        }
        int booked = live.capacity(day.store(), day.date()).map(CapacityDay::booked).orElse(0);
        if (booked != day.booked()) {
            live.book(day.store(), day.date(), day.booked() - booked);
        }
    }

    void apply(TechnicianRow row) {
        live.setStatus(TechnicianId.of(row.technician()), row.status());
    }

    /** Books or frees a support trip as its record's status says: booked while accepted or under way. */
    void apply(RecordRow record) {
        if (record.kind() != RecordKind.SUPPORT || record.windowFrom() == null) {
            return;
        }
        boolean holds = record.status() == Status.ACCEPTED || record.status() == Status.IN_PROGRESS;
        TimeWindow booked = trips.get(record.id());
        TechnicianId technician = TechnicianId.of(record.technician());
        if (holds && booked == null) {
            TimeWindow window = TimeWindow.of(record.windowFrom(), record.windowTo());
            live.bookTrip(technician, window);
            trips.put(record.id(), window);
        } else if (!holds && booked != null) {
            live.cancelTrip(technician, booked);
            trips.remove(record.id());
        }
    }
}
