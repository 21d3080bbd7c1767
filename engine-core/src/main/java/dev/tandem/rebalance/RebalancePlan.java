package dev.tandem.rebalance;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Money;
import dev.tandem.network.NetworkSnapshot;

/**
 * Which units move where to balance the network's stock, grouped into the runs that carry them, with the shortages
 * it leaves and why. Totals are derived from the runs and moves, exactly, in fen.
 *
 * @param solver the name of the solver that made it
 * @param freightMode how its freight is charged: per part or per run
 * @param runs the runs, by sender, then receiver (in network order); each carries its moves in part order
 * @param shortfalls the shortages left uncovered, by part, then store
 */
public record RebalancePlan(String solver, FreightMode freightMode, List<Run> runs, List<Shortfall> shortfalls) {

    /** Incentive points per unit sent to another store (playbook). */
    public static final int POINTS_PER_UNIT_SENT = 1;
    /** Incentive points per move that revives dead stock (playbook). */
    public static final int POINTS_PER_REVIVAL = 10;

    public RebalancePlan {
        Objects.requireNonNull(solver, "solver");
        Objects.requireNonNull(freightMode, "freightMode");
        runs = ImmutableList.copyOf(runs);
        shortfalls = ImmutableList.copyOf(shortfalls);
    }

    /** Every move of every run, run by run. */
    public List<Move> moves() {
        ImmutableList.Builder<Move> moves = ImmutableList.builder();
        runs.forEach(run -> moves.addAll(run.moves()));
        return moves.build();
    }

    /** What the runs cost HQ. */
    public Money totalFreight() {
        return runs.stream().map(Run::freight).reduce(Money.ZERO, Money::plus);
    }

    public Money totalBenefit() {
        return runs.stream().map(Run::benefit).reduce(Money.ZERO, Money::plus);
    }

    /** Benefit minus freight: what the plan earns the network. */
    public Money net() {
        return totalBenefit().minus(totalFreight());
    }

    /** The plan's cost in the solvers' terms: freight minus benefit, lower is better. */
    public Money cost() {
        return totalFreight().minus(totalBenefit());
    }

    public int unitsMoved() {
        return runs.stream().mapToInt(Run::units).sum();
    }

    /** The worth at unit cost of every unit moved. */
    public Money valueMoved() {
        return moves().stream().map(Move::value).reduce(Money.ZERO, Money::plus);
    }

    public int deadStockUnitsRevived() {
        return moves().stream().filter(Move::revivesDeadStock).mapToInt(Move::quantity).sum();
    }

    public Money deadStockValueRevived() {
        return moves().stream().filter(Move::revivesDeadStock).map(Move::value).reduce(Money.ZERO, Money::plus);
    }

    public int unitsShort() {
        return shortfalls.stream().mapToInt(Shortfall::units).sum();
    }

    /**
     * The snapshot after the moves: senders lose the units, receivers first serve their waiting customers
     * (backorders) and keep the rest; both record a movement today.
     *
     * @throws dev.tandem.network.InvalidSnapshotException if the plan does not fit the snapshot, such as a move
     *     of more units than the sender has
     */
    public NetworkSnapshot applyTo(NetworkSnapshot network) {
        return PlanApplication.apply(network, moves());
    }

    /** The incentive points the moves earn the sending stores: 1 per unit sent, 10 per dead-stock revival. */
    public int incentivePoints() {
        return moves().stream().mapToInt(move -> move.quantity() * POINTS_PER_UNIT_SENT
                + (move.revivesDeadStock() ? POINTS_PER_REVIVAL : 0)).sum();
    }
}
