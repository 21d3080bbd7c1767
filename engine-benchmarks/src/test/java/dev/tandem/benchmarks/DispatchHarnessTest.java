package dev.tandem.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.tandem.dispatch.DispatchScore;
import dev.tandem.dispatch.DispatchSolver;

class DispatchHarnessTest {

    @Test
    void comparesEverySolverWithTheExactOptimumAndRunsTheLargeInstance() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            DispatchHarness.main(new String[] {"2", "12", "1", "50", "60", "1", "5"});
        } finally {
            System.setOut(out);
        }

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("cp-sat-exact", "exact proven optimal on 2 of 2 seeds",
                "greedy         equal to exact on", "large: 10 stores, 50 technicians, 60 requests over 14 days");
        assertThat(report).contains("CP-SAT, 5 s", "soft bound");
        assertThat(report.lines().filter(line -> line.startsWith("greedy ")).count())
                .as("summary, large row and gap to the proven bounds").isEqualTo(3);
    }

    @Test
    void neverRunsTheExactModelAsAHeuristic() {
        assertThat(DispatchHarness.solvers()).extracting(DispatchSolver::name).contains("greedy")
                .doesNotContain("cp-sat-exact");
    }

    @Test
    void reportsTheFirstLevelWhereAScoreDiffersFromTheOptimum() {
        DispatchScore optimum = new DispatchScore(0, 5, 1_000);

        assertThat(DispatchHarness.versus(new DispatchScore(1, 0, 0), optimum)).isEqualTo("+1 hard");
        assertThat(DispatchHarness.versus(new DispatchScore(0, 7, 900), optimum)).isEqualTo("+2 medium");
        assertThat(DispatchHarness.versus(new DispatchScore(0, 5, 1_050), optimum)).isEqualTo("+50 soft");
        assertThat(DispatchHarness.versus(optimum, optimum)).isEqualTo("equal");
        assertThat(DispatchHarness.softGap(new DispatchScore(0, 5, 1_050), optimum)).isEqualTo(5.0);
        assertThat(DispatchHarness.softGap(new DispatchScore(0, 5, 0), new DispatchScore(0, 5, 0))).isZero();
    }
}
