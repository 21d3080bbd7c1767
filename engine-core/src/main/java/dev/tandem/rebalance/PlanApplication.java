package dev.tandem.rebalance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/** Applies moves of stock to a snapshot, giving the new snapshot. */
final class PlanApplication {

    private PlanApplication() {
    }

    static NetworkSnapshot apply(NetworkSnapshot network, List<Move> moves) {
        Map<List<Object>, StockLevel> rows = new LinkedHashMap<>();
        network.stock().forEach(level -> rows.put(List.of(level.store(), level.part()), level));
        Optional<LocalDate> today = Optional.of(network.today());
        for (Move move : moves) {
            List<Object> fromKey = List.of(move.from(), move.part());
            StockLevel from = rows.getOrDefault(fromKey, empty(move.from(), move.part()));
            rows.put(fromKey, new StockLevel(from.store(), from.part(), from.onHand() - move.quantity(),
                    from.reserved(), from.safetyStock(), from.avgDailyDemand(), today, from.backorders()));
            List<Object> toKey = List.of(move.to(), move.part());
            StockLevel to = rows.getOrDefault(toKey, empty(move.to(), move.part()));
            int served = Math.min(move.quantity(), to.backorders());
            rows.put(toKey, new StockLevel(to.store(), to.part(), to.onHand() + move.quantity() - served,
                    to.reserved(), to.safetyStock(), to.avgDailyDemand(), today, to.backorders() - served));
        }
        return NetworkSnapshot.builder().asOf(network.asOf()).travel(network.travel())
                .addStores(network.stores()).addTechnicians(network.technicians()).addParts(network.parts())
                .addStock(new ArrayList<>(rows.values())).addCapacity(network.capacity())
                .build();
    }

    private static StockLevel empty(StoreId store, PartNumber part) {
        return new StockLevel(store, part, 0, 0, 0, 0.0, Optional.empty());
    }
}
