package dev.tandem.examples.cli;

import static dev.tandem.examples.cli.Cli.tandem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tandem.examples.cli.Cli.Run;
import dev.tandem.job.SolverUnavailableException;
import dev.tandem.rebalance.RebalancePlan;
import dev.tandem.rebalance.RebalanceProblem;
import dev.tandem.rebalance.RebalanceSolver;
import dev.tandem.rebalance.RebalanceSolvers;

/**
 * What a user sees when a solver fails: a plan its validator rejects (exit 3), a solver that cannot run here (the
 * baseline stands in, or exit 2 when it was named), and an internal error (exit 1, no class names).
 */
class SolverFailuresTest {

    private static final RebalanceSolver GREEDY = RebalanceSolvers.available()
            .get(RebalanceSolvers.available().size() - 1);

    @TempDir
    Path dir;

    /** A solver that cannot run here, as an OR-Tools solver without its native library. */
    private static final RebalanceSolver UNAVAILABLE = new Named("flow", problem -> {
        throw new SolverUnavailableException("The OR-Tools native library could not be loaded on plan9/mips: "
                + "java.lang.UnsatisfiedLinkError: no jniortools in java.library.path", null);
    });

    /** A solver that moves every run of the greedy plan 25 times over: more than the sources hold. */
    private static final RebalanceSolver OVERSENDING = new Named("oversending", problem -> {
        RebalancePlan plan = GREEDY.solve(problem);
        List<dev.tandem.rebalance.Run> runs = new ArrayList<>();
        for (int copy = 0; copy < 25; copy++) {
            runs.addAll(plan.runs());
        }
        return new RebalancePlan("oversending", plan.freightMode(), runs, plan.shortfalls());
    });

    private static final RebalanceSolver BROKEN = new Named("broken", problem -> {
        throw new IllegalStateException("index 7 out of bounds for length 7");
    });

    private record Named(String name, java.util.function.Function<RebalanceProblem, RebalancePlan> solver)
            implements RebalanceSolver {

        @Override
        public RebalancePlan solve(RebalanceProblem problem) {
            return solver.apply(problem);
        }
    }

    private static SolverLists rebalancers(RebalanceSolver... solvers) {
        List<RebalanceSolver> list = new ArrayList<>(List.of(solvers));
        Collections.addAll(list, GREEDY);
        return new SolverLists(() -> List.copyOf(list), SolverLists.ON_CLASS_PATH.dispatchers(),
                SolverLists.ON_CLASS_PATH.assigners());
    }

    @Test
    void aPlanItsValidatorRejectsIsExitThreeWithItsViolationsCapped() throws IOException {
        Path plan = dir.resolve("plan.json");

        Run run = tandem(rebalancers(OVERSENDING), "rebalance", Cli.southChina(dir).toString(), "--out",
                plan.toString());

        assertThat(run.exitCode()).isEqualTo(TandemCli.INVALID_PLAN).isEqualTo(3);
        java.util.regex.Matcher verdict = java.util.regex.Pattern
                .compile("validation\\s+INVALID \\((\\d+) violations, listed below\\)").matcher(run.out());
        assertThat(verdict.find()).as(run.out()).isTrue();
        int violations = Integer.parseInt(verdict.group(1));
        assertThat(violations).isGreaterThan(Listing.SHOWN);
        assertThat(run.out()).contains("\n  ... and " + (violations - Listing.SHOWN) + " more\n");
        assertThat(plan).exists();
    }

    @Test
    void theDeadStockCommandAlsoExitsThreeForAnInvalidPlan() throws IOException {
        Run run = tandem(rebalancers(OVERSENDING), "deadstock", Cli.southChina(dir).toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(3);
    }

    @Test
    void theBaselineStandsInForTheBestSolverWhenItCannotRunWithOneWarning() throws IOException {
        Path plan = dir.resolve("plan.json");

        Run run = tandem(rebalancers(UNAVAILABLE), "rebalance", Cli.southChina(dir).toString(), "--out",
                plan.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("tandem rebalance: warning: the rebalancing solver 'flow' cannot run here, so greedy "
                        + "plans instead: The OR-Tools native library could not be loaded on plan9/mips")
                .doesNotContain("java.lang", "UnsatisfiedLinkError");
        assertThat(run.out()).contains("greedy (flow unavailable)");
    }

    @Test
    void aNamedSolverThatCannotRunIsExitTwoWithoutAStackTrace() throws IOException {
        Run run = tandem(rebalancers(UNAVAILABLE), "rebalance", Cli.southChina(dir).toString(), "--solver", "flow");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("tandem rebalance: the rebalancing solver 'flow' cannot run here: The "
                + "OR-Tools native library").contains("leave out --solver").doesNotContain("\tat ", "java.lang");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownSolverNamesTheSolversAndTheNearest() throws IOException {
        Run run = tandem(rebalancers(UNAVAILABLE), "rebalance", Cli.southChina(dir).toString(), "--solver", "gredy");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown solver 'gredy'; did you mean \"greedy\"? The solvers are flow, "
                + "greedy");
    }

    @Test
    void anInternalErrorIsAShortMessageAndWhereToReportItWithoutClassNames() throws IOException {
        Run run = tandem(rebalancers(BROKEN), "rebalance", Cli.southChina(dir).toString());
        Run debug = tandem(rebalancers(BROKEN), "rebalance", Cli.southChina(dir).toString(), "--debug");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                "tandem rebalance: internal error: index 7 out of bounds for length 7",
                "Please report it at " + ErrorReporter.REPORT_AT + " with the command you ran; --debug prints the "
                        + "details.");
        assertThat(debug.exitCode()).isEqualTo(1);
        assertThat(debug.err()).contains("internal error: index 7", "\tat ");
    }
}
