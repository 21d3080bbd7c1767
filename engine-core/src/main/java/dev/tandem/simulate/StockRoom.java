package dev.tandem.simulate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.tandem.match.LiveNetwork;
import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * The network's stock over the simulation: units live in the current {@link LiveNetwork} (so the matching core
 * sees them), this class adds what a live network does not keep: the day each row last moved, and the warehouse
 * orders on their way. Reorders follow a simple rule for every policy: when stock on hand and on order falls to
 * the safety stock, order enough for {@link SimulationSettings#reviewDays()} of demand above it.
 */
final class StockRoom {

    /** Per stock row: when it last moved and what is on order. */
    private static final class Row {
        final int store;
        final PartNumber part;
        final int safetyStock;
        final double avgDailyDemand;
        int lastMovementDay;
        int onOrder;

        Row(int store, PartNumber part, int safetyStock, double avgDailyDemand, int lastMovementDay) {
            this.store = store;
            this.part = part;
            this.safetyStock = safetyStock;
            this.avgDailyDemand = avgDailyDemand;
            this.lastMovementDay = lastMovementDay;
        }
    }

    private record Delivery(Row row, int units) {
    }

    private final NetworkSnapshot network;
    private final SimulationSettings settings;
    private final LocalDate firstDay;
    private final Map<Long, Row> rows = new LinkedHashMap<>();
    private final TreeMap<Integer, List<Delivery>> deliveries = new TreeMap<>();
    private LiveNetwork live;

    StockRoom(NetworkSnapshot network, SimulationSettings settings) {
        this.network = network;
        this.settings = settings;
        this.firstDay = network.today();
        this.live = LiveNetwork.of(network);
        for (StockLevel level : network.stock()) {
            int lastDay = level.lastMovement().map(date -> (int) ChronoUnit.DAYS.between(firstDay, date)).orElse(0);
            rows.put(key(network.storeIndex(level.store()), level.part()), new Row(network.storeIndex(level.store()),
                    level.part(), level.safetyStock(), level.avgDailyDemand(), lastDay));
        }
    }

    /** Spreads the rounding of scaled stock evenly over the rows, so the network's stock scales smoothly. */
    private static final double GOLDEN = 0.6180339887;

    /**
     * {@code network} with every store stocking {@code depth} times as deep: on hand and safety stock scaled and
     * rounded up or down by a fixed dither per row, reservations kept within what is on hand.
     */
    static NetworkSnapshot deepened(NetworkSnapshot network, double depth) {
        if (depth == 1) {
            return network;
        }
        List<StockLevel> levels = new ArrayList<>();
        for (int i = 0; i < network.stock().size(); i++) {
            StockLevel level = network.stock().get(i);
            double dither = (i * GOLDEN) % 1;
            int onHand = (int) Math.floor(level.onHand() * depth + dither);
            levels.add(new StockLevel(level.store(), level.part(), onHand, Math.min(level.reserved(), onHand),
                    (int) Math.floor(level.safetyStock() * depth + dither), level.avgDailyDemand(),
                    level.lastMovement(), level.backorders()));
        }
        return NetworkSnapshot.builder().asOf(network.asOf()).travel(network.travel()).addStores(network.stores())
                .addTechnicians(network.technicians()).addParts(network.parts()).addStock(levels)
                .addCapacity(network.capacity()).build();
    }

    LiveNetwork live() {
        return live;
    }

    /** Continues on {@code next}, a live network built from {@link #levels(int)} of today. */
    void rebase(LiveNetwork next) {
        this.live = next;
    }

    /** Whether store {@code s} has a unit of {@code part} free to use. */
    boolean onShelf(int s, PartNumber part) {
        return live.stock(storeId(s), part).map(level -> level.available() > 0).orElse(false);
    }

    /** A unit of {@code part} goes into a job at store {@code s}. */
    void use(int s, PartNumber part, int day) {
        live.consume(storeId(s), part, 1);
        row(s, part).lastMovementDay = day;
    }

    /** Units of {@code part} go from one store to another. */
    void transfer(int from, int to, PartNumber part, int units, int day) {
        live.transfer(storeId(from), storeId(to), part, units);
        row(from, part).lastMovementDay = day;
        row(to, part).lastMovementDay = day;
    }

    /** Warehouse deliveries due on {@code day} arrive. */
    void receiveDeliveries(int day) {
        List<Delivery> due = deliveries.remove(day);
        if (due == null) {
            return;
        }
        for (Delivery delivery : due) {
            live.receive(storeId(delivery.row().store), delivery.row().part, delivery.units());
            delivery.row().onOrder -= delivery.units();
            delivery.row().lastMovementDay = day;
        }
    }

    /** The evening's reorders, by the rule of the class comment; returns the units ordered. */
    int reorder(int day) {
        int ordered = 0;
        for (Row row : rows.values()) {
            if (row.avgDailyDemand <= 0) {
                continue;
            }
            int onHand = live.stock(storeId(row.store), row.part).map(StockLevel::onHand).orElse(0);
            int position = onHand + row.onOrder;
            if (position <= row.safetyStock) {
                int target = row.safetyStock
                        + (int) Math.ceil(row.avgDailyDemand * settings.reviewDays() * settings.model().stockDepth());
                int units = Math.max(1, target - position);
                row.onOrder += units;
                deliveries.computeIfAbsent(day + settings.replenishLeadDays(), d -> new ArrayList<>())
                        .add(new Delivery(row, units));
                ordered += units;
            }
        }
        return ordered;
    }

    /** Stock that has not moved for the dead-stock days, at unit cost, on {@code day}. */
    Money deadStockValue(int day) {
        Money total = Money.ZERO;
        for (Row row : rows.values()) {
            if (day - row.lastMovementDay < settings.deadStockDays()) {
                continue;
            }
            int onHand = live.stock(storeId(row.store), row.part).map(StockLevel::onHand).orElse(0);
            total = total.plus(network.part(row.part).unitCost().times(onHand));
        }
        return total;
    }

    /** Every stock row as of {@code day}, with the day it last moved, for a snapshot. */
    List<StockLevel> levels(int day) {
        List<StockLevel> levels = new ArrayList<>();
        for (Row row : rows.values()) {
            Optional<StockLevel> level = live.stock(storeId(row.store), row.part);
            LocalDate moved = firstDay.plusDays(Math.min(day, row.lastMovementDay));
            level.ifPresent(current -> levels.add(new StockLevel(current.store(), current.part(), current.onHand(),
                    current.reserved(), current.safetyStock(), current.avgDailyDemand(), Optional.of(moved),
                    current.backorders())));
        }
        return levels;
    }

    private Row row(int s, PartNumber part) {
        return rows.computeIfAbsent(key(s, part), k -> new Row(s, part, 0, 0, 0));
    }

    private StoreId storeId(int s) {
        return network.storeAt(s).id();
    }

    private long key(int s, PartNumber part) {
        return (long) s * network.partCount() + network.partIndex(part);
    }
}
