package dev.tandem.examples.cli;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values whose failures picocli would report with a Java type name ("is not a LocalDate",
 * "is not an int"): each says what the value should look like instead, such as {@code '2026-13-02' is not a
 * date; use the form 2026-12-02}. Picocli puts the option's name in front.
 */
final class Conversions {

    private Conversions() {
    }

    /** Registers the converters with the command and every subcommand it has now. */
    static void register(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, text -> parse(text, LocalDate::parse,
                "a date; use the form 2026-12-02 (year-month-day)"));
        commandLine.registerConverter(LocalTime.class, text -> parse(text, LocalTime::parse,
                "a time of day; use the form 08:00 or 17:30"));
        commandLine.registerConverter(OffsetDateTime.class, text -> parse(text, OffsetDateTime::parse,
                "a moment with its offset; use the form 2026-11-27T09:00+08:00"));
        ITypeConverter<Integer> whole = text -> parse(text, Integer::valueOf, "a whole number");
        commandLine.registerConverter(int.class, whole);
        commandLine.registerConverter(Integer.class, whole);
        ITypeConverter<Long> wholeLong = text -> parse(text, Long::valueOf, "a whole number");
        commandLine.registerConverter(long.class, wholeLong);
        commandLine.registerConverter(Long.class, wholeLong);
        ITypeConverter<Double> number = text -> parse(text, Double::valueOf, "a number, such as 1.5");
        commandLine.registerConverter(double.class, number);
        commandLine.registerConverter(Double.class, number);
    }

    /** Parses a trimmed value, turning a failure into a message that names the value and the expected form. */
    private static <T> T parse(String text, Parser<T> parser, String expected) {
        try {
            return parser.parse(text.trim());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not " + expected);
        }
    }

    /** A parser that signals a bad value with an unchecked exception. */
    @FunctionalInterface
    private interface Parser<T> {
        T parse(String text);
    }
}
