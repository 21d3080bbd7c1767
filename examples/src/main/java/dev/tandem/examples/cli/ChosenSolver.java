package dev.tandem.examples.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import dev.tandem.job.SolverUnavailableException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The solver a user named with {@code --solver}, or the best available one with the baseline behind it. When the
 * best available cannot run here (such as an OR-Tools solver whose native library does not load), the baseline
 * plans instead, after one warning line on stderr; a solver named by the user that cannot run is a user error
 * (exit 2) saying so, never a stack trace.
 *
 * @param <S> the kind of solver
 */
final class ChosenSolver<S> {

    private final CommandSpec spec;
    private final String engine;
    private final S solver;
    private final Optional<S> baseline;
    private final Function<S, String> names;

    private ChosenSolver(CommandSpec spec, String engine, S solver, Optional<S> baseline, Function<S, String> names) {
        this.spec = spec;
        this.engine = engine;
        this.solver = solver;
        this.baseline = baseline;
        this.names = names;
    }

    /**
     * @param engine the engine's name in messages, such as {@code rebalancing}
     * @param available the solvers found, best first, the baseline last
     * @param name the name the user gave, or {@code null} for the best available
     * @throws ParameterException naming the available solvers and the nearest, if none has that name
     */
    static <S> ChosenSolver<S> of(CommandSpec spec, String engine, List<S> available, String name,
            Function<S, String> names) {
        S baseline = available.get(available.size() - 1);
        if (name == null) {
            S best = available.get(0);
            return new ChosenSolver<>(spec, engine, best, best == baseline ? Optional.empty() : Optional.of(baseline),
                    names);
        }
        List<String> known = available.stream().map(names).toList();
        S named = available.stream().filter(solver -> names.apply(solver).equals(name)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown solver '" + name + "'"
                        + Nearest.advice(name, known, "the solvers are " + String.join(", ", known))));
        return new ChosenSolver<>(spec, engine, named, Optional.empty(), names);
    }

    /** The chosen solver's name. */
    String name() {
        return names.apply(solver);
    }

    /**
     * Solves with the chosen solver, or with the baseline when the best available cannot run here.
     *
     * @param solve solves with a solver, naming its answer with the given name: the solver's, or for the baseline
     *     standing in, such as {@code greedy (flow unavailable)}
     * @throws UserInputException if a solver the user named cannot run here
     */
    <T> T solve(BiFunction<S, String, T> solve) {
        try {
            return solve.apply(solver, name());
        } catch (RuntimeException e) {
            Optional<SolverUnavailableException> unavailable = unavailable(e);
            if (unavailable.isEmpty()) {
                throw e;
            }
            String reason = Messages.firstLine(unavailable.get().getMessage());
            if (baseline.isEmpty()) {
                throw new UserInputException("the " + engine + " solver '" + name() + "' cannot run here: " + reason
                        + "\nMaybe leave out --solver for the best available, or use the baseline.");
            }
            String stand = names.apply(baseline.get());
            spec.commandLine().getErr().println(spec.qualifiedName() + ": warning: the " + engine + " solver '"
                    + name() + "' cannot run here, so " + stand + " plans instead: " + reason);
            return solve.apply(baseline.get(), stand + " (" + name() + " unavailable)");
        }
    }

    private static Optional<SolverUnavailableException> unavailable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SolverUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
        }
        return Optional.empty();
    }
}
