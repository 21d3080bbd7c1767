package dev.tandem.rebalance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.tandem.model.Money;
import dev.tandem.model.Part;
import dev.tandem.model.PartNumber;
import dev.tandem.model.PlanValidation;
import dev.tandem.model.StockLevel;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * Checks a {@link RebalancePlan} against the snapshot it was made for and the settings it was made under,
 * independently of the solvers: it derives what each store may send and needs from the stock rows itself, and
 * recomputes every figure the plan states (on purpose not with the solvers' code).
 *
 * <p>A valid plan moves only spare units (free stock above target, or all free stock of dead stock), never takes a
 * sender below its protected stock, sends a receiver no more than it is short, does not both send and receive one
 * part at a store, values units at cost and flags dead-stock revivals truthfully. Its figures are recomputed: each
 * move's benefit (the units reaching one store credited nearest sender first, each to the most valuable shortage
 * still open, plus the dead stock revived), each run's freight at the freight rates over the travel model's distance,
 * and each move's share of it (by units, in whole fen). Runs are made as the freight mode says: one part a run per
 * part, one run a lane and day per run, none charged twice. Last, no run may lose money: removing any one run must
 * not raise the plan's net.
 */
public final class RebalancePlanValidator {

    private final RebalanceSettings settings;

    /** @param settings the settings the plan was made under */
    public RebalancePlanValidator(RebalanceSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public PlanValidation validate(NetworkSnapshot network, RebalancePlan plan) {
        List<String> violations = new ArrayList<>();
        if (plan.freightMode() != settings.freightMode()) {
            violations.add("the plan charges freight " + plan.freightMode() + " but the settings say "
                    + settings.freightMode());
        }
        List<Located> moves = new ArrayList<>();
        Map<List<Object>, String> runKeys = new HashMap<>();
        for (int r = 0; r < plan.runs().size(); r++) {
            Run run = plan.runs().get(r);
            String where = "runs[" + r + "] (" + run.from() + " -> " + run.to() + ", " + run.day() + ")";
            if (network.findStore(run.from()).isEmpty() || network.findStore(run.to()).isEmpty()) {
                violations.add(where + ": names a store not in the network");
                continue;
            }
            checkRun(network, run, where, runKeys, violations);
            for (int m = 0; m < run.moves().size(); m++) {
                Move move = run.moves().get(m);
                String at = where + ".moves[" + m + "] (" + move.part() + ")";
                if (network.findPart(move.part()).isEmpty()) {
                    violations.add(at + ": names a part not in the network");
                    continue;
                }
                moves.add(new Located(r, m, move, at));
            }
        }
        checkQuantities(network, moves, violations);
        if (!violations.isEmpty()) {
            // Worth is only defined for moves that fit the stock; the violations above say why it does not.
            return new PlanValidation(violations);
        }
        Map<Located, long[]> worth = worth(network, moves);
        for (Located located : moves) {
            Move move = located.move();
            long credited = worth.get(located)[0];
            if (move.benefit().cents() != credited) {
                violations.add(located.where() + ": benefit " + move.benefit() + " is not the " + Money.ofCents(credited)
                        + " its units are worth where they go");
            }
        }
        checkNoRunLoses(network, plan, moves, worth, violations);
        return new PlanValidation(violations);
    }

    private void checkRun(NetworkSnapshot network, Run run, String where, Map<List<Object>, String> runKeys,
            List<String> violations) {
        if (run.from().equals(run.to())) {
            violations.add(where + ": sends to itself");
        }
        if (!run.day().equals(network.today())) {
            violations.add(where + ": runs on " + run.day() + ", not on the snapshot's day " + network.today());
        }
        Money expected = tripFreight(network, run.from(), run.to());
        if (!run.freight().equals(expected)) {
            violations.add(where + ": freight " + run.freight() + " is not the trip's " + expected);
        }
        if (settings.freightMode() == FreightMode.PER_PART && run.moves().size() != 1) {
            violations.add(where + ": carries " + run.moves().size() + " parts, but freight is charged per part");
        }
        List<PartNumber> parts = new ArrayList<>();
        for (Move move : run.moves()) {
            if (parts.contains(move.part())) {
                violations.add(where + ": carries " + move.part() + " twice");
            }
            parts.add(move.part());
            List<Object> key = settings.freightMode() == FreightMode.PER_RUN
                    ? List.of(run.from(), run.to(), run.day()) : List.of(run.from(), run.to(), run.day(), move.part());
            String earlier = runKeys.putIfAbsent(key, where);
            if (earlier != null && !earlier.equals(where)) {
                violations.add(where + ": is charged again for what " + earlier + " already carries"
                        + (settings.freightMode() == FreightMode.PER_RUN ? "; one run a lane and day carries all"
                                : "; one trip a part and lane"));
            }
        }
        long[] expectedShares = shares(run.freight().cents(), run.moves());
        for (int m = 0; m < run.moves().size(); m++) {
            Move move = run.moves().get(m);
            if (move.freight().cents() != expectedShares[m]) {
                violations.add(where + ".moves[" + m + "] (" + move.part() + "): freight share " + move.freight()
                        + " is not its " + Money.ofCents(expectedShares[m]) + " by units of the run's "
                        + run.freight());
            }
        }
    }

    private void checkQuantities(NetworkSnapshot network, List<Located> moves, List<String> violations) {
        Map<List<Object>, Integer> sent = new LinkedHashMap<>();
        Map<List<Object>, Integer> received = new LinkedHashMap<>();
        for (Located located : moves) {
            Move move = located.move();
            Part part = network.part(move.part());
            Money expectedValue = part.unitCost().times(move.quantity());
            if (!move.value().equals(expectedValue)) {
                violations.add(located.where() + ": value " + move.value() + " is not " + move.quantity() + " x "
                        + part.unitCost());
            }
            boolean dead = network.stock(move.from(), move.part()).map(level -> isDead(level, network.today()))
                    .orElse(false);
            if (move.revivesDeadStock() != dead) {
                violations.add(located.where() + ": says it " + (dead ? "does not revive" : "revives")
                        + " dead stock, but the sender's stock is " + (dead ? "" : "not ") + "dead");
            }
            sent.merge(List.of(move.from(), move.part()), move.quantity(), Math::addExact);
            received.merge(List.of(move.to(), move.part()), move.quantity(), Math::addExact);
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
    }

    /**
     * Per move: {credited worth, marginal worth}. Credited: at each receiver and part, the nearest sender's units
     * first (by distance, ties by sender id), each to the most valuable class still open. Marginal: what the move's
     * units are worth if it came last, so what removing it alone would lose.
     */
    private Map<Located, long[]> worth(NetworkSnapshot network, List<Located> moves) {
        Map<List<Object>, List<Located>> byReceiver = new LinkedHashMap<>();
        for (Located located : moves) {
            byReceiver.computeIfAbsent(List.of(located.move().to(), located.move().part()), key -> new ArrayList<>())
                    .add(located);
        }
        Map<Located, long[]> worth = new HashMap<>();
        byReceiver.forEach((key, arriving) -> {
            StoreId store = (StoreId) key.get(0);
            Part part = network.part((PartNumber) key.get(1));
            StockLevel level = network.stock(store, part.number()).orElseThrow();
            long[] classUnits = classes(level);
            long[] unitWorth = {part.unitCost().plus(settings.customerGoodwill()).cents(),
                    share(part.unitCost(), settings.safetyShare()), share(part.unitCost(), settings.coverShare())};
            long revival = share(part.unitCost(), settings.carryingCostShare().add(settings.writeOffRiskShare()));
            List<Located> ordered = new ArrayList<>(arriving);
            ordered.sort(Comparator.comparingDouble((Located l) -> network.leg(l.move().from(), store).distanceKm())
                    .thenComparing(l -> l.move().from()));
            long total = 0;
            for (Located located : ordered) {
                total += located.move().quantity();
            }
            long before = 0;
            for (Located located : ordered) {
                Move move = located.move();
                long revived = move.revivesDeadStock() ? revival * move.quantity() : 0;
                long credited = covered(classUnits, unitWorth, before, before + move.quantity()) + revived;
                long marginal = covered(classUnits, unitWorth, total - move.quantity(), total) + revived;
                worth.put(located, new long[] {credited, marginal});
                before += move.quantity();
            }
        });
        return worth;
    }

    private void checkNoRunLoses(NetworkSnapshot network, RebalancePlan plan, List<Located> moves,
            Map<Located, long[]> worth, List<String> violations) {
        long[] marginal = new long[plan.runs().size()];
        for (Located located : moves) {
            marginal[located.run()] += worth.get(located)[1];
        }
        for (int r = 0; r < plan.runs().size(); r++) {
            Run run = plan.runs().get(r);
            long loses = run.freight().cents() - marginal[r];
            if (loses > 0) {
                violations.add("runs[" + r + "] (" + run.from() + " -> " + run.to() + ", " + run.day() + "): "
                        + "brings " + Money.ofCents(marginal[r]) + " the plan would miss without it, less than its "
                        + run.freight() + " freight; removing it raises the net by " + Money.ofCents(loses));
            }
        }
    }

    /** The worth of the units from {@code from} (exclusive) to {@code to} of a receiver's shortage, in class order. */
    private static long covered(long[] classUnits, long[] unitWorth, long from, long to) {
        long worth = 0;
        long start = 0;
        for (int c = 0; c < classUnits.length; c++) {
            long end = start + classUnits[c];
            long overlap = Math.max(0, Math.min(to, end) - Math.max(from, start));
            worth = Math.addExact(worth, Math.multiplyExact(overlap, unitWorth[c]));
            start = end;
        }
        return worth;
    }

    /** A receiver's shortage by class: customers waiting, then below safety stock, then below cover. */
    private long[] classes(StockLevel level) {
        long free = Math.max(0, level.onHand() - level.reserved());
        long shortage = Math.max(0, target(level) - free);
        long waiting = Math.min(shortage, level.backorders());
        long safety = Math.min(shortage - waiting, Math.max(0, level.safetyStock() - free));
        return new long[] {waiting, safety, shortage - waiting - safety};
    }

    /** The fen of {@code freight} each move carries, by units, largest remainders first, ties to the earlier. */
    private static long[] shares(long freight, List<Move> moves) {
        long units = moves.stream().mapToLong(Move::quantity).sum();
        long[] shares = new long[moves.size()];
        long[] remainder = new long[moves.size()];
        long left = freight;
        for (int m = 0; m < moves.size(); m++) {
            shares[m] = freight * moves.get(m).quantity() / units;
            remainder[m] = freight * moves.get(m).quantity() % units;
            left -= shares[m];
        }
        while (left > 0) {
            int best = 0;
            for (int m = 1; m < moves.size(); m++) {
                if (remainder[m] > remainder[best]) {
                    best = m;
                }
            }
            shares[best]++;
            remainder[best] = -1;
            left--;
        }
        return shares;
    }

    private Money tripFreight(NetworkSnapshot network, StoreId from, StoreId to) {
        return settings.freight().trip(network.leg(from, to).distanceKm());
    }

    private static long share(Money unitCost, BigDecimal share) {
        return new BigDecimal(unitCost.cents()).multiply(share).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private int sendable(StockLevel level, LocalDate today) {
        int free = Math.max(0, level.onHand() - level.reserved());
        return isDead(level, today) ? free : Math.max(0, free - target(level));
    }

    private int shortage(StockLevel level) {
        return Math.max(0, target(level) - Math.max(0, level.onHand() - level.reserved()));
    }

    private int target(StockLevel level) {
        int cover = (int) Math.ceil(level.avgDailyDemand() * settings.coverHorizonDays() - 1e-9);
        return Math.max(level.safetyStock(), cover) + level.backorders();
    }

    private boolean isDead(StockLevel level, LocalDate today) {
        return level.lastMovement().isPresent()
                && !level.lastMovement().get().plusDays(settings.deadStockDays()).isAfter(today);
    }

    /** A move with its place in the plan: its run's index, its index in the run, and how a violation names it. */
    private record Located(int run, int index, Move move, String where) {
    }
}
