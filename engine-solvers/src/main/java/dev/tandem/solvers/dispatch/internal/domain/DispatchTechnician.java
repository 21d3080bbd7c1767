package dev.tandem.solvers.dispatch.internal.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

import dev.tandem.model.Level;
import dev.tandem.model.Skill;
import dev.tandem.model.Technician;
import dev.tandem.model.TechnicianId;
import dev.tandem.model.TechnicianStatus;
import dev.tandem.model.TimeWindow;

/**
 * A technician who may be sent: a value of {@link RequestAssignment#getTechnician()}. Carries the home store and
 * the support windows as epoch seconds, so that the constraints compare numbers. An immutable problem fact; equal
 * only to itself.
 */
public final class DispatchTechnician {

    private final int index;
    private final TechnicianId id;
    private final String name;
    private final Level level;
    private final SortedSet<Skill> skills;
    private final TechnicianStatus status;
    private final LendingStore home;
    /** Window starts rounded up and ends rounded down to whole seconds: trips are whole seconds. */
    private final long[] windowFrom;
    private final long[] windowTo;

    /**
     * @param index the technician's dense index in the network
     * @param technician the technician as the network knows it
     * @param home the technician's home store
     */
    public DispatchTechnician(int index, Technician technician, LendingStore home) {
        Objects.requireNonNull(technician, "technician");
        this.index = index;
        this.id = technician.id();
        this.name = technician.name();
        this.level = technician.level();
        this.skills = technician.skills();
        this.status = technician.status();
        this.home = Objects.requireNonNull(home, "home");
        checkArgument(home.getId().equals(technician.store()),
                "The home (%s) of technician (%s) must be the technician's store (%s).", home, id, technician.store());
        List<TimeWindow> windows = technician.supportWindows();
        this.windowFrom = new long[windows.size()];
        this.windowTo = new long[windows.size()];
        for (int w = 0; w < windows.size(); w++) {
            windowFrom[w] = secondsRoundedUp(windows.get(w).from());
            windowTo[w] = windows.get(w).to().toEpochSecond();
        }
    }

    private static long secondsRoundedUp(OffsetDateTime time) {
        return time.toEpochSecond() + (time.getNano() > 0 ? 1 : 0);
    }

    @PlanningId
    public int getIndex() {
        return index;
    }

    public TechnicianId getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Level getLevel() {
        return level;
    }

    public SortedSet<Skill> getSkills() {
        return skills;
    }

    public TechnicianStatus getStatus() {
        return status;
    }

    /** Whether the technician counts towards the home store's minimum on duty. */
    public boolean isOnDuty() {
        return status == TechnicianStatus.ON_DUTY;
    }

    public LendingStore getHome() {
        return home;
    }

    /** Whether one support window covers {@code [from, to]}, in epoch seconds. */
    public boolean isFreeDuring(long from, long to) {
        for (int w = 0; w < windowFrom.length; w++) {
            if (windowFrom[w] <= from && to <= windowTo[w]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
