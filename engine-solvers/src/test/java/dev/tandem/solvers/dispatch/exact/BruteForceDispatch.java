package dev.tandem.solvers.dispatch.exact;

import java.time.OffsetDateTime;
import java.util.Arrays;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;

/**
 * The best dispatch by enumeration, scored by {@link Dispatch#score()} alone: every request unassigned or given each
 * candidate technician and start. A branch is cut once it breaks a hard rule, which is safe because adding trips
 * never repairs one and leaving everything unassigned scores {@code 0hard}. For a handful of requests only.
 */
final class BruteForceDispatch {

    private final DispatchProblem problem;
    private final int[] technicians;
    private final OffsetDateTime[] starts;
    private Dispatch best;

    private BruteForceDispatch(DispatchProblem problem) {
        this.problem = problem;
        this.technicians = new int[problem.requests().size()];
        Arrays.fill(technicians, Dispatch.UNASSIGNED);
        this.starts = new OffsetDateTime[technicians.length];
    }

    static Dispatch best(DispatchProblem problem) {
        BruteForceDispatch search = new BruteForceDispatch(problem);
        search.branch(0);
        return search.best;
    }

    private void branch(int r) {
        if (r == technicians.length) {
            Dispatch dispatch = new Dispatch(problem, technicians, starts);
            if (best == null || dispatch.score().compareTo(best.score()) < 0) {
                best = dispatch;
            }
            return;
        }
        branch(r + 1);
        for (int t : problem.candidates(r)) {
            for (OffsetDateTime start : problem.starts(r)) {
                technicians[r] = t;
                starts[r] = start;
                DispatchScore partial = new Dispatch(problem, technicians, starts).score();
                if (partial.hard() == 0) {
                    branch(r + 1);
                }
            }
        }
        technicians[r] = Dispatch.UNASSIGNED;
        starts[r] = null;
    }
}
