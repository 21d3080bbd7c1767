package dev.tandem.model;

/** What a technician is doing now (当前状态). */
public enum TechnicianStatus {
    /** At the home store and working (在岗). */
    ON_DUTY,
    /** Not working today (休息). */
    OFF,
    /** Away supporting another store (支援中). */
    ON_SUPPORT,
    /** On leave, not available at all (请假). */
    LEAVE;

    /** Whether the technician may be booked for work, at home or away. */
    public boolean isWorking() {
        return this == ON_DUTY || this == ON_SUPPORT;
    }
}
