package dev.tandem.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import dev.tandem.model.CapacityDay;
import dev.tandem.model.LoadState;
import dev.tandem.model.LoadThresholds;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * The capacity monitor (产能监控表): utilization and load state per store and day, with configurable
 * thresholds.
 */
public final class CapacityMonitor {

    /**
     * One store on one day.
     *
     * @param store the store
     * @param day its capacity and bookings
     * @param state its load state under the monitor's thresholds
     */
    public record Load(Store store, CapacityDay day, LoadState state) {

        public Load {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(state, "state");
        }

        public double utilization() {
            return day.utilization();
        }
    }

    private final NetworkSnapshot network;
    private final LoadThresholds thresholds;

    public CapacityMonitor(NetworkSnapshot network) {
        this(network, LoadThresholds.DEFAULT);
    }

    public CapacityMonitor(NetworkSnapshot network, LoadThresholds thresholds) {
        this.network = Objects.requireNonNull(network, "network");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public LoadThresholds thresholds() {
        return thresholds;
    }

    /** Every store with capacity on {@code date}, in store order. */
    public List<Load> on(LocalDate date) {
        List<Load> loads = new ArrayList<>();
        for (Store store : network.stores()) {
            network.capacity(store.id(), date).ifPresent(day -> loads.add(load(store, day)));
        }
        return loads;
    }

    /** The days of one store, by date. */
    public List<Load> of(StoreId storeId) {
        Store store = network.store(storeId);
        return network.capacityOf(storeId).values().stream().map(day -> load(store, day)).toList();
    }

    /** The stores in {@code state} on {@code date}, the most loaded first. */
    public List<Load> inState(LoadState state, LocalDate date) {
        return on(date).stream().filter(load -> load.state() == state)
                .sorted(Comparator.comparingDouble(Load::utilization).reversed()).toList();
    }

    /** One day as the playbook draws it: store, capacity, booked, utilization, state. */
    public TextTable dayTable(LocalDate date) {
        TextTable table = TextTable.withHeaders("Store", ">Capacity", ">Booked", ">Utilization", "State");
        for (Load load : on(date)) {
            table.addRow(load.store().name() + " (" + load.store().id() + ")", load.day().capacity(),
                    load.day().booked(), Formats.percent(load.utilization()), describe(load.state()));
        }
        return table;
    }

    /** A store-by-date grid of utilization, each cell marked with its state. */
    public TextTable weekTable(List<LocalDate> dates) {
        String[] headers = new String[dates.size() + 1];
        headers[0] = "Store";
        for (int i = 0; i < dates.size(); i++) {
            headers[i + 1] = ">" + dates.get(i).getDayOfWeek().toString().substring(0, 3) + " "
                    + dates.get(i).toString().substring(5);
        }
        TextTable table = TextTable.withHeaders(headers);
        for (Store store : network.stores()) {
            Object[] cells = new Object[headers.length];
            cells[0] = store.id();
            for (int i = 0; i < dates.size(); i++) {
                cells[i + 1] = network.capacity(store.id(), dates.get(i))
                        .map(day -> Formats.percent(day.utilization()) + " " + mark(thresholds.classify(day)))
                        .orElse("-");
            }
            table.addRow(cells);
        }
        return table;
    }

    private Load load(Store store, CapacityDay day) {
        return new Load(store, day, thresholds.classify(day));
    }

    /** Such as {@code OVERLOADED (red)}. */
    static String describe(LoadState state) {
        return switch (state) {
            case OVERLOADED -> "OVERLOADED (red)";
            case HEALTHY -> "HEALTHY (yellow)";
            case IDLE -> "IDLE (green)";
        };
    }

    /** The one-letter mark of a state in a text table: {@code R} red, {@code Y} yellow, {@code G} green. */
    public static String mark(LoadState state) {
        return switch (state) {
            case OVERLOADED -> "R";
            case HEALTHY -> "Y";
            case IDLE -> "G";
        };
    }
}
