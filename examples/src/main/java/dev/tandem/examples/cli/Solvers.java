package dev.tandem.examples.cli;

import java.util.List;
import java.util.function.Function;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Picks the solver a user named among those available, the first one when none was named. */
final class Solvers {

    private Solvers() {
    }

    /**
     * @param available the solvers found, best first
     * @param name the name the user gave, or {@code null}
     * @throws ParameterException naming the available solvers, if none has that name
     */
    static <S> S choose(CommandSpec spec, List<S> available, String name, Function<S, String> nameOf) {
        if (name == null) {
            return available.get(0);
        }
        return available.stream().filter(solver -> nameOf.apply(solver).equals(name)).findFirst()
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown solver '" + name
                        + "'; available: " + String.join(", ", available.stream().map(nameOf).toList())));
    }
}
