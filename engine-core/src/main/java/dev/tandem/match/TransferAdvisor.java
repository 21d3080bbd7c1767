package dev.tandem.match;

import dev.tandem.network.NetworkSnapshot;
import dev.tandem.travel.DriveIndex;

/**
 * Ranks the stores that can send a part to a store whose customer is waiting. See {@link TransferAdvice} for
 * the ranking. Implementations are thread-safe.
 */
public interface TransferAdvisor {

    /**
     * The advisor of the matching core, on the live network: it visits only the nearest candidates, in
     * microseconds, and sees every update of {@code live} as it happens.
     */
    static TransferAdvisor indexed(LiveNetwork live, MatchSettings settings) {
        return new IndexedTransferAdvisor(live, settings);
    }

    /**
     * The straightforward advisor on a fixed snapshot: every holder of the part filtered and sorted on each query.
     * The same answers as {@link #indexed}, slower; the reference it is checked and benchmarked against.
     */
    static TransferAdvisor scanning(NetworkSnapshot network, DriveIndex drives, MatchSettings settings) {
        return new ScanningTransferAdvisor(network, drives, settings);
    }

    /**
     * @throws java.util.NoSuchElementException if the request names a store or part not in the network
     */
    TransferAdvice advise(TransferRequest request);
}
