package dev.tandem.rebalance;

import dev.tandem.model.PlanValidation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.tandem.model.FreightRates;
import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * Checks a {@link RebalancePlan} against the snapshot it was made for, independently of the solvers: it derives
 * what each store may send and needs from the stock rows itself (on purpose not with the solvers' code).
 *
 * <p>A valid plan moves only spare units (free stock above target, or all free stock of dead stock), never takes
 * a sender below its protected stock, sends a receiver no more than it is short, does not both send and receive
 * one part at a store, prices each trip at the freight rates over the travel model's distance, values units at
 * cost, flags dead-stock revivals truthfully, and makes every move worth more than its freight.
 */
public final class RebalancePlanValidator {

    private final int coverHorizonDays;
    private final int deadStockDays;
    private final FreightRates freight;

    /**
     * @param coverHorizonDays the days of demand a store's target holds
     * @param deadStockDays days without movement that make stock dead
     * @param freight the freight rates the plan was priced with
     */
    public RebalancePlanValidator(int coverHorizonDays, int deadStockDays, FreightRates freight) {
        this.coverHorizonDays = coverHorizonDays;
        this.deadStockDays = deadStockDays;
        this.freight = freight;
    }

    public PlanValidation validate(NetworkSnapshot network, RebalancePlan plan) {
        List<String> violations = new ArrayList<>();
        Map<List<Object>, Integer> sent = new HashMap<>();
        Map<List<Object>, Integer> received = new HashMap<>();
        for (int i = 0; i < plan.moves().size(); i++) {
            Move move = plan.moves().get(i);
            String where = "moves[" + i + "] (" + move.from() + " -> " + move.to() + ", " + move.part() + ")";
            if (network.findStore(move.from()).isEmpty() || network.findStore(move.to()).isEmpty()
                    || network.findPart(move.part()).isEmpty()) {
                violations.add(where + ": names a store or part not in the network");
                continue;
            }
            if (move.from().equals(move.to())) {
                violations.add(where + ": sends to itself");
            }
            sent.merge(List.of(move.from(), move.part()), move.quantity(), Math::addExact);
            received.merge(List.of(move.to(), move.part()), move.quantity(), Math::addExact);
            checkPrices(network, move, where, violations);
        }
        sent.forEach((key, units) -> {
            StoreId store = (StoreId) key.get(0);
            PartNumber part = (PartNumber) key.get(1);
            int sendable = network.stock(store, part).map(level -> sendable(level, network.today())).orElse(0);
            if (units > sendable) {
                violations.add(store + " sends " + units + " x " + part + " but has only " + sendable
                        + " spare above its protected stock");
            }
            if (received.containsKey(key)) {
                violations.add(store + " both sends and receives " + part);
            }
        });
        received.forEach((key, units) -> {
            StoreId store = (StoreId) key.get(0);
            PartNumber part = (PartNumber) key.get(1);
            int shortage = network.stock(store, part).map(this::shortage).orElse(0);
            if (units > shortage) {
                violations.add(store + " receives " + units + " x " + part + " but is only " + shortage
                        + " short of its target");
            }
        });
        return new PlanValidation(violations);
    }

    private void checkPrices(NetworkSnapshot network, Move move, String where, List<String> violations) {
        Part part = network.part(move.part());
        Money expectedFreight = freight.trip(network.leg(move.from(), move.to()).distanceKm());
        if (!move.freight().equals(expectedFreight)) {
            violations.add(where + ": freight " + move.freight() + " is not the trip's " + expectedFreight);
        }
        Money expectedValue = part.unitCost().times(move.quantity());
        if (!move.value().equals(expectedValue)) {
            violations.add(where + ": value " + move.value() + " is not " + move.quantity() + " x "
                    + part.unitCost());
        }
        Optional<StockLevel> source = network.stock(move.from(), move.part());
        boolean dead = source.isPresent() && isDead(source.get(), network.today());
        if (move.revivesDeadStock() != dead) {
            violations.add(where + ": says it " + (dead ? "does not revive" : "revives") + " dead stock, but the "
                    + "sender's stock is " + (dead ? "" : "not ") + "dead");
        }
        if (move.benefit().compareTo(move.freight()) <= 0) {
            violations.add(where + ": is worth " + move.benefit() + ", not more than its freight " + move.freight());
        }
    }

    private int sendable(StockLevel level, LocalDate today) {
        int free = Math.max(0, level.onHand() - level.reserved());
        return isDead(level, today) ? free : Math.max(0, free - target(level));
    }

    private int shortage(StockLevel level) {
        return Math.max(0, target(level) - Math.max(0, level.onHand() - level.reserved()));
    }

    private int target(StockLevel level) {
        int cover = (int) Math.ceil(level.avgDailyDemand() * coverHorizonDays - 1e-9);
        return Math.max(level.safetyStock(), cover) + level.backorders();
    }

    private boolean isDead(StockLevel level, LocalDate today) {
        return level.lastMovement().isPresent() && !level.lastMovement().get().plusDays(deadStockDays).isAfter(today);
    }
}
