package dev.tandem.match;

/**
 * Finds qualified technicians of other stores free to support a store. A technician qualifies when they have
 * the skill at the minimum level or higher, are not on leave, have a support window covering the request's
 * window and no trip booked in it, and their own store is not overloaded that day. Implementations are
 * thread-safe.
 */
public interface TechnicianMatcher {

    /**
     * The matcher of the matching core, on the live network: it walks the nearest stores and, at each, only the
     * technicians with the skill.
     */
    static TechnicianMatcher indexed(LiveNetwork live, MatchSettings settings) {
        return new IndexedTechnicianMatcher(live, settings);
    }

    /**
     * The straightforward matcher: every technician of the network filtered and sorted on each query. The same
     * answers as {@link #indexed}, slower; the reference it is checked and benchmarked against.
     */
    static TechnicianMatcher scanning(LiveNetwork live, MatchSettings settings) {
        return new ScanningTechnicianMatcher(live, settings);
    }

    /**
     * @throws java.util.NoSuchElementException if the request names a store not in the network
     */
    TechnicianMatch match(TechnicianRequest request);
}
