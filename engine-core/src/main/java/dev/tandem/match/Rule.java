package dev.tandem.match;

/** A rule that ruled a candidate out, named in the explanation of a miss. */
public enum Rule {
    /** The store holds none of the part. */
    NO_STOCK,
    /** Everything the store holds is reserved for its own jobs. */
    ALL_RESERVED,
    /** The store has no technician with the skill. */
    LACKS_SKILL,
    /** The store's technicians with the skill are below the level asked for. */
    LEVEL_TOO_LOW,
    /** The technician is on leave or sick. */
    ON_LEAVE,
    /** No support window of the technician covers the time asked for. */
    NO_SUPPORT_WINDOW,
    /** The technician already has a trip booked then. */
    ALREADY_BOOKED,
    /** The technician's own store is overloaded that day and keeps its people. */
    HOME_STORE_OVERLOADED,
    /** The store has no room for the job that day, or no capacity known. */
    NO_SPARE_CAPACITY,
    /** No technician with the skill is on duty at the store. */
    NO_QUALIFIED_TECHNICIAN_ON_DUTY,
    /** The store is farther than the maximum drive. */
    TOO_FAR
}
