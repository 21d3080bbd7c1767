package dev.tandem.examples.cli;

import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of the commands that run a solver: its time limit, seed and name, and where the plan goes. */
final class SolveOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--seconds", defaultValue = "10", description = "Time limit of the search (default: "
            + "${DEFAULT-VALUE}).")
    private long seconds;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--solver", paramLabel = "NAME", description = "greedy, timefold, ...; default: the best "
            + "available.")
    private String solverName;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the plan as JSON here.")
    private Path out;

    /**
     * @throws ParameterException if the time limit is below a second
     */
    Duration timeLimit() {
        if (seconds < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds must be 1 or more");
        }
        return Duration.ofSeconds(seconds);
    }

    long seed() {
        return seed;
    }

    /** The solver's name, or {@code null} for the best available. */
    String solverName() {
        return solverName;
    }

    /** Where to write the plan, or {@code null}. */
    Path out() {
        return out;
    }
}
