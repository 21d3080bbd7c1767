package dev.tandem.rebalance;

import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Money;
import dev.tandem.network.NetworkSnapshot;

/**
 * Which units move where to balance the network's stock, with the shortages it leaves and why. Totals are
 * derived from the moves, exactly, in fen.
 *
 * @param solver the name of the solver that made it
 * @param moves the moves, by part, then sender, then receiver
 * @param shortfalls the shortages left uncovered, by part, then store
 */
public record RebalancePlan(String solver, List<Move> moves, List<Shortfall> shortfalls) {

    /** Incentive points per unit sent to another store (playbook). */
    public static final int POINTS_PER_UNIT_SENT = 1;
    /** Incentive points per move that revives dead stock (playbook). */
    public static final int POINTS_PER_REVIVAL = 10;

    public RebalancePlan {
        Objects.requireNonNull(solver, "solver");
        moves = ImmutableList.copyOf(moves);
        shortfalls = ImmutableList.copyOf(shortfalls);
    }

    public Money totalFreight() {
        return moves.stream().map(Move::freight).reduce(Money.ZERO, Money::plus);
    }

    public Money totalBenefit() {
        return moves.stream().map(Move::benefit).reduce(Money.ZERO, Money::plus);
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
        return moves.stream().mapToInt(Move::quantity).sum();
    }

    /** The worth at unit cost of every unit moved. */
    public Money valueMoved() {
        return moves.stream().map(Move::value).reduce(Money.ZERO, Money::plus);
    }

    public int deadStockUnitsRevived() {
        return moves.stream().filter(Move::revivesDeadStock).mapToInt(Move::quantity).sum();
    }

    public Money deadStockValueRevived() {
        return moves.stream().filter(Move::revivesDeadStock).map(Move::value).reduce(Money.ZERO, Money::plus);
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
        return PlanApplication.apply(network, moves);
    }

    /** The incentive points the moves earn the sending stores: 1 per unit sent, 10 per dead-stock revival. */
    public int incentivePoints() {
        return moves.stream().mapToInt(move -> move.quantity() * POINTS_PER_UNIT_SENT
                + (move.revivesDeadStock() ? POINTS_PER_REVIVAL : 0)).sum();
    }
}
