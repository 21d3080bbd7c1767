package dev.tandem.solvers.dispatch.internal.solver;

import java.time.LocalDate;
import java.util.Objects;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

import dev.tandem.model.StoreId;

/**
 * Why a lending store is left short on a day: it lends so many of its technicians on duty that fewer than its
 * minimum stay at home.
 *
 * @param store the lending store
 * @param day the day
 * @param lent trips of its technicians on duty starting that day
 * @param shortfall how many technicians below the minimum it falls, 1 or more
 * @param description the reason in plain words
 */
public record UnderstaffedJustification(StoreId store, LocalDate day, int lent, int shortfall, String description)
        implements ConstraintJustification {

    public UnderstaffedJustification {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(description, "description");
    }
}
