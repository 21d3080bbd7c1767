package dev.tandem.io.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * The rules of a booking-history row, the same for JSON and CSV: the store is in the network, the day is before
 * the snapshot's date and within two years of it, one row per store and day, capacity positive, bookings not
 * negative. Collects the rows that pass. Used once per read.
 */
public final class HistoryRows {

    /** Where a row's problems go: a field and a message. */
    public interface Reporter {
        void problem(String field, String message);
    }

    public static final int MAX_DAYS_BACK = 731;

    private final NetworkSnapshot network;
    private final Map<String, List<StoreId>> storesByName = new HashMap<>();
    private final Map<List<Object>, String> firstPlace = new HashMap<>();
    private final List<CapacityDay> days = new ArrayList<>();

    public HistoryRows(NetworkSnapshot network) {
        this.network = network;
        network.stores().forEach(store -> storesByName.computeIfAbsent(store.name(), name -> new ArrayList<>())
                .add(store.id()));
    }

    /**
     * Checks one row whose fields parsed; adds it when it passes.
     *
     * @param place how problems name this row, such as {@code days[3]} or {@code history.csv:5}
     */
    public void add(StoreId store, LocalDate date, int capacity, int booked, String place, Reporter reporter) {
        boolean clean = true;
        if (network.findStore(store).isEmpty()) {
            reporter.problem("store", "unknown store \"" + store.value() + "\"");
            clean = false;
        }
        LocalDate today = network.today();
        if (!date.isBefore(today)) {
            reporter.problem("date", date + " is not before the snapshot's date (" + today + "); the history holds "
                    + "past days only");
            clean = false;
        } else if (date.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            reporter.problem("date", date + " is more than two years before the snapshot's date (" + today + ")");
            clean = false;
        }
        if (capacity <= 0) {
            reporter.problem("capacity", capacity + " must be positive");
            clean = false;
        }
        if (booked < 0) {
            reporter.problem("booked", booked + " is negative");
            clean = false;
        }
        String first = firstPlace.putIfAbsent(List.of(store, date), place);
        if (first != null) {
            reporter.problem("date", "a second row for store " + store.value() + " on " + date + " (first at "
                    + first + ")");
            clean = false;
        }
        if (clean) {
            days.add(new CapacityDay(store, date, capacity, booked));
        }
    }

    /** The rows that passed, in the order given. */
    public List<CapacityDay> days() {
        return days;
    }

    /** A store cell: the store's id or, failing that, the name of exactly one store of the network. */
    public Optional<StoreId> store(String cell) {
        StoreId byId = StoreId.of(cell);
        if (network.findStore(byId).isPresent()) {
            return Optional.of(byId);
        }
        List<StoreId> named = storesByName.getOrDefault(cell, List.of());
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
}
