package dev.tandem.ledger;

/**
 * Where a {@link Ledger} writes each event it applies, before the change becomes visible: the event log that
 * {@link Ledger#replay} rebuilds the ledger from. {@code dev.tandem.io.ledger.JsonLinesEventLog} writes JSON Lines.
 *
 * <p>The ledger calls {@link #append} under its lock, one event at a time, in the order it applies them, so an
 * implementation need not be thread-safe. When {@code append} throws, the ledger applies nothing.
 */
@FunctionalInterface
public interface EventLog {

    /** Keeps nothing: a ledger held in memory only. */
    EventLog NONE = event -> {
    };

    /**
     * Records one event durably enough for the host's needs.
     *
     * @throws java.io.UncheckedIOException if it could not be recorded; the ledger then rejects the event
     */
    void append(LedgerEvent event);
}
