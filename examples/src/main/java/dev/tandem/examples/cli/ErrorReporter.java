package dev.tandem.examples.cli;

import java.io.PrintWriter;

import dev.tandem.network.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into what a user reads: the listing of an invalid input (its first problems, then how many
 * more), a plain message for the user's other mistakes, and for an internal error a short message and where to
 * report it. A stack trace only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

    /** Where users report internal errors. */
    static final String REPORT_AT = "https://github.com/tandem-dev/tandem/issues";

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        if (e instanceof InvalidInputException invalid) {
            // the message names the input and lists its first problems, then "... and N more"
            err.println(invalid.getMessage());
            return TandemCli.BAD_INPUT;
        }
        if (e instanceof UserInputException) {
            err.println(command + ": " + e.getMessage());
            return TandemCli.BAD_INPUT;
        }
        err.println(command + ": internal error: " + Messages.firstLine(e.getMessage()));
        if (debug(parseResult)) {
            e.printStackTrace(err);
        } else {
            err.println("Please report it at " + REPORT_AT + " with the command you ran; --debug prints the "
                    + "details.");
        }
        return TandemCli.INTERNAL_ERROR;
    }

    private static boolean debug(ParseResult parseResult) {
        for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
            if (result.hasMatchedOption(TandemCli.DEBUG)) {
                return true;
            }
        }
        return false;
    }
}
