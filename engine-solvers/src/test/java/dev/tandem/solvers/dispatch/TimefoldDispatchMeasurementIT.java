package dev.tandem.solvers.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSettings;

/**
 * A measured solve of a generated network, not part of the regular build (surefire runs {@code *Test} only). Run
 * with, for example:
 *
 * <pre>
 * mvn -o test -pl engine-core,engine-solvers -Dtest=TimefoldDispatchMeasurementIT \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dstores=200 -Dtechnicians=1000 -Drequests=300 -Dseconds=10
 * </pre>
 *
 * It prints the score, the assigned count, the move evaluation speed, the first and last new best scores, and an
 * upper bound on what any plan can assign: the requests that have at least one candidate and start that breaks no
 * rule of its own (support window, lead time, overloaded home), ignoring overlaps and understaffing.
 */
class TimefoldDispatchMeasurementIT {

    @Test
    void solveAGeneratedNetwork() {
        int stores = Integer.getInteger("stores", 200);
        int technicians = Integer.getInteger("technicians", 1000);
        int requests = Integer.getInteger("requests", 300);
        Duration limit = Duration.ofSeconds(Long.getLong("seconds", 10));
        long seed = Long.getLong("seed", 1L);
        long started = System.nanoTime();
        DispatchProblem problem = DispatchFixtures.problem(DispatchFixtures.network(stores, technicians, seed),
                requests, seed, DispatchSettings.DEFAULT);
        Duration built = Duration.ofNanos(System.nanoTime() - started);

        DispatchRun run = new TimefoldDispatcher().run(problem, limit, seed);

        DispatchScore objective = run.dispatch().score();
        System.out.printf("%d stores, %d technicians, %d requests, %s: built in %d ms%n", stores, technicians,
                requests, limit, built.toMillis());
        System.out.printf("score %s (Dispatch.score %s), assigned %d of %d (at most %d), %d moves in %s, %d moves/s"
                + " (local search alone %d moves/s)%n", run.score(), objective, run.dispatch().assignedCount(),
                requests, assignable(problem), run.moveEvaluationCount(), run.spent(), run.moveEvaluationSpeed(),
                run.searchMoveEvaluationSpeed());
        run.progress().stream().limit(2).forEach(best -> System.out.println("  " + best));
        System.out.println("  ...");
        run.progress().stream().skip(Math.max(2, run.progress().size() - 2L))
                .forEach(best -> System.out.println("  " + best));
        assertThat(run.score().hard()).isEqualTo(objective.hard());
    }

    private static int assignable(DispatchProblem problem) {
        int count = 0;
        for (int r = 0; r < problem.requests().size(); r++) {
            if (hasFreeCandidate(problem, r)) {
                count++;
            }
        }
        return count;
    }

    private static boolean hasFreeCandidate(DispatchProblem problem, int r) {
        for (int t : problem.candidates(r)) {
            for (OffsetDateTime start : problem.starts(r)) {
                if (problem.isInsideSupportWindow(r, t, start) && problem.respectsLeadTime(r, start)
                        && !problem.isHomeOverloaded(t, start.toLocalDate())) {
                    return true;
                }
            }
        }
        return false;
    }
}
