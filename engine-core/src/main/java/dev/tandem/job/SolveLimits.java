package dev.tandem.job;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The limits and the seed of one solve. A search stops at the time limit, or earlier when it has evaluated its move
 * budget; a search stopped by its move budget is deterministic for a seed, one stopped by the clock may end at a
 * different answer from run to run. A constructive solver finishes when it is done, usually far within the limits.
 *
 * @param timeLimit the most wall-clock time to spend searching; positive
 * @param moveBudget when present, the number of moves a local search evaluates before it stops; positive
 * @param seed the random seed of a randomized search
 */
public record SolveLimits(Duration timeLimit, OptionalLong moveBudget, long seed) {

    /** 30 seconds, no move budget, seed 0. */
    public static final SolveLimits DEFAULT = new SolveLimits(Duration.ofSeconds(30), OptionalLong.empty(), 0L);

    public SolveLimits {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(moveBudget, "moveBudget");
        checkArgument(timeLimit.compareTo(Duration.ZERO) > 0, "The timeLimit (%s) must be positive.", timeLimit);
        checkArgument(moveBudget.orElse(1) > 0, "The moveBudget (%s) must be positive.", moveBudget);
    }

    public static SolveLimits of(Duration timeLimit) {
        return DEFAULT.withTimeLimit(timeLimit);
    }

    public SolveLimits withTimeLimit(Duration limit) {
        return new SolveLimits(limit, moveBudget, seed);
    }

    /** Stops the search after {@code moves} evaluated moves, so that a run repeats exactly for its seed. */
    public SolveLimits withMoveBudget(long moves) {
        return new SolveLimits(timeLimit, OptionalLong.of(moves), seed);
    }

    public SolveLimits withSeed(long newSeed) {
        return new SolveLimits(timeLimit, moveBudget, newSeed);
    }
}
