package dev.tandem.solvers.dispatch.internal.move;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import dev.tandem.solvers.dispatch.internal.domain.Candidate;
import dev.tandem.solvers.dispatch.internal.domain.DispatchSchedule;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;

/**
 * Swap moves drawn through the candidates: a movable request, one of its candidate technicians, and a request that
 * has that technician now and may take the first one's values in exchange. Every move it makes keeps both requests
 * inside their ranges, so none is drawn to be thrown away; a draw reads a few dozen requests, not thousands.
 */
abstract class CandidateSwapMoves implements MoveIteratorFactory<DispatchSchedule, CandidateSwapMove> {

    /**
     * Attempts of one random draw before it gives up: then it yields a move that is not doable, which Timefold
     * skips. Bounds the work of a draw where few requests can swap at all.
     */
    private static final int ATTEMPTS = 64;

    private final boolean startsToo;
    private CandidateIndex index;

    CandidateSwapMoves(boolean startsToo) {
        this.startsToo = startsToo;
    }

    @Override
    public void phaseStarted(ScoreDirector<DispatchSchedule> scoreDirector) {
        index = CandidateIndex.of(scoreDirector.getWorkingSolution());
    }

    @Override
    public void phaseEnded(ScoreDirector<DispatchSchedule> scoreDirector) {
        index = null;
    }

    @Override
    public long getSize(ScoreDirector<DispatchSchedule> scoreDirector) {
        return index(scoreDirector).candidatePairs();
    }

    @Override
    public Iterator<CandidateSwapMove> createOriginalMoveIterator(ScoreDirector<DispatchSchedule> scoreDirector) {
        return allMoves(index(scoreDirector));
    }

    @Override
    public Iterator<CandidateSwapMove> createRandomMoveIterator(ScoreDirector<DispatchSchedule> scoreDirector,
            Random random) {
        return randomMoves(index(scoreDirector), random);
    }

    /** Every swap of the current assignment, each pair once or twice (once from each side). */
    Iterator<CandidateSwapMove> allMoves(CandidateIndex candidates) {
        return Arrays.stream(candidates.movable())
                .filter(left -> startsToo || left.getTechnician() != null)
                .flatMap(left -> left.getCandidates().stream()
                        .map(Candidate::technician)
                        .filter(technician -> startsToo || technician != left.getTechnician())
                        .flatMap(technician -> Arrays.stream(candidates.mayTake(technician))
                                .filter(right -> right.getTechnician() == technician
                                        && swappable(left, right)))
                        .map(right -> new CandidateSwapMove(left, right, startsToo)))
                .iterator();
    }

    /**
     * Swaps drawn at random without end: a movable request (with a technician when only technicians swap), one of
     * its candidate technicians, and uniformly one of the requests that have that technician and can swap; a move
     * that is not doable when a draw finds none in {@value #ATTEMPTS} attempts.
     */
    Iterator<CandidateSwapMove> randomMoves(CandidateIndex candidates, Random random) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return candidates.movable().length > 1;
            }

            @Override
            public CandidateSwapMove next() {
                return draw(candidates, random);
            }
        };
    }

    private CandidateIndex index(ScoreDirector<DispatchSchedule> scoreDirector) {
        if (index == null) {
            index = CandidateIndex.of(scoreDirector.getWorkingSolution());
        }
        return index;
    }

    private CandidateSwapMove draw(CandidateIndex candidates, Random random) {
        RequestAssignment[] movable = candidates.movable();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            RequestAssignment left = movable[random.nextInt(movable.length)];
            List<Candidate> options = left.getCandidates();
            if (options.isEmpty() || !startsToo && left.getTechnician() == null) {
                continue;
            }
            DispatchTechnician technician = options.get(random.nextInt(options.size())).technician();
            if (technician == left.getTechnician() && !startsToo) {
                continue;
            }
            RequestAssignment right = partnerOf(candidates, left, technician, random);
            if (right != null) {
                return new CandidateSwapMove(left, right, startsToo);
            }
        }
        return new CandidateSwapMove(movable[0], movable[0], startsToo);
    }

    /** One of the requests with {@code technician} now that can swap with {@code left}, uniformly; or none. */
    private RequestAssignment partnerOf(CandidateIndex candidates, RequestAssignment left,
            DispatchTechnician technician, Random random) {
        RequestAssignment chosen = null;
        int seen = 0;
        for (RequestAssignment right : candidates.mayTake(technician)) {
            if (right.getTechnician() == technician && swappable(left, right)
                    && random.nextInt(++seen) == 0) {
                chosen = right;
            }
        }
        return chosen;
    }

    /**
     * Whether swapping changes something and {@code right} may take {@code left}'s values and {@code left}
     * {@code right}'s start ({@code left} may take {@code right}'s technician, one of its candidates, by the draw).
     */
    private boolean swappable(RequestAssignment left, RequestAssignment right) {
        return CandidateSwapMove.changes(left, right, startsToo) && right.canTake(left.getTechnician())
                && (!startsToo || right.canStartAt(left.getStart()) && left.canStartAt(right.getStart()));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
