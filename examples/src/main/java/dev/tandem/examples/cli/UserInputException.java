package dev.tandem.examples.cli;

/** A mistake in what the user gave the command line; reported as its message alone, exit code 2. */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
