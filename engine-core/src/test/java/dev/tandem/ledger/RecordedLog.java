package dev.tandem.ledger;

import java.util.ArrayList;
import java.util.List;

/** An {@link EventLog} that keeps what it is given, to compare with the ledger's state. Called under its lock. */
public final class RecordedLog implements EventLog {

    private final List<LedgerEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(LedgerEvent event) {
        events.add(event);
    }

    /** The events logged so far, in order. */
    public synchronized List<LedgerEvent> events() {
        return List.copyOf(events);
    }
}
