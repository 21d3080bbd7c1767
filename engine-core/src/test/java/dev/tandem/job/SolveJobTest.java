package dev.tandem.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SolveJobTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void shutDown() {
        executor.shutdownNow();
    }

    @Test
    void anEarlyStopEndsASearchWithItsBestAnswerSoFar() throws InterruptedException {
        CountDownLatch searching = new CountDownLatch(1);
        SolveJob<Integer> job = SolveJob.start("counter", executor, control -> {
            int best = 0;
            while (!control.stopRequested()) {
                best++;
                if (best % 1000 == 0) {
                    control.improved("local search", Integer.toString(best));
                    searching.countDown();
                }
            }
            return best;
        });
        searching.await();

        job.stopEarly();

        int answer = job.result().join();
        assertThat(answer).isPositive();
        assertThat(job.stopRequested()).isTrue();
        assertThat(job.progress().phase()).isEqualTo("done");
        assertThat(job.progress().improvements()).isPositive();
        assertThat(Integer.parseInt(job.progress().bestScore())).isLessThanOrEqualTo(answer);
    }

    @Test
    void aStopCallbackRegisteredAfterTheStopRunsAtOnce() {
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        SolveJob<Boolean> job = SolveJob.start("blocking", executor, control -> {
            awaitQuietly(go);
            control.onStop(stopped::countDown);
            return stopped.getCount() == 0;
        });
        job.stopEarly();
        go.countDown();

        assertThat(job.result().join()).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aFailingSolveCompletesTheResultExceptionally() {
        SolveJob<Integer> job = SolveJob.start("broken", executor, control -> {
            throw new IllegalStateException("the model is infeasible");
        });

        assertThat(job.result()).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .withCauseInstanceOf(IllegalStateException.class).withMessageContaining("infeasible");
    }

    @Test
    void aRejectedStartCompletesTheResultExceptionally() {
        SolveJob<Integer> job = SolveJob.start("rejected", command -> {
            throw new RejectedExecutionException("the pool is shut down");
        }, control -> 1);

        assertThat(job.result()).isCompletedExceptionally();
        assertThat(job.result().handle((value, error) -> error)).isCompletedWithValueMatching(
                error -> error instanceof CompletionException || error instanceof RejectedExecutionException);
    }

    @Test
    void limitsRejectANonPositiveTimeLimitOrBudget() {
        assertThatIllegalArgumentException().isThrownBy(() -> SolveLimits.of(Duration.ZERO))
                .withMessage("The timeLimit (PT0S) must be positive.");
        assertThatIllegalArgumentException().isThrownBy(() -> SolveLimits.DEFAULT.withMoveBudget(0));
    }
}
