package dev.tandem.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code tandem} command: one network, seen whole. */
@Command(name = "tandem", mixinStandardHelpOptions = true, version = "tandem 0.2.0",
        description = "Makes a chain of after-sales service stores work as one network.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:done", "1:an internal error (a bug: please report it)",
                "2:input to fix: a bad option, file or value, or a solver named with --solver that cannot run here",
                "3:the plan made fails its validator (it is printed and written all the same)"},
        subcommands = {ValidateCommand.class, ShowCommand.class, GenerateCommand.class, ImportCommand.class,
                AdviseCommand.class, RebalanceCommand.class, DispatchCommand.class, DivertCommand.class,
                ReportCommand.class, ForecastCommand.class, DeadStockCommand.class, DashboardCommand.class,
                DemoCommand.class, CalibrateCommand.class, SampleCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class TandemCli {

    /** Exit code for an internal error: a bug, reported with where to report it. */
    public static final int INTERNAL_ERROR = 1;

    /** Exit code for input the user can fix: an invalid snapshot, a missing file, a wrong option. */
    public static final int BAD_INPUT = 2;

    /** Exit code for a plan its validator rejects. */
    public static final int INVALID_PLAN = 3;

    /** The option that adds a stack trace to an internal error. */
    static final String DEBUG = "--debug";

    @Option(names = DEBUG, scope = ScopeType.INHERIT, description = "With an internal error, print its stack "
            + "trace.")
    private boolean debug;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(out, err, args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(SolverLists.ON_CLASS_PATH, out, err, args);
    }

    /** Runs the command line with the given solvers, as tests do, and returns the exit code. */
    static int run(SolverLists solvers, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new TandemCli(), new Factory(solvers))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new ErrorReporter());
        Conversions.register(commandLine);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /** Makes the commands, handing the solver lists to those that take them. */
    private record Factory(SolverLists solvers) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                var constructor = type.getDeclaredConstructor(SolverLists.class);
                return constructor.newInstance(solvers);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
