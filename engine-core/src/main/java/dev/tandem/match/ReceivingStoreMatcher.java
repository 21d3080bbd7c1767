package dev.tandem.match;

/**
 * Finds nearby stores that can take a customer from an overloaded store: within the maximum drive, with enough
 * free jobs that day for the job's hours ({@link MatchSettings#hoursPerJob()} hours a job), and with a technician
 * with the skill on duty. Implementations are thread-safe.
 */
public interface ReceivingStoreMatcher {

    /** The matcher of the matching core, on the live network: it walks the nearest stores in drive order. */
    static ReceivingStoreMatcher indexed(LiveNetwork live, MatchSettings settings) {
        return new IndexedReceivingStoreMatcher(live, settings);
    }

    /**
     * The straightforward matcher: every store filtered and sorted on each query. The same answers as
     * {@link #indexed}, slower; the reference it is checked and benchmarked against.
     */
    static ReceivingStoreMatcher scanning(LiveNetwork live, MatchSettings settings) {
        return new ScanningReceivingStoreMatcher(live, settings);
    }

    /**
     * @throws java.util.NoSuchElementException if the request names a store not in the network
     */
    ReceivingMatch match(ReceivingRequest request);
}
