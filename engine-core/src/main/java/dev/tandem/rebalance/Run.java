package dev.tandem.rebalance;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Money;
import dev.tandem.model.StoreId;

/**
 * One vehicle run from one store to another on one day, with the moves it carries and the freight HQ pays for it.
 * Under {@link FreightMode#PER_PART} a run carries one part; under {@link FreightMode#PER_RUN} it carries every
 * part sent between the two stores that day. The moves' freight are the run's freight shared out by units, and sum
 * to it.
 *
 * @param from the sending store
 * @param to the receiving store
 * @param day the day of the run
 * @param moves the parts it carries, at least one, each from {@code from} to {@code to}, in part order
 * @param freight what the run costs HQ
 */
public record Run(StoreId from, StoreId to, LocalDate day, List<Move> moves, Money freight) {

    public Run {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(freight, "freight");
        moves = ImmutableList.copyOf(moves);
        checkArgument(!moves.isEmpty(), "The run (%s -> %s) carries no move.", from, to);
        for (Move move : moves) {
            checkArgument(move.from().equals(from) && move.to().equals(to),
                    "The move (%s -> %s, %s) does not belong to the run (%s -> %s).", move.from(), move.to(),
                    move.part(), from, to);
        }
    }

    /** Units of every part the run carries. */
    public int units() {
        return moves.stream().mapToInt(Move::quantity).sum();
    }

    /** What the run's moves are worth, before freight. */
    public Money benefit() {
        return moves.stream().map(Move::benefit).reduce(Money.ZERO, Money::plus);
    }
}
