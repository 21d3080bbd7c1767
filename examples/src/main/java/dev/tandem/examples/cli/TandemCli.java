package dev.tandem.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tandem} command: one network, seen whole. */
@Command(name = "tandem", mixinStandardHelpOptions = true, version = "tandem 0.2.0",
        description = "Makes a chain of after-sales service stores work as one network.",
        subcommands = {ValidateCommand.class, ShowCommand.class, GenerateCommand.class, ImportCommand.class,
                AdviseCommand.class, RebalanceCommand.class, DispatchCommand.class, DivertCommand.class,
                ReportCommand.class, ForecastCommand.class, DeadStockCommand.class, DashboardCommand.class,
                DemoCommand.class, CalibrateCommand.class, SampleCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class TandemCli {

    /** Exit code for input the user can fix: an invalid snapshot, a missing file, a wrong option. */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new TandemCli())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new ErrorReporter());
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }
}
