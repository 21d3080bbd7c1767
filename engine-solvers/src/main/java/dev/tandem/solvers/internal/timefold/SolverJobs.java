package dev.tandem.solvers.internal.timefold;

import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverJob;
import ai.timefold.solver.core.impl.localsearch.scope.LocalSearchPhaseScope;
import ai.timefold.solver.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import ai.timefold.solver.core.impl.phase.scope.AbstractPhaseScope;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

import dev.tandem.job.SolveControl;

/** What the Timefold models share in running a {@link Solver} or a {@link SolverJob}. */
public final class SolverJobs {

    private SolverJobs() {
    }

    /**
     * Solves {@code problem} on the caller's thread and returns the best solution; {@code problem} itself, unsolved,
     * when {@code control} asked to stop before the solver started. The caller registers the early stop with
     * {@code control} ({@link SolveControl#onStop(Runnable)}); an exception inside the solver reaches the caller as
     * thrown there.
     */
    public static <S> S solve(Solver<S> solver, S problem, SolveControl control) {
        if (control.stopRequested()) {
            return problem;
        }
        return solver.solve(problem);
    }

    /** The moves the solver evaluated in its last solve; 0 if this kind of solver does not tell. */
    public static long moveEvaluationCount(Solver<?> solver) {
        return solver instanceof DefaultSolver<?> counted ? counted.getMoveEvaluationCount() : 0;
    }

    /** The moves per second the solver evaluated in its last solve; 0 if this kind of solver does not tell. */
    public static long moveEvaluationSpeed(Solver<?> solver) {
        return solver instanceof DefaultSolver<?> counted ? counted.getMoveEvaluationSpeed() : 0;
    }

    /**
     * Starts recording the moves per second of the solver's local search phases, construction excluded: the
     * returned supplier gives the speed of the last such phase to end, 0 before one has (or if this kind of solver
     * does not tell). Register before solving.
     */
    public static <S> LongSupplier localSearchSpeed(Solver<S> solver) {
        AtomicLong speed = new AtomicLong();
        if (solver instanceof DefaultSolver<S> observed) {
            observed.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<S>() {
                @Override
                public void phaseEnded(AbstractPhaseScope<S> phaseScope) {
                    // Listeners hear of the end before the phase records it, so its "up to now" figures are the ones.
                    long millis = phaseScope.calculatePhaseTimeMillisSpentUpToNow();
                    if (phaseScope instanceof LocalSearchPhaseScope<?> && millis > 0) {
                        speed.set(phaseScope.getPhaseMoveEvaluationCount() * 1_000 / millis);
                    }
                }
            });
        }
        return speed::get;
    }

    /**
     * Waits for the job's final best solution and lets an exception from inside the solver reach the caller as it
     * was thrown there.
     *
     * @param what what is being solved, for the message of an interruption, such as {@code "dispatching"}
     * @throws IllegalStateException if the thread is interrupted (the job is stopped and the interrupt kept) or the
     *     solver fails with a checked exception
     */
    public static <S> S finalBest(SolverJob<S, ?> job, String what) {
        try {
            return job.getFinalBestSolution();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.terminateEarly();
            throw new IllegalStateException("Interrupted while " + what + ".", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The Timefold solver failed: " + cause, cause);
        }
    }

    /**
     * Runs the fast baseline, then the search on what is left of the time limit (at least a millisecond), and
     * returns the better of the two by {@code order} (the search's on a tie): the answer is never worse than the
     * baseline's.
     */
    public static <T> T betterOfBaselineAndSearch(Duration timeLimit, Supplier<T> baseline,
            Function<Duration, T> search, Comparator<T> order) {
        long started = System.nanoTime();
        T base = baseline.get();
        long leftMillis = timeLimit.minusNanos(System.nanoTime() - started).toMillis();
        T searched = search.apply(Duration.ofMillis(Math.max(1, leftMillis)));
        return order.compare(base, searched) < 0 ? base : searched;
    }

    /**
     * As {@link #betterOfBaselineAndSearch}, within {@code searchShare} of the time limit, then {@code polish} of
     * the better answer, which is asked to stop at the end of the time limit: the whole call honours the limit.
     *
     * @param searchShare the share of the time limit for baseline and search, in (0, 1]
     * @param polish improves an answer, never making it worse, until the stop it is given says so
     */
    public static <T> T searchThenPolish(Duration timeLimit, double searchShare, Supplier<T> baseline,
            Function<Duration, T> search, Comparator<T> order, BiFunction<T, BooleanSupplier, T> polish) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Duration searchLimit = Duration.ofMillis(Math.max(1, (long) (timeLimit.toMillis() * searchShare)));
        T better = betterOfBaselineAndSearch(searchLimit, baseline, search, order);
        return polish.apply(better, () -> System.nanoTime() > deadline);
    }
}
