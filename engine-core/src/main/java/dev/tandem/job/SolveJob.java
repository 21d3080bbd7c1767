package dev.tandem.job;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A solve running on an executor: its answer as a {@link CompletableFuture}, its latest {@link Progress}, and an
 * early stop that keeps the best answer so far. Thread-safe.
 *
 * <pre>{@code
 * SolveJob<RebalancePlan> job = tandem.rebalance(RebalanceSettings.DEFAULT, limits);
 * job.onProgress(p -> log.info("{} after {}", p.bestScore(), p.elapsed()));
 * job.stopEarly();                     // the plan so far, still valid
 * RebalancePlan plan = job.result().join();
 * }</pre>
 *
 * @param <T> the answer
 */
public final class SolveJob<T> {

    private final String solver;
    private final Ticker ticker;
    private final long startNanos;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Runnable> stopActions = new CopyOnWriteArrayList<>();
    private final List<Consumer<Progress>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Progress> progress;

    private SolveJob(String solver, Ticker ticker) {
        this.solver = solver;
        this.ticker = ticker;
        this.startNanos = ticker.read();
        this.progress = new AtomicReference<>(new Progress(solver, "queued", "", Duration.ZERO, 0));
    }

    /**
     * Starts {@code solve} on {@code executor}. The function gets the job's control; what it returns completes
     * {@link #result()}, what it throws completes it exceptionally.
     *
     * @param solver the solver's name, for progress reports
     */
    public static <T> SolveJob<T> start(String solver, Executor executor, Function<SolveControl, T> solve) {
        return start(solver, executor, Ticker.systemTicker(), solve);
    }

    static <T> SolveJob<T> start(String solver, Executor executor, Ticker ticker,
            Function<SolveControl, T> solve) {
        Objects.requireNonNull(solve, "solve");
        SolveJob<T> job = new SolveJob<>(Objects.requireNonNull(solver, "solver"), ticker);
        try {
            executor.execute(() -> job.run(solve));
        } catch (RuntimeException rejected) {
            job.result.completeExceptionally(rejected);
        }
        return job;
    }

    private void run(Function<SolveControl, T> solve) {
        if (result.isDone()) {
            return;
        }
        publish("started", "", 0);
        try {
            T answer = solve.apply(new JobControl());
            Progress last = progress.get();
            publish("done", last.bestScore(), last.improvements());
            result.complete(answer);
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    /** The answer; completes when the solve ends, by its limits or by {@link #stopEarly()}. */
    public CompletableFuture<T> result() {
        return result;
    }

    /** The latest progress. */
    public Progress progress() {
        return progress.get();
    }

    /** Calls {@code listener} with every progress from now on, on the solver's thread; keep it quick. */
    public void onProgress(Consumer<Progress> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Asks the solver to end now with its best answer so far; the result still completes normally. */
    public void stopEarly() {
        if (stop.compareAndSet(false, true)) {
            stopActions.forEach(Runnable::run);
        }
    }

    /** Whether an early stop was asked for. */
    public boolean stopRequested() {
        return stop.get();
    }

    /** The time since the job was started. */
    public Duration elapsed() {
        return Duration.ofNanos(ticker.read() - startNanos);
    }

    /** The solver's name. */
    public String solver() {
        return solver;
    }

    private void publish(String phase, String bestScore, int improvements) {
        Progress next = new Progress(solver, phase, bestScore, elapsed(), improvements);
        progress.set(next);
        listeners.forEach(listener -> listener.accept(next));
    }

    private final class JobControl implements SolveControl {

        @Override
        public boolean stopRequested() {
            return stop.get();
        }

        @Override
        public void onStop(Runnable action) {
            checkArgument(action != null, "The action must not be null.");
            stopActions.add(action);
            if (stop.get()) {
                action.run();
            }
        }

        @Override
        public synchronized void improved(String phase, String bestScore) {
            publish(phase, bestScore, progress.get().improvements() + 1);
        }
    }
}
