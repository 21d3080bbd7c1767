package dev.tandem.io.ledger;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How durable an event is once {@link JsonLinesEventLog#append} has returned, a choice between safety and appends
 * per second.
 *
 * <ul>
 *   <li>{@link #SYNC_EACH} (the default, for a system of record): every append is forced to the storage device
 *       ({@code fsync}) before it returns, so an acknowledged event survives a crash of the process, of the
 *       operating system, or a power loss.</li>
 *   <li>{@link #syncEvery(int) syncEvery(n)}: every n-th append, and closing the log, force the file; a crash of
 *       the process loses nothing acknowledged, a power loss at most the last n − 1 events.</li>
 *   <li>{@link #FLUSH}: appends reach the operating system only; they survive the process being killed, not a
 *       crash of the machine. For tests and replays that can be made again.</li>
 * </ul>
 *
 * @param syncEvery force the file every this many appends; 0 never (closing the log still forces it)
 */
public record EventLogDurability(int syncEvery) {

    /** Each acknowledged event is on the storage device. */
    public static final EventLogDurability SYNC_EACH = new EventLogDurability(1);

    /** Acknowledged events are with the operating system, not forced to the device. */
    public static final EventLogDurability FLUSH = new EventLogDurability(0);

    public EventLogDurability {
        checkArgument(syncEvery >= 0, "The number of appends between syncs (%s) must be 0 or more.", syncEvery);
    }

    /**
     * Forces the file every {@code events} appends: a group commit that trades the last few events of a power
     * loss for throughput.
     */
    public static EventLogDurability syncEvery(int events) {
        checkArgument(events >= 1, "The number of appends between syncs (%s) must be 1 or more.", events);
        return new EventLogDurability(events);
    }

    /** Whether the append that makes {@code appended} events since the log was opened forces the file. */
    boolean syncsAfter(long appended) {
        return syncEvery > 0 && appended % syncEvery == 0;
    }

    @Override
    public String toString() {
        return switch (syncEvery) {
            case 0 -> "FLUSH";
            case 1 -> "SYNC_EACH";
            default -> "SYNC_EVERY_" + syncEvery;
        };
    }
}
