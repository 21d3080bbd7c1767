package dev.tandem.solvers.dispatch.internal.move;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.tandem.solvers.dispatch.TestSchedules;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;

/**
 * The candidate swap moves against a brute force over all pairs of requests that tests membership in the value
 * ranges themselves (not the index's sorted arrays): the ordered enumeration is exactly the set of doable swaps
 * that keep both requests inside their ranges, and random draws make only such swaps and reach every one of them.
 */
class CandidateSwapMovesTest {

    private static final int DRAWS = 50_000;

    @ParameterizedTest(name = "seed {0}, {1} unassigned, {2} half assigned, starts too: {3}")
    @CsvSource({"1, 0.3, 0, false", "1, 0.3, 0, true", "2, 0.1, 0.2, false", "2, 0.1, 0.2, true",
            "3, 0.6, 0.1, false", "3, 0.6, 0.1, true"})
    void theOrderedMovesAreExactlyTheSwapsInsideBothRanges(long seed, double unassigned, double halfAssigned,
            boolean startsToo) {
        DispatchSchedule schedule = TestSchedules.adversarial(seed, unassigned, halfAssigned);
        CandidateSwapMoves moves = moves(startsToo);
        Set<Set<RequestAssignment>> expected = bruteForce(schedule, startsToo);

        Set<Set<RequestAssignment>> enumerated = new HashSet<>();
        Iterator<CandidateSwapMove> ordered = moves.allMoves(CandidateIndex.of(schedule));
        while (ordered.hasNext()) {
            CandidateSwapMove move = ordered.next();
            assertThat(move.isMoveDoable(null)).as("%s is doable", move).isTrue();
            enumerated.add(Set.of(move.left(), move.right()));
        }

        assertThat(expected).as("swaps the brute force finds").isNotEmpty();
        if (startsToo) {
            assertThat(expected).as("swaps of two trips of one technician")
                    .anyMatch(pair -> pair.stream().map(RequestAssignment::getTechnician).distinct().count() == 1);
        }
        if (startsToo && halfAssigned > 0) {
            assertThat(expected).as("swaps with a request that has a technician or a start but not both")
                    .anyMatch(pair -> pair.stream().anyMatch(request -> !request.isAssigned()
                            && (request.getTechnician() != null || request.getStart() != null)));
        }
        assertThat(enumerated).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed {0}, {1} unassigned, {2} half assigned, starts too: {3}")
    @CsvSource({"4, 0.3, 0, false", "4, 0.3, 0, true", "5, 0.5, 0.2, false", "5, 0.5, 0.2, true"})
    void randomDrawsMakeOnlySwapsInsideBothRangesAndReachEveryOne(long seed, double unassigned,
            double halfAssigned, boolean startsToo) {
        DispatchSchedule schedule = TestSchedules.adversarial(seed, unassigned, halfAssigned);
        Set<Set<RequestAssignment>> expected = bruteForce(schedule, startsToo);

        Set<Set<RequestAssignment>> drawn = new HashSet<>();
        Iterator<CandidateSwapMove> random = moves(startsToo).randomMoves(CandidateIndex.of(schedule),
                new Random(seed));
        for (int draw = 0; draw < DRAWS && random.hasNext(); draw++) {
            CandidateSwapMove move = random.next();
            if (move.isMoveDoable(null)) {
                drawn.add(Set.of(move.left(), move.right()));
            }
        }

        assertThat(expected).as("swaps the brute force finds").isNotEmpty();
        assertThat(drawn).isEqualTo(expected);
    }

    private static CandidateSwapMoves moves(boolean startsToo) {
        return startsToo ? new AssignmentSwapMoves() : new TechnicianSwapMoves();
    }

    /**
     * Every pair of movable requests, at least one with a technician (both when only technicians swap), whose swap
     * changes something (a technician,
     * or a start when starts swap too) and where each request receives values of its own ranges, a value left
     * unset counting as in range.
     */
    private static Set<Set<RequestAssignment>> bruteForce(DispatchSchedule schedule, boolean startsToo) {
        List<RequestAssignment> assignments = schedule.getAssignments();
        Set<Set<RequestAssignment>> swaps = new HashSet<>();
        for (RequestAssignment a : assignments) {
            for (RequestAssignment b : assignments) {
                boolean bothHaveOne = a.getTechnician() != null && b.getTechnician() != null;
                if (a == b || a.isPinned() || b.isPinned() || (startsToo
                        ? a.getTechnician() == null && b.getTechnician() == null
                        : !bothHaveOne)) {
                    continue;
                }
                boolean sameTechnician = a.getTechnician() == b.getTechnician();
                if (sameTechnician && (!startsToo || a.getStart() == b.getStart())) {
                    continue;
                }
                boolean inRange = takes(a, b.getTechnician()) && takes(b, a.getTechnician())
                        && (!startsToo || takesStart(a, b) && takesStart(b, a));
                if (inRange) {
                    swaps.add(Set.of(a, b));
                }
            }
        }
        return swaps;
    }

    private static boolean takes(RequestAssignment request, Object technician) {
        return technician == null || request.getCandidateTechnicians().contains(technician);
    }

    private static boolean takesStart(RequestAssignment request, RequestAssignment other) {
        return other.getStart() == null || request.getStarts().contains(other.getStart());
    }
}
