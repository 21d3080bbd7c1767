package dev.tandem.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import dev.tandem.io.snapshot.SnapshotJson;
import dev.tandem.sample.SampleNetworks;

/** Runs the command line in tests and keeps what it printed. */
final class Cli {

    private Cli() {
    }

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    static Run tandem(String... args) {
        return tandem(SolverLists.ON_CLASS_PATH, args);
    }

    static Run tandem(SolverLists solvers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = TandemCli.run(solvers, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** The bundled South China network, written into {@code dir}. */
    static Path southChina(Path dir) throws IOException {
        Path file = dir.resolve("south-china.json");
        SnapshotJson.write(SampleNetworks.southChina(), file);
        return file;
    }
}
