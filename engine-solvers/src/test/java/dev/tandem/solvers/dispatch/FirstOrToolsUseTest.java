package dev.tandem.solvers.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.tandem.dispatch.Dispatch;
import dev.tandem.dispatch.DispatchPlanValidator;
import dev.tandem.dispatch.DispatchPlans;
import dev.tandem.dispatch.DispatchProblem;
import dev.tandem.dispatch.DispatchSettings;

/**
 * The dispatcher in a JVM where nothing has loaded OR-Tools yet: its exact stages must load the native library
 * themselves (a model built before the load fails with an {@link UnsatisfiedLinkError}). Inside the test JVM other
 * tests load it first, so the dispatch runs in a JVM of its own.
 */
class FirstOrToolsUseTest {

    @Test
    void theDispatcherLoadsOrToolsItselfWhenItIsTheFirstToUseIt() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                FreshJvmDispatch.class.getName()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the child JVM ends").isTrue();
        String text = new String(output, StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(text).isZero();
        assertThat(text).contains("valid dispatch, 0 hard").doesNotContain("UnsatisfiedLinkError");
    }

    /** Solves a small dispatch with the default pipeline as the JVM's first OR-Tools user and checks the plan. */
    static final class FreshJvmDispatch {

        public static void main(String[] args) {
            DispatchProblem problem = DispatchFixtures.small(40, 3);
            Dispatch dispatch = new TimefoldDispatcher().solve(problem, Duration.ofSeconds(6), 3);
            DispatchSettings settings = problem.settings();
            int violations = new DispatchPlanValidator(settings.leadDays(), settings.minOnDutyAtHome(),
                    settings.thresholds()).validate(problem.network(), problem.requests(),
                            DispatchPlans.of(TimefoldDispatcher.NAME, dispatch)).violations().size();
            System.out.println((violations == 0 ? "valid" : violations + " violations in the") + " dispatch, "
                    + dispatch.score().hard() + " hard");
        }
    }
}
