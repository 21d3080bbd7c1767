package dev.tandem.ledger;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.tandem.model.PartNumber;
import dev.tandem.model.RequestId;
import dev.tandem.model.Store;
import dev.tandem.model.StoreId;
import dev.tandem.network.NetworkSnapshot;

/**
 * The collaboration ledger of one network: records with their life cycles and a stock book seeded from a
 * snapshot, changed only by {@link LedgerEvent}s.
 *
 * <ul>
 *   <li><b>Atomic.</b> An event applies whole or throws a {@link LedgerException} and changes nothing. Shipping
 *       takes units from the sender's free stock (on hand minus reserved); receiving puts them at the receiver.
 *       </li>
 *   <li><b>Idempotent by request id.</b> A record takes each step once; an event equal to the step already taken
 *       is a no-op ({@link #apply} returns {@code false}); a different event for that step is rejected.</li>
 *   <li><b>Units conserved.</b> Every unit of the snapshot is on hand somewhere, in transit, or lost on a short
 *       delivery.</li>
 *   <li><b>Logged.</b> Each applied event is checked whole (its record, the stock, the counts it changes), then
 *       appended to the {@link EventLog}, then applied by steps that cannot fail, so the log and the state never
 *       differ; {@link #replay} of the log rebuilds an equal {@link #state()}. The ledger keeps each record with
 *       its steps and the stock book, not a second list of every event: the log is that list.</li>
 *   <li><b>Thread-safe.</b> One lock orders every change and its log line: writers may call from any thread.
 *       A finer lock would let the log order and the order of the changes differ, and replay would then
 *       rebuild another state. An apply costs a few microseconds plus the log's append.</li>
 * </ul>
 */
public final class Ledger {

    private final Object lock = new Object();
    private final NetworkSnapshot network;
    private final EventLog log;
    private final StockBook stock;
    private final Map<RequestId, LedgerEntry> entries = new LinkedHashMap<>();
    private long eventCount;
    private OffsetDateTime lastEventAt;

    private Ledger(NetworkSnapshot network, EventLog log) {
        this.network = Objects.requireNonNull(network, "network");
        this.log = Objects.requireNonNull(log, "log");
        this.stock = new StockBook(network);
        this.lastEventAt = network.asOf();
    }

    /** An empty ledger over the network's stock, kept in memory only. */
    public static Ledger of(NetworkSnapshot network) {
        return new Ledger(network, EventLog.NONE);
    }

    /** An empty ledger over the network's stock that appends every event it applies to {@code log}. */
    public static Ledger of(NetworkSnapshot network, EventLog log) {
        return new Ledger(network, log);
    }

    /**
     * The ledger the events make, applied in order to the network's stock; the events are not logged again.
     *
     * @throws LedgerException if an event does not fit, such as one for a request never made
     */
    public static Ledger replay(NetworkSnapshot network, Iterable<? extends LedgerEvent> events) {
        return replay(network, events, EventLog.NONE);
    }

    /** As {@link #replay(NetworkSnapshot, Iterable)}, then appending the events applied from now on to {@code log}. */
    public static Ledger replay(NetworkSnapshot network, Iterable<? extends LedgerEvent> events, EventLog log) {
        Ledger ledger = new Ledger(network, log);
        for (LedgerEvent event : events) {
            ledger.apply(event, EventLog.NONE);
        }
        return ledger;
    }

    /**
     * Applies one event: checks it and computes its effect, logs it, then moves its record (and, for shipping and
     * receiving, the stock). Whatever can fail happens before the log: a logged event is always applied.
     *
     * @return {@code true} if applied, {@code false} if this very step was applied before (nothing changed)
     * @throws LedgerException if the event does not fit its record or the stock; nothing changed
     * @throws java.io.UncheckedIOException if the log failed; nothing changed
     */
    public boolean apply(LedgerEvent event) {
        return apply(event, log);
    }

    private boolean apply(LedgerEvent event, EventLog to) {
        Objects.requireNonNull(event, "event");
        synchronized (lock) {
            Optional<LedgerEntry> next = LedgerRules.next(event, Optional.ofNullable(entries.get(event.id())),
                    network, stock);
            if (next.isEmpty()) {
                return false;
            }
            LedgerEntry entry = next.get();
            Optional<StockBook.Change> change = entry.request() instanceof StockMovement movement
                    ? stockChange(movement, event) : Optional.empty();
            to.append(event);
            change.ifPresent(stock::apply);
            entries.put(event.id(), entry);
            eventCount++;
            lastEventAt = event.at();
            return true;
        }
    }

    /** The record of a request, as it stands now. */
    public Optional<LedgerEntry> entry(RequestId id) {
        synchronized (lock) {
            return Optional.ofNullable(entries.get(id));
        }
    }

    public int onHand(StoreId store, PartNumber part) {
        synchronized (lock) {
            return stock.onHand(new StockKey(store, part));
        }
    }

    /** Units on hand and not reserved: what a store can ship now. */
    public int free(StoreId store, PartNumber part) {
        synchronized (lock) {
            return stock.free(new StockKey(store, part));
        }
    }

    /**
     * How many events were applied (repeats that changed nothing not counted): the lines of the log. The ledger
     * keeps each record's steps, not a list of every event: the {@link EventLog} is that list.
     */
    public long eventCount() {
        synchronized (lock) {
            return eventCount;
        }
    }

    /** A consistent picture of every record and the stock book now. */
    public LedgerState state() {
        synchronized (lock) {
            return new LedgerState(network.stores().stream().map(Store::id)
                    .collect(Collectors.toList()), entries, stock.copy());
        }
    }

    /** The network this ledger's stock book was seeded from. */
    public NetworkSnapshot network() {
        return network;
    }

    /** The moment of the last event applied, or the snapshot's when there is none. */
    public OffsetDateTime lastEventAt() {
        synchronized (lock) {
            return lastEventAt;
        }
    }

    /** What shipping or receiving does to the stock book, computed before anything is logged or changed. */
    private Optional<StockBook.Change> stockChange(StockMovement movement, LedgerEvent event) {
        if (event instanceof LedgerEvent.Shipped shipped) {
            return Optional.of(stock.change(new StockKey(movement.from(), movement.part()), -shipped.units()));
        }
        if (event instanceof LedgerEvent.Received received) {
            StockKey at = new StockKey(movement.to(), movement.part());
            try {
                return Optional.of(stock.change(at, received.units()));
            } catch (ArithmeticException e) {
                throw new LedgerException(event.id(), "The store (" + movement.to() + ") holds " + stock.onHand(at)
                        + " units of part (" + movement.part() + "); receiving " + received.units()
                        + " more for request (" + event.id() + ") passes the most a stock count can hold ("
                        + Integer.MAX_VALUE + ").\nCheck the units received, or the store's stock in the snapshot.");
            }
        }
        return Optional.empty();
    }
}
