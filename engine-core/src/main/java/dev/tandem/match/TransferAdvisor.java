package dev.tandem.match;

/**
 * Ranks the stores that can send a part to a store whose customer is waiting. See {@link TransferAdvice} for
 * the ranking. Implementations are thread-safe.
 */
public interface TransferAdvisor {

    /**
     * @throws java.util.NoSuchElementException if the request names a store or part not in the network
     */
    TransferAdvice advise(TransferRequest request);
}
