package dev.tandem.dispatch;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Objects;

import dev.tandem.dispatch.internal.DispatchPenalties;

/**
 * A solver's answer to a {@link DispatchProblem}: for each request a technician and a start, or none. Plain
 * dense indexes, for solvers; {@link DispatchPlans} turns it into a plan people read. Scoring it
 * ({@link #score()}) is the single definition of the objective all dispatch solvers share. Immutable.
 */
public final class Dispatch {

    /** Marks a request left unassigned. */
    public static final int UNASSIGNED = -1;

    private final DispatchProblem problem;
    private final int[] technicians;
    private final OffsetDateTime[] starts;

    /**
     * @param technicians per request, the technician index or {@link #UNASSIGNED}
     * @param starts per request, the start of work, or {@code null} when unassigned
     */
    public Dispatch(DispatchProblem problem, int[] technicians, OffsetDateTime[] starts) {
        this.problem = Objects.requireNonNull(problem, "problem");
        checkArgument(technicians.length == problem.requests().size() && starts.length == technicians.length,
                "A dispatch needs one technician and one start per request (%s), not %s and %s.",
                problem.requests().size(), technicians.length, starts.length);
        this.technicians = technicians.clone();
        this.starts = starts.clone();
        for (int r = 0; r < technicians.length; r++) {
            checkArgument((technicians[r] == UNASSIGNED) == (starts[r] == null),
                    "Request %s needs both a technician and a start, or neither.", r);
        }
    }

    public DispatchProblem problem() {
        return problem;
    }

    public int technician(int r) {
        return technicians[r];
    }

    public OffsetDateTime start(int r) {
        return starts[r];
    }

    public boolean isAssigned(int r) {
        return technicians[r] != UNASSIGNED;
    }

    public int assignedCount() {
        return (int) Arrays.stream(technicians).filter(t -> t != UNASSIGNED).count();
    }

    /** The score under the problem's rules; see {@link DispatchScore} for the levels. */
    public DispatchScore score() {
        return DispatchPenalties.of(this).score(problem.settings());
    }
}
