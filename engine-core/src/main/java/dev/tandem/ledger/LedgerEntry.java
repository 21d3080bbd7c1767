package dev.tandem.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.google.common.collect.ImmutableList;

import dev.tandem.model.Money;
import dev.tandem.model.RequestId;

/**
 * One collaboration record as it stands: what was asked and every step it took, in order. Status, times, units
 * and outcome are all read from the history, so an entry is exactly the events that made it.
 *
 * @param request what was asked
 * @param history the events applied to this record, the first a {@link LedgerEvent.Requested} for it
 */
public record LedgerEntry(Collaboration request, List<LedgerEvent> history) {

    public LedgerEntry {
        Objects.requireNonNull(request, "request");
        history = ImmutableList.copyOf(history);
        checkArgument(!history.isEmpty() && history.get(0) instanceof LedgerEvent.Requested requested
                && requested.request().equals(request), "The history of (%s) must start with its request.",
                request.id());
    }

    static LedgerEntry requested(LedgerEvent.Requested event) {
        return new LedgerEntry(event.request(), List.of(event));
    }

    LedgerEntry with(LedgerEvent event) {
        return new LedgerEntry(request, ImmutableList.<LedgerEvent>builder().addAll(history).add(event).build());
    }

    public RequestId id() {
        return request.id();
    }

    public RecordKind kind() {
        return request.kind();
    }

    public Status status() {
        return last().target();
    }

    /** The event that took this record to {@code status}, if it got there. */
    public Optional<LedgerEvent> step(Status status) {
        return history.stream().filter(event -> event.target() == status).findFirst();
    }

    /** When this record reached {@code status}, if it did. */
    public Optional<OffsetDateTime> at(Status status) {
        return step(status).map(LedgerEvent::at);
    }

    public OffsetDateTime requestedAt() {
        return history.get(0).at();
    }

    /** When the request was accepted or refused, if it was. */
    public Optional<OffsetDateTime> answeredAt() {
        return at(Status.ACCEPTED).or(() -> at(Status.REFUSED));
    }

    /** From the request to its answer (accepted or refused), if answered. */
    public Optional<Duration> answerTime() {
        return answeredAt().map(answered -> Duration.between(requestedAt(), answered));
    }

    /** From the request to done (parts received, support or diversion over), if done. */
    public Optional<Duration> fulfilmentTime() {
        return at(Status.DONE).map(done -> Duration.between(requestedAt(), done));
    }

    /** Units the sender shipped; 0 for support trips, diversions, and movements not shipped yet. */
    public int unitsShipped() {
        return step(Status.IN_PROGRESS).map(event -> event instanceof LedgerEvent.Shipped shipped
                ? shipped.units() : 0).orElse(0);
    }

    /** Units the receiver took in; 0 until received. */
    public int unitsReceived() {
        return step(Status.DONE).map(event -> event instanceof LedgerEvent.Received received
                ? received.units() : 0).orElse(0);
    }

    /** Units shipped and not received yet. */
    public int unitsInTransit() {
        return status() == Status.IN_PROGRESS ? unitsShipped() : 0;
    }

    /** Units shipped that never arrived: the shortfall of a short delivery. */
    public int unitsLost() {
        return status().isDone() ? unitsShipped() - unitsReceived() : 0;
    }

    /** How a support trip or diversion ended, once done. */
    public Optional<LedgerEvent.Completed> completion() {
        return step(Status.DONE).filter(LedgerEvent.Completed.class::isInstance)
                .map(LedgerEvent.Completed.class::cast);
    }

    /** What HQ paid, once settled. */
    public Optional<Money> paid() {
        return step(Status.SETTLED).map(event -> ((LedgerEvent.Settled) event).paid());
    }

    /** The reason given for a refusal, once refused. */
    public Optional<String> refusalReason() {
        return step(Status.REFUSED).map(event -> ((LedgerEvent.Refused) event).reason());
    }

    LedgerEvent last() {
        return history.get(history.size() - 1);
    }
}
