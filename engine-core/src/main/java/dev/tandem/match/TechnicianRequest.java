package dev.tandem.match;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.StoreId;
import dev.tandem.model.TimeWindow;

/**
 * A store needs a technician of another store for a fault beyond its own people (SOP 2, technician support).
 *
 * @param store the requesting store
 * @param skill the skill the job needs, such as {@link Skill#HV_SYSTEM}
 * @param minimumLevel the lowest level that can do it
 * @param window when the technician would work at the requesting store
 * @param limit how many ranked technicians to return, 1 or more
 */
public record TechnicianRequest(StoreId store, Skill skill, Level minimumLevel, TimeWindow window, int limit) {

    public TechnicianRequest {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(minimumLevel, "minimumLevel");
        Objects.requireNonNull(window, "window");
        checkArgument(window.isValid(), "The window (%s) must end after it starts.", window);
        checkArgument(limit >= 1, "The limit (%s) must be 1 or more.", limit);
    }

    /** The 5 best technicians. */
    public static TechnicianRequest of(StoreId store, Skill skill, Level minimumLevel, TimeWindow window) {
        return new TechnicianRequest(store, skill, minimumLevel, window, 5);
    }
}
