package dev.tandem.rebalance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.tandem.model.Money;
import dev.tandem.model.PartNumber;
import dev.tandem.model.Store;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.rebalance.FreightMode;
import dev.tandem.rebalance.Move;
import dev.tandem.rebalance.PartBalance;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.Run;
import dev.tandem.rebalance.Shortfall;

/**
 * Turns the shipments a solver chose, part by part, into a priced and explained {@link RebalancePlan}, and prices
 * shipments for the solvers: the one place every rebalancing solver prices freight and benefit, so that plans compare
 * like with like.
 *
 * <p>What a part's shipments are worth does not depend on who sends what: at each receiver, the units received cover
 * its shortage in class order (customers waiting, then safety stock, then demand cover), and every dead unit moved
 * revives its share of cost. A trip or run pays for itself when removing it would lower the plan's net: its
 * <em>marginal</em> worth (the least valuable units it brings, where several trips reach one store) must beat its
 * freight. For the plan's moves, the units reaching one store are credited nearest sender first.
 */
public final class RebalancePlans {

    private RebalancePlans() {
    }

    /**
     * The plan of {@code shipments}: one list per part of {@code problem.parts()}, in the same order, grouped into runs
     * by the problem's {@link FreightMode}.
     *
     * @param solver the solver's name
     */
    public static RebalancePlan of(String solver, RebalanceProblem problem, List<List<Shipment>> shipments) {
        NetworkSnapshot network = problem.network();
        FreightMode mode = problem.settings().freightMode();
        LocalDate day = network.today();
        // Runs by (from, to), then by part: a TreeMap keeps them in network order.
        TreeMap<Long, List<PricedShipment>> runs = new TreeMap<>();
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int p = 0; p < problem.parts().size(); p++) {
            PartBalance part = problem.parts().get(p);
            List<Shipment> merged = aggregated(shipments.get(p));
            long[] credited = credited(problem, part, merged);
            Map<Integer, PartBalance.Need> needOf = needs(part);
            Map<Integer, PartBalance.Surplus> surplusOf = surpluses(part);
            Map<Integer, Integer> received = new HashMap<>();
            for (int k = 0; k < merged.size(); k++) {
                Shipment shipment = merged.get(k);
                received.merge(shipment.to(), shipment.units(), Integer::sum);
                runs.computeIfAbsent(lane(shipment.from(), shipment.to()), key -> new ArrayList<>())
                        .add(new PricedShipment(part, shipment, credited[k], surplusOf.get(shipment.from()).dead(),
                                needOf.get(shipment.to())));
            }
            addShortfalls(problem, part, received, shortfalls);
        }
        List<Run> planRuns = new ArrayList<>();
        for (List<PricedShipment> lane : runs.values()) {
            if (mode == FreightMode.PER_RUN) {
                planRuns.add(run(problem, day, lane));
            } else {
                lane.forEach(shipment -> planRuns.add(run(problem, day, List.of(shipment))));
            }
        }
        return new RebalancePlan(solver, mode, planRuns, shortfalls);
    }

    /**
     * The plan of the moves of {@code runs}, repriced as {@link #of} prices them: for a part of a plan, such as the
     * runs that carry dead stock.
     *
     * @throws IllegalArgumentException if a move names a part the problem does not balance
     */
    public static RebalancePlan ofRuns(String solver, RebalanceProblem problem, List<Run> runs) {
        return of(solver, problem, shipmentsOf(problem, runs));
    }

    /**
     * The moves of {@code runs} as shipments, one list per part of the problem, in the runs' order.
     *
     * @throws IllegalArgumentException if a move names a part the problem does not balance
     */
    public static List<List<Shipment>> shipmentsOf(RebalanceProblem problem, List<Run> runs) {
        Map<PartNumber, Integer> partIndex = new HashMap<>();
        for (int p = 0; p < problem.parts().size(); p++) {
            partIndex.put(problem.parts().get(p).part().number(), p);
        }
        List<List<Shipment>> shipments = new ArrayList<>();
        problem.parts().forEach(part -> shipments.add(new ArrayList<>()));
        NetworkSnapshot network = problem.network();
        for (Run run : runs) {
            for (Move move : run.moves()) {
                Integer p = partIndex.get(move.part());
                if (p == null) {
                    throw new IllegalArgumentException("The move (" + move.from() + " -> " + move.to() + ") of part ("
                            + move.part() + ") is not of a part this problem balances.");
                }
                shipments.get(p).add(new Shipment(network.storeIndex(move.from()), network.storeIndex(move.to()),
                        move.quantity()));
            }
        }
        return shipments;
    }

    /** What a part's shipments are worth before freight: the shortage they cover plus the dead stock they revive. */
    public static long benefit(RebalanceProblem problem, PartBalance part, List<Shipment> shipments) {
        Map<Integer, PartBalance.Need> needOf = needs(part);
        Map<Integer, PartBalance.Surplus> surplusOf = surpluses(part);
        Map<Integer, Integer> received = new HashMap<>();
        long revived = 0;
        for (Shipment shipment : shipments) {
            received.merge(shipment.to(), shipment.units(), Integer::sum);
            if (surplusOf.get(shipment.from()).dead()) {
                revived = Math.addExact(revived, Math.multiplyExact(shipment.units(), part.revivalBenefit()));
            }
        }
        long benefit = revived;
        for (Map.Entry<Integer, Integer> entry : received.entrySet()) {
            benefit = Math.addExact(benefit, part.benefitOf(needOf.get(entry.getKey()), entry.getValue()));
        }
        return benefit;
    }

    /**
     * What removing each shipment alone would lose, before freight: the least valuable units it brings to its
     * receiver, given the others, plus the dead stock it revives.
     *
     * @param merged one shipment per (from, to), as {@link #aggregated} gives them
     * @return per shipment, in the same order
     */
    public static long[] marginalWorth(RebalanceProblem problem, PartBalance part, List<Shipment> merged) {
        Map<Integer, PartBalance.Need> needOf = needs(part);
        Map<Integer, PartBalance.Surplus> surplusOf = surpluses(part);
        Map<Integer, Integer> received = new HashMap<>();
        merged.forEach(shipment -> received.merge(shipment.to(), shipment.units(), Integer::sum));
        long[] worth = new long[merged.size()];
        for (int k = 0; k < merged.size(); k++) {
            Shipment shipment = merged.get(k);
            PartBalance.Need need = needOf.get(shipment.to());
            int total = received.get(shipment.to());
            long covered = part.benefitOf(need, total) - part.benefitOf(need, total - shipment.units());
            long revival = surplusOf.get(shipment.from()).dead()
                    ? Math.multiplyExact(shipment.units(), part.revivalBenefit()) : 0;
            worth[k] = Math.addExact(covered, revival);
        }
        return worth;
    }

    /**
     * The trips of one part, under per-part freight, whose removal would not lower the net: their marginal worth is
     * not more than their freight.
     */
    public static List<Shipment> unprofitable(RebalanceProblem problem, PartBalance part, List<Shipment> shipments) {
        List<Shipment> merged = aggregated(shipments);
        long[] worth = marginalWorth(problem, part, merged);
        List<Shipment> losing = new ArrayList<>();
        for (int k = 0; k < merged.size(); k++) {
            Shipment shipment = merged.get(k);
            if (worth[k] <= problem.tripFreight(shipment.from(), shipment.to())) {
                losing.add(shipment);
            }
        }
        return losing;
    }

    /** What one part's shipments earn under per-part freight: their worth minus one trip's freight per (from, to). */
    public static long netPerPart(RebalanceProblem problem, PartBalance part, List<Shipment> shipments) {
        List<Shipment> merged = aggregated(shipments);
        long net = benefit(problem, part, merged);
        for (Shipment shipment : merged) {
            net = Math.subtractExact(net, problem.tripFreight(shipment.from(), shipment.to()));
        }
        return net;
    }

    /** One shipment per (from, to), by sender then receiver. */
    public static List<Shipment> aggregated(List<Shipment> shipments) {
        Map<Long, Integer> units = new TreeMap<>();
        for (Shipment shipment : shipments) {
            units.merge(lane(shipment.from(), shipment.to()), shipment.units(), Math::addExact);
        }
        List<Shipment> merged = new ArrayList<>(units.size());
        units.forEach((key, count) -> merged.add(new Shipment((int) (key >>> 32), (int) (long) key, count)));
        return merged;
    }

    /** The key of the lane from {@code from} to {@code to}: {@code from << 32 | to}. */
    public static long lane(int from, int to) {
        return ((long) from << 32) | to;
    }

    /**
     * What each shipment is credited with in the plan: at each receiver, the nearest sender's units first (by the
     * travel model's distance, ties by sender id), each covering the most valuable shortage class still open.
     */
    private static long[] credited(RebalanceProblem problem, PartBalance part, List<Shipment> merged) {
        NetworkSnapshot network = problem.network();
        Map<Integer, PartBalance.Need> needOf = needs(part);
        Map<Integer, PartBalance.Surplus> surplusOf = surpluses(part);
        List<Integer> order = new ArrayList<>(merged.size());
        double[] distance = new double[merged.size()];
        for (int k = 0; k < merged.size(); k++) {
            Shipment shipment = merged.get(k);
            order.add(k);
            distance[k] = network.travel().leg(network.storeAt(shipment.from()), network.storeAt(shipment.to()))
                    .distanceKm();
        }
        order.sort(Comparator.comparingInt((Integer k) -> merged.get(k).to())
                .thenComparingDouble(k -> distance[k])
                .thenComparing(k -> network.storeAt(merged.get(k).from()).id()));
        Map<Integer, Integer> received = new HashMap<>();
        long[] worth = new long[merged.size()];
        for (int k : order) {
            Shipment shipment = merged.get(k);
            PartBalance.Need need = needOf.get(shipment.to());
            int before = received.getOrDefault(shipment.to(), 0);
            long covered = part.benefitOf(need, before + shipment.units()) - part.benefitOf(need, before);
            long revival = surplusOf.get(shipment.from()).dead()
                    ? Math.multiplyExact(shipment.units(), part.revivalBenefit()) : 0;
            worth[k] = Math.addExact(covered, revival);
            received.put(shipment.to(), before + shipment.units());
        }
        return worth;
    }

    /** One run of the shipments of one lane, its freight shared out by units (largest remainder, in part order). */
    private static Run run(RebalanceProblem problem, LocalDate day, List<PricedShipment> shipments) {
        Shipment first = shipments.get(0).shipment();
        long freight = problem.tripFreight(first.from(), first.to());
        int[] units = shipments.stream().mapToInt(priced -> priced.shipment().units()).toArray();
        long[] shares = shares(freight, units);
        NetworkSnapshot network = problem.network();
        Store from = network.storeAt(first.from());
        Store to = network.storeAt(first.to());
        List<Move> moves = new ArrayList<>(shipments.size());
        for (int k = 0; k < shipments.size(); k++) {
            PricedShipment priced = shipments.get(k);
            PartBalance part = priced.part();
            Shipment shipment = priced.shipment();
            moves.add(new Move(from.id(), to.id(), part.part().number(), shipment.units(),
                    part.part().unitCost().times(shipment.units()), Money.ofCents(shares[k]),
                    Money.ofCents(priced.worth()), priced.dead(),
                    reason(part, priced.need(), shipment, from, to, priced.dead(), shares[k], freight,
                            priced.worth())));
        }
        return new Run(from.id(), to.id(), day, moves, Money.ofCents(freight));
    }

    /**
     * {@code freight} shared out in proportion to {@code units}, in whole fen summing to it: each its floor, then one
     * fen more to the largest remainders, ties to the earlier.
     */
    public static long[] shares(long freight, int[] units) {
        long total = 0;
        for (int count : units) {
            total += count;
        }
        long[] shares = new long[units.length];
        long[] remainders = new long[units.length];
        long given = 0;
        for (int k = 0; k < units.length; k++) {
            // freight < 2^40 fen and units < 2^31: the product fits in a long.
            long scaled = Math.multiplyExact(freight, units[k]);
            shares[k] = scaled / total;
            remainders[k] = scaled % total;
            given += shares[k];
        }
        List<Integer> order = new ArrayList<>(units.length);
        for (int k = 0; k < units.length; k++) {
            order.add(k);
        }
        order.sort((a, b) -> remainders[a] != remainders[b] ? Long.compare(remainders[b], remainders[a])
                : Integer.compare(a, b));
        for (int k = 0; given < freight; k++, given++) {
            shares[order.get(k)]++;
        }
        return shares;
    }

    private static void addShortfalls(RebalanceProblem problem, PartBalance part, Map<Integer, Integer> received,
            List<Shortfall> shortfalls) {
        NetworkSnapshot network = problem.network();
        List<List<PartBalance.Surplus>> candidates = null;
        for (int j = 0; j < part.needs().size(); j++) {
            PartBalance.Need need = part.needs().get(j);
            int got = received.getOrDefault(need.store(), 0);
            int short_ = need.units() - got;
            if (short_ > 0) {
                if (candidates == null && !part.surpluses().isEmpty()) {
                    candidates = problem.candidates(part);
                }
                List<PartBalance.Surplus> reach = candidates == null ? List.of() : candidates.get(j);
                int waiting = Math.max(0, need.backorderUnits() - got);
                shortfalls.add(new Shortfall(network.storeAt(need.store()).id(), part.part().number(), short_,
                        waiting, whyShort(problem, part, need, reach)));
            }
        }
    }

    private static String reason(PartBalance part, PartBalance.Need need, Shipment shipment, Store from, Store to,
            boolean dead, long share, long runFreight, long benefit) {
        StringBuilder reason = new StringBuilder()
                .append(from.name()).append(" -> ").append(to.name()).append(": ")
                .append(shipment.units()).append(" x ").append(part.part().name());
        if (need.backorderUnits() > 0) {
            reason.append(", ").append(Math.min(need.backorderUnits(), shipment.units()))
                    .append(" for waiting customers");
        } else if (need.safetyUnits() > 0) {
            reason.append(", restores safety stock");
        } else {
            reason.append(", covers demand");
        }
        if (dead) {
            reason.append(", revives dead stock");
        }
        reason.append("; worth ").append(Money.ofCents(benefit));
        if (share == runFreight) {
            reason.append(" for ").append(Money.ofCents(runFreight)).append(" freight");
        } else {
            reason.append(" for ").append(Money.ofCents(share)).append(" of the run's ")
                    .append(Money.ofCents(runFreight)).append(" freight");
        }
        return reason.toString();
    }

    private static String whyShort(RebalanceProblem problem, PartBalance part, PartBalance.Need need,
            List<PartBalance.Surplus> candidates) {
        if (part.surpluses().isEmpty()) {
            return "no store has surplus of this part";
        }
        if (candidates.isEmpty()) {
            return "freight from every store with surplus exceeds what the units are worth";
        }
        long bestFreight = candidates.stream().mapToLong(s -> problem.tripFreight(s.store(), need.store()))
                .min().orElseThrow();
        long bestUnitWorth = need.backorderUnits() > 0 ? part.backorderBenefit()
                : need.safetyUnits() > 0 ? part.safetyBenefit() : part.coverBenefit();
        long revival = candidates.stream().anyMatch(PartBalance.Surplus::dead) ? part.revivalBenefit() : 0;
        if ((bestUnitWorth + revival) * need.units() <= bestFreight) {
            return "freight (from " + Money.ofCents(bestFreight) + ") exceeds what the units are worth";
        }
        return "the surplus within reach went to more valuable shortages";
    }

    private static Map<Integer, PartBalance.Need> needs(PartBalance part) {
        Map<Integer, PartBalance.Need> needOf = new HashMap<>();
        part.needs().forEach(need -> needOf.put(need.store(), need));
        return needOf;
    }

    private static Map<Integer, PartBalance.Surplus> surpluses(PartBalance part) {
        Map<Integer, PartBalance.Surplus> surplusOf = new HashMap<>();
        part.surpluses().forEach(surplus -> surplusOf.put(surplus.store(), surplus));
        return surplusOf;
    }

    /** A shipment of a part with what it is credited with, whether it revives dead stock, and the need it serves. */
    private record PricedShipment(PartBalance part, Shipment shipment, long worth, boolean dead,
            PartBalance.Need need) {
    }
}
