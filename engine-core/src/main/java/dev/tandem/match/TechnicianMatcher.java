package dev.tandem.match;

/**
 * Finds qualified technicians of other stores free to support a store. A technician qualifies when they have
 * the skill at the minimum level or higher, are not on leave, have a support window covering the request's
 * window and no trip booked in it, and their own store is not overloaded that day. Implementations are
 * thread-safe.
 */
public interface TechnicianMatcher {

    /**
     * @throws java.util.NoSuchElementException if the request names a store not in the network
     */
    TechnicianMatch match(TechnicianRequest request);
}
