package dev.tandem.solvers.dispatch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchScore;

/**
 * One Timefold solve of a dispatch problem and how it went.
 *
 * @param dispatch the best dispatch found
 * @param score its score under the dispatcher's objective: {@link Dispatch#score()} under the settings' weights,
 *     the same rules under other weights when the dispatcher's options override some
 * @param spent the time from the start of solving to the end, setup of the solver included
 * @param moveEvaluationCount moves evaluated by the search
 * @param moveEvaluationSpeed moves evaluated per second over the whole solve, construction included, as Timefold
 *     reports it
 * @param searchMoveEvaluationSpeed moves evaluated per second by the local search alone, after construction; 0 if
 *     the local search never started (the time ran out during construction, a stop came first, or nothing could
 *     move)
 * @param progress each new best score and when it was found, in order
 */
public record DispatchRun(Dispatch dispatch, DispatchScore score, Duration spent, long moveEvaluationCount,
        long moveEvaluationSpeed, long searchMoveEvaluationSpeed, List<BestScore> progress) {

    public DispatchRun {
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(spent, "spent");
        progress = List.copyOf(progress);
    }

    /**
     * A new best score during a solve.
     *
     * @param at the time since solving started
     * @param score the new best score
     */
    public record BestScore(Duration at, DispatchScore score) {

        public BestScore {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(score, "score");
        }
    }
}
