package dev.tandem.match;

/**
 * Finds nearby stores that can take a customer from an overloaded store: within the maximum drive, with enough
 * free jobs that day for the job's hours ({@link MatchSettings#hoursPerJob()} hours a job), and with a technician
 * with the skill on duty. Implementations are thread-safe.
 */
public interface ReceivingStoreMatcher {

    /**
     * @throws java.util.NoSuchElementException if the request names a store not in the network
     */
    ReceivingMatch match(ReceivingRequest request);
}
