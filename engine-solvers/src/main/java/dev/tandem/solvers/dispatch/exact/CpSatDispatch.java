package dev.tandem.solvers.dispatch.exact;

import java.time.Duration;
import java.util.Objects;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchScore;

/**
 * What {@link CpSatDispatcher} found and how sure it is.
 *
 * @param dispatch the best dispatch found
 * @param status whether it is proven optimal
 * @param objective the model's own value of that dispatch: {@code 0hard}, the medium of the first stage and the soft
 *     of the second; equal to {@code dispatch.score()} when the model is right
 * @param mediumBound the least priority every dispatch must leave unassigned, proven by the first stage; equal to the
 *     objective's medium when that stage proved its optimum, 0 when it proved nothing
 * @param softBound the best lower bound on the soft level proven at the medium level found, in fen; equal to the
 *     objective's soft when {@link CpSatStatus#OPTIMAL}
 * @param trips the model's Boolean variables: the trips that break no rule on their own
 * @param wallTime the time spent building and solving
 */
public record CpSatDispatch(Dispatch dispatch, CpSatStatus status, DispatchScore objective, long mediumBound,
        long softBound, int trips, Duration wallTime) {

    public CpSatDispatch {
        Objects.requireNonNull(dispatch, "dispatch");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(wallTime, "wallTime");
        if (mediumBound < 0 || mediumBound > objective.medium()) {
            throw new IllegalArgumentException("The medium bound (" + mediumBound + ") must lie between 0 and the "
                    + "objective's medium (" + objective.medium() + ").");
        }
    }

    public boolean isOptimal() {
        return status == CpSatStatus.OPTIMAL;
    }
}
