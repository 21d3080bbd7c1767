package dev.tandem.view;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.tandem.model.TimeWindow;
import dev.tandem.travel.Leg;

/** How the views print times, drives and percentages. */
final class Formats {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Formats() {
    }

    /** Such as {@code Sun 11-29 08:00-18:00}, or with both dates when the window spans days. */
    static String window(TimeWindow window) {
        boolean sameDay = window.from().toLocalDate().equals(window.to().toLocalDate());
        return window.from().format(DAY_AND_TIME) + "-" + window.to().format(sameDay ? TIME : DAY_AND_TIME);
    }

    /** Such as {@code 48 min} or {@code 2 h 05 min}. */
    static String minutes(Leg leg) {
        long minutes = Math.round(leg.driveMinutes());
        return minutes < 60 ? minutes + " min" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60,
                minutes % 60);
    }

    /** Such as {@code 107%}. */
    static String percent(double ratio) {
        return Math.round(ratio * 100) + "%";
    }
}
