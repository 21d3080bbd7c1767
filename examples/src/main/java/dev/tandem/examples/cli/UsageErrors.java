package dev.tandem.examples.cli;

import java.io.PrintWriter;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error in two lines rather than the whole usage: what is wrong, with the nearest option or
 * command when the user mistyped one, then where to read more, such as
 * {@code tandem rebalance: unknown option '--hroizon-days'; did you mean --horizon-days?} and
 * {@code see 'tandem rebalance --help'}. Exit code {@value TandemCli#BAD_INPUT}.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println(command + ": " + message(e));
        err.println("see '" + command + " --help'");
        return TandemCli.BAD_INPUT;
    }

    private static String message(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            String what = unmatched.isUnknownOption() ? "unknown option '" + argument + "'"
                    : "unexpected argument '" + argument + "'";
            List<String> suggestions = unmatched.getSuggestions();
            if (suggestions.isEmpty()) {
                return what;
            }
            return what + "; did you mean " + String.join(" or ", suggestions.stream().limit(3).toList()) + "?";
        }
        return Messages.plain(e.getMessage());
    }
}
