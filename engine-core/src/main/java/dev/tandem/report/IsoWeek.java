package dev.tandem.report;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week, Monday to Sunday, such as {@code 2026-W48} (23 to 29 November 2026).
 *
 * @param year the week-based year
 * @param week the week of that year, 1 to 52 or 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        checkArgument(week >= 1 && week <= weeksIn(year), "The week (%s) of %s must be from 1 to %s.", week, year,
                weeksIn(year));
    }

    /** The week a day falls in. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * Reads {@code 2026-W48}.
     *
     * @throws IllegalArgumentException if the text is not of that form or the week does not exist
     */
    public static IsoWeek parse(String text) {
        Matcher matcher = FORM.matcher(Objects.requireNonNull(text, "text"));
        checkArgument(matcher.matches(), "\"%s\" is not an ISO week such as 2026-W48.", text);
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday()) && !day.isAfter(sunday());
    }

    @Override
    public int compareTo(IsoWeek other) {
        return Long.signum(ChronoUnit.WEEKS.between(other.monday(), monday()));
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }

    private static int weeksIn(int year) {
        return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 6, 1)).getMaximum();
    }
}
