package dev.tandem.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;

/**
 * A technician (技师) attached to a home store.
 *
 * @param id unique id
 * @param name display name, any language
 * @param store the home store
 * @param level grade, {@code T1 < T2 < T3}
 * @param skills specialties, sorted by code
 * @param status what the technician is doing now
 * @param supportWindows when the technician may go to support another store, in the given order
 */
public record Technician(TechnicianId id, String name, StoreId store, Level level, SortedSet<Skill> skills,
        TechnicianStatus status, List<TimeWindow> supportWindows) {

    public Technician {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        skills = ImmutableSortedSet.copyOf(new TreeSet<>(skills));
        supportWindows = ImmutableList.copyOf(supportWindows);
    }

    public static Technician of(String id, String name, String store, Level level, Set<Skill> skills,
            TechnicianStatus status, List<TimeWindow> supportWindows) {
        return new Technician(TechnicianId.of(id), name, StoreId.of(store), level, new TreeSet<>(skills), status,
                supportWindows);
    }

    public boolean hasSkill(Skill skill) {
        return skills.contains(skill);
    }

    /** Whether the technician has {@code skill} at {@code minimum} level or higher. */
    public boolean isQualifiedFor(Skill skill, Level minimum) {
        return level.isAtLeast(minimum) && skills.contains(skill);
    }

    /** Whether {@code window} lies entirely inside one of the support windows. */
    public boolean canSupportDuring(TimeWindow window) {
        for (TimeWindow supportWindow : supportWindows) {
            if (supportWindow.contains(window)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some support window overlaps {@code window}. */
    public boolean hasSupportTimeIn(TimeWindow window) {
        for (TimeWindow supportWindow : supportWindows) {
            if (supportWindow.overlaps(window)) {
                return true;
            }
        }
        return false;
    }
}
