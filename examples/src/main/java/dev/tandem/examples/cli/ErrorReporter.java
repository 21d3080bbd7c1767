package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.util.List;

import dev.tandem.ledger.InvalidEventLogException;
import dev.tandem.network.InvalidSnapshotException;
import dev.tandem.network.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into what a user reads: a plain message for the user's own mistakes, a stack trace only
 * for internal errors.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InvalidSnapshotException invalid) {
            return listProblems(err, invalid.getMessage(), invalid.problems());
        }
        if (e instanceof InvalidEventLogException invalid) {
            return listProblems(err, invalid.getMessage(), invalid.problems());
        }
        if (e instanceof UserInputException) {
            err.println("tandem: " + e.getMessage());
            return TandemCli.BAD_INPUT;
        }
        err.println("tandem: internal error, please report it: " + e);
        e.printStackTrace(err);
        return CommandLine.ExitCode.SOFTWARE;
    }

    /** The message's first line, then every problem, each on its own line (the message lists only the first 50). */
    private static int listProblems(PrintWriter err, String message, List<Problem> problems) {
        err.println(message.lines().findFirst().orElse(message));
        for (Problem problem : problems) {
            err.println("  " + problem);
        }
        return TandemCli.BAD_INPUT;
    }
}
