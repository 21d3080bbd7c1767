package dev.tandem.examples.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as people type them: {@code 2h}, {@code 90m}, {@code 1h30m}, or ISO-8601 {@code PT2H}. */
final class Durations implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?");

    @Override
    public Duration convert(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        Matcher matcher = SHORT.matcher(value);
        if (!value.isEmpty() && matcher.matches() && (matcher.group(1) != null || matcher.group(2) != null)) {
            long hours = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
            long minutes = matcher.group(2) == null ? 0 : Long.parseLong(matcher.group(2));
            return Duration.ofHours(hours).plusMinutes(minutes);
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a duration; use 2h, 90m, 1h30m or PT2H");
        }
    }
}
