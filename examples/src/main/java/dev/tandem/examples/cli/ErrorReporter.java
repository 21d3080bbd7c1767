package dev.tandem.examples.cli;

import java.io.PrintWriter;

import dev.tandem.network.InvalidInputException;
import dev.tandem.network.InputError;
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
        if (e instanceof InvalidInputException invalid) {
            // the message lists only the first 50 problems; the user gets them all
            err.println(invalid.getMessage().lines().findFirst().orElse("The input is invalid."));
            for (InputError problem : invalid.problems()) {
                err.println("  " + problem);
            }
            return TandemCli.BAD_INPUT;
        }
        if (e instanceof UserInputException) {
            err.println("tandem: " + e.getMessage());
            return TandemCli.BAD_INPUT;
        }
        err.println("tandem: internal error, please report it: " + e);
        e.printStackTrace(err);
        return CommandLine.ExitCode.SOFTWARE;
    }
}
