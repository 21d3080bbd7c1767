package dev.tandem.solvers.dispatch;

/**
 * A hard rule that keeps a technician from a request at some start, as {@link DispatchExplainer} reports it. The
 * same rules as {@link dev.tandem.dispatch.Dispatch#score()} counts, seen from one request and one technician with
 * every other assignment of the dispatch in place.
 */
public enum BlockingRule {
    /** The technician lacks the skill or the level (only a pinned technician can). */
    SKILL_AND_LEVEL("lacks the skill or level"),
    /** The technician is on leave, or was called in sick. */
    ON_LEAVE("is on leave"),
    /** The request has no start at all: its days are past, or before the lead time and it is not urgent. */
    NO_START("has no start left in the request's days"),
    /** No support window of the technician covers the drive there and the work. */
    SUPPORT_WINDOW("has no support window covering the drive and the work"),
    /** The start is inside the booking lead time and the request is not urgent. */
    LEAD_TIME("could only start inside the booking lead time"),
    /** The technician would be away for another request of the dispatch at the same time. */
    OVERLAP("is away for another request then"),
    /** The technician's home store is overloaded that day and lends nobody. */
    HOME_OVERLOADED("belongs to a store overloaded that day"),
    /** Lending the technician would leave the home store below its minimum on duty. */
    HOME_UNDERSTAFFED("would leave the home store below its minimum on duty");

    private final String words;

    BlockingRule(String words) {
        this.words = words;
    }

    /** The rule in plain words, to follow a technician's name, such as "is on leave". */
    public String words() {
        return words;
    }
}
