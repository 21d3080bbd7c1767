package dev.tandem.examples.cli;

import java.util.regex.Pattern;

/** Keeps Java out of what a user reads. */
final class Messages {

    /** A qualified Java class name, such as {@code java.lang.UnsatisfiedLinkError: }, with what follows it. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");

    private Messages() {
    }

    /** The text without qualified exception class names; "no details" when nothing is left. */
    static String plain(String message) {
        if (message == null) {
            return "no details";
        }
        String plain = CLASS_NAME.matcher(message).replaceAll("").strip();
        return plain.isEmpty() ? "no details" : plain;
    }

    /** The first line of {@link #plain(String)}. */
    static String firstLine(String message) {
        return plain(message).lines().findFirst().orElse("no details");
    }
}
