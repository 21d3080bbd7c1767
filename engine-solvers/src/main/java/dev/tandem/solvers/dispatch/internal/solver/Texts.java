package dev.tandem.solvers.dispatch.internal.solver;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.tandem.model.Money;
import dev.tandem.model.Skill;
import dev.tandem.solvers.dispatch.internal.domain.DispatchTechnician;
import dev.tandem.solvers.dispatch.internal.domain.RequestAssignment;

/** Words and numbers for justification texts: one way to write a technician, a store, a moment. */
final class Texts {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private Texts() {
    }

    /** Such as {@code Technician 12 (T00012, T2, of Store 5)}. */
    static String technician(DispatchTechnician technician) {
        return technician.getName() + " (" + technician.getId() + ", " + technician.getLevel() + ", of "
                + technician.getHome().getName() + ")";
    }

    /** Such as {@code GENERAL, HV_SYSTEM}. */
    static String skills(DispatchTechnician technician) {
        return technician.getSkills().stream().map(Skill::code).collect(Collectors.joining(", "));
    }

    /** Such as {@code request R00007 at Store 9}. */
    static String request(RequestAssignment assignment) {
        return "request " + assignment.getId() + " at " + assignment.getStoreName();
    }

    /** The time away of an assigned request in the start's offset, such as {@code 2026-12-01 08:20-16:40}. */
    static String away(RequestAssignment assignment) {
        OffsetDateTime start = assignment.getStart().getTime();
        return MOMENT.format(at(start, assignment.departure())) + "-" + endOfAway(start, assignment.back());
    }

    /** The drive there and the work, such as {@code 2026-12-01 08:20-15:00}. */
    static String driveAndWork(RequestAssignment assignment) {
        OffsetDateTime start = assignment.getStart().getTime();
        return MOMENT.format(at(start, assignment.departure())) + "-" + endOfAway(start, assignment.end());
    }

    static String moment(OffsetDateTime time) {
        return MOMENT.format(time);
    }

    static String money(long fen) {
        return Money.ofCents(fen).toString();
    }

    static String minutes(long seconds) {
        return Math.round(seconds / 60.0) + " min";
    }

    static String kilometres(double km) {
        return String.format(Locale.ROOT, "%.1f km", km);
    }

    private static String endOfAway(OffsetDateTime start, long epochSecond) {
        OffsetDateTime end = at(start, epochSecond);
        return end.toLocalDate().equals(at(start, start.toEpochSecond()).toLocalDate()) ? CLOCK.format(end)
                : MOMENT.format(end);
    }

    private static OffsetDateTime at(OffsetDateTime reference, long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), reference.getOffset());
    }
}
