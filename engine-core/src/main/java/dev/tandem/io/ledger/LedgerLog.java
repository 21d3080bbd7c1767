package dev.tandem.io.ledger;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import dev.tandem.ledger.EventLog;
import dev.tandem.ledger.InvalidEventLogException;
import dev.tandem.ledger.Ledger;
import dev.tandem.ledger.LedgerEvent;
import dev.tandem.ledger.LedgerException;
import dev.tandem.network.NetworkSnapshot;
import dev.tandem.network.InputError;

/**
 * The events read from a JSON Lines log, each with its line, and the last line if it was cut short.
 *
 * @param source the log's name, used in problems, such as {@code ledger.jsonl}
 * @param lines the events in log order, with their 1-based line numbers
 * @param cutShort the last line, when it lacks its end of line and is not a whole event (what a crash during an
 *     append leaves); the events before it are all in {@code lines}
 */
public record LedgerLog(String source, List<Line> lines, Optional<InputError> cutShort) {

    /**
     * One event and where it stands.
     *
     * @param number the 1-based line number
     * @param event the event on it
     */
    public record Line(int number, LedgerEvent event) {

        public Line {
            Objects.requireNonNull(event, "event");
        }
    }

    public LedgerLog {
        Objects.requireNonNull(source, "source");
        lines = ImmutableList.copyOf(lines);
        Objects.requireNonNull(cutShort, "cutShort");
    }

    public List<LedgerEvent> events() {
        return lines.stream().map(Line::event).toList();
    }

    /**
     * The ledger these events make over {@code network}'s stock.
     *
     * @throws InvalidEventLogException naming the line of the first event that does not fit the ledger
     */
    public Ledger replay(NetworkSnapshot network) {
        return replay(network, EventLog.NONE);
    }

    /** As {@link #replay(NetworkSnapshot)}, then appending the events applied from now on to {@code log}. */
    public Ledger replay(NetworkSnapshot network, EventLog log) {
        Iterator<Line> remaining = lines.iterator();
        int[] current = new int[1];
        Iterable<LedgerEvent> events = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return remaining.hasNext();
            }

            @Override
            public LedgerEvent next() {
                Line line = remaining.next();
                current[0] = line.number();
                return line.event();
            }
        };
        try {
            return Ledger.replay(network, events, log);
        } catch (LedgerException e) {
            throw new InvalidEventLogException(source, List.of(new InputError(source + ":" + current[0],
                    e.getMessage())));
        }
    }
}
