package dev.tandem.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.tandem.network.NetworkSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code tandem validate FILE}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a snapshot file.",
                "Exit 0 and a one-line summary when it is valid; exit 2 and every problem on stderr when not."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The snapshot, in the JSON format of the README.")
    private Path file;

    @Override
    public Integer call() {
        NetworkSnapshot snapshot = SnapshotFiles.read(file);
        spec.commandLine().getOut().printf("%s is valid: %d stores, %d technicians, %d parts, %d stock rows, "
                + "%d capacity days, as of %s%n", file, snapshot.storeCount(), snapshot.technicianCount(),
                snapshot.partCount(), snapshot.stock().size(), snapshot.capacity().size(), snapshot.asOf());
        return 0;
    }
}
