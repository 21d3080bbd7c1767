package dev.tandem.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A store asks for a technician of another store (SOP 2, technician support): a fault beyond its own people. In a
 * valid request list the dates are in order, the duration is positive and at most a working day, and the priority
 * is 1 (lowest) to 5 (highest).
 *
 * @param id unique id
 * @param store the requesting store
 * @param skill the skill the job needs
 * @param minimumLevel the lowest level that can do it
 * @param earliest the first day the job may be done
 * @param latest the last day the job may be done
 * @param duration the work at the requesting store
 * @param priority 1 (can wait) to 5 (a car off the road)
 * @param pinnedTechnician who must do it, if the stores already agreed
 * @param pinnedDate the day it must be done, if agreed
 * @param urgent whether the 3-day booking lead time is waived
 */
public record SupportRequest(RequestId id, StoreId store, Skill skill, Level minimumLevel, LocalDate earliest,
        LocalDate latest, Duration duration, int priority, Optional<TechnicianId> pinnedTechnician,
        Optional<LocalDate> pinnedDate, boolean urgent) {

    public SupportRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(minimumLevel, "minimumLevel");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(pinnedTechnician, "pinnedTechnician");
        Objects.requireNonNull(pinnedDate, "pinnedDate");
    }

    /** A request nobody pinned, not urgent. */
    public static SupportRequest of(String id, String store, Skill skill, Level minimumLevel, LocalDate earliest,
            LocalDate latest, Duration duration, int priority) {
        return new SupportRequest(RequestId.of(id), StoreId.of(store), skill, minimumLevel, earliest, latest,
                duration, priority, Optional.empty(), Optional.empty(), false);
    }

    public SupportRequest withPinnedTechnician(TechnicianId technician) {
        return new SupportRequest(id, store, skill, minimumLevel, earliest, latest, duration, priority,
                Optional.of(technician), pinnedDate, urgent);
    }

    public SupportRequest withPinnedDate(LocalDate date) {
        return new SupportRequest(id, store, skill, minimumLevel, earliest, latest, duration, priority,
                pinnedTechnician, Optional.of(date), urgent);
    }

    public SupportRequest asUrgent() {
        return new SupportRequest(id, store, skill, minimumLevel, earliest, latest, duration, priority,
                pinnedTechnician, pinnedDate, true);
    }
}
