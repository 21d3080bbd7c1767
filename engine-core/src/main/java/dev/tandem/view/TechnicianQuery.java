package dev.tandem.view;

import java.util.Objects;
import java.util.Optional;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;

/**
 * Which technicians to show on the capability map. Every criterion is optional; an empty query shows everyone.
 *
 * @param skill only technicians with this skill
 * @param minimumLevel only technicians at this level or higher
 * @param home only technicians of this store
 * @param driveFrom show drive times from this store and sort by them, nearest first
 * @param window only technicians with a support window overlapping this one (and not on leave)
 */
public record TechnicianQuery(Optional<Skill> skill, Optional<Level> minimumLevel, Optional<StoreId> home,
        Optional<StoreId> driveFrom, Optional<TimeWindow> window) {

    public static final TechnicianQuery ALL = new TechnicianQuery(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public TechnicianQuery {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(minimumLevel, "minimumLevel");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(driveFrom, "driveFrom");
        Objects.requireNonNull(window, "window");
    }

    public TechnicianQuery withSkill(Skill skill) {
        return new TechnicianQuery(Optional.of(skill), minimumLevel, home, driveFrom, window);
    }

    public TechnicianQuery withMinimumLevel(Level level) {
        return new TechnicianQuery(skill, Optional.of(level), home, driveFrom, window);
    }

    public TechnicianQuery withHome(StoreId store) {
        return new TechnicianQuery(skill, minimumLevel, Optional.of(store), driveFrom, window);
    }

    public TechnicianQuery withDriveFrom(StoreId store) {
        return new TechnicianQuery(skill, minimumLevel, home, Optional.of(store), window);
    }

    public TechnicianQuery availableIn(TimeWindow window) {
        return new TechnicianQuery(skill, minimumLevel, home, driveFrom, Optional.of(window));
    }
}
